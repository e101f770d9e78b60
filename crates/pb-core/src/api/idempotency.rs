//! The `Idempotency-Key` header every submission carries, so that a replay is never counted twice.

/// Name of the HTTP header.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Shortest accepted key (a UUID has 36 characters).
pub const MIN_KEY_CHARS: usize = 16;
/// Longest accepted key.
pub const MAX_KEY_CHARS: usize = 128;

/// Whether a client-made key is acceptable: 16 to 128 visible ASCII characters.
pub fn is_valid_idempotency_key(key: &str) -> bool {
    (MIN_KEY_CHARS..=MAX_KEY_CHARS).contains(&key.len())
        && key.bytes().all(|byte| byte.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_pass_and_short_or_spaced_keys_do_not() {
        assert!(is_valid_idempotency_key(
            "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"
        ));
        assert!(!is_valid_idempotency_key("short"));
        assert!(!is_valid_idempotency_key("with a space in the middle"));
        assert!(!is_valid_idempotency_key(&"k".repeat(129)));
        assert!(!is_valid_idempotency_key("clé-accentuée-0123456789"));
    }
}
