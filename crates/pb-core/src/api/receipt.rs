//! Ballot receipts, derived from the submission's idempotency key so that a client can show the
//! receipt before the ballot reaches the endpoint (an offline tablet, for instance).
use sha2::{Digest, Sha256};

/// Text hashed in front of the key, so a receipt is never the plain hash of a key.
const RECEIPT_PREFIX: &[u8] = b"bmk-receipt:";

/// The receipt of the ballot sent with `idempotency_key`: lowercase hexadecimal SHA-256 of
/// `bmk-receipt:` followed by the key (64 characters).
pub fn receipt_for_key(idempotency_key: &str) -> String {
    let digest = Sha256::new()
        .chain_update(RECEIPT_PREFIX)
        .chain_update(idempotency_key.as_bytes())
        .finalize();
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::receipt_for_key;

    #[test]
    fn matches_sha256_of_the_prefixed_key() {
        // printf 'bmk-receipt:3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b' | sha256sum
        assert_eq!(
            receipt_for_key("3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"),
            "933d288fc183e4b2c2a7642eae0a33893d8c4ac9af8ab10b61459bb70e837a47"
        );
        // printf 'bmk-receipt:' | sha256sum
        assert_eq!(
            receipt_for_key(""),
            "2d2beab7c610d5fd919328d14fa1fc837543a3c1b291d77e38c201d4c72212c1"
        );
    }

    #[test]
    fn is_64_lowercase_hex_digits_and_differs_between_keys() {
        let first = receipt_for_key("key-aaaaaaaaaaaaaaaa-1");
        let second = receipt_for_key("key-aaaaaaaaaaaaaaaa-2");
        assert_eq!(first.len(), 64);
        assert!(
            first
                .bytes()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
        );
        assert_ne!(first, second);
        assert_eq!(first, receipt_for_key("key-aaaaaaaaaaaaaaaa-1"));
    }
}
