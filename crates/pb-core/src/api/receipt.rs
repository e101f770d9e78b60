//! Ballot receipts, derived from the submission's idempotency key so that a client can show the
//! receipt before the ballot reaches the endpoint (an offline tablet, for instance); the short
//! form people write down, and finding a receipt in the published list from it.
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

/// Hexadecimal digits in the short form of a receipt (40 bits).
pub const SHORT_RECEIPT_DIGITS: usize = 10;

/// The short form of a receipt, enough to find it in the published list: its first 10 digits in
/// capitals, in groups of four (`9F3A-1C0B-7E`).
pub fn short_receipt(receipt: &str) -> String {
    let digits: Vec<u8> = receipt
        .bytes()
        .take(SHORT_RECEIPT_DIGITS)
        .map(|byte| byte.to_ascii_uppercase())
        .collect();
    digits
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The hexadecimal digits of a typed or pasted receipt, short or full, in lower case: spaces,
/// dashes and case do not matter.
pub fn receipt_digits(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What a typed receipt finds among the published receipts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiptMatch {
    /// No published receipt begins with it (or it is shorter than the short form).
    Missing,
    /// The position of the one receipt it begins.
    One(usize),
    /// Several receipts begin with it (two short forms collide): their positions; more digits
    /// of the full receipt tell them apart.
    Several(Vec<usize>),
}

/// Finds a typed receipt, its short form or more of its digits, among the published receipts.
pub fn find_receipt<'a>(receipts: impl IntoIterator<Item = &'a str>, typed: &str) -> ReceiptMatch {
    let digits = receipt_digits(typed);
    if digits.len() < SHORT_RECEIPT_DIGITS {
        return ReceiptMatch::Missing;
    }
    let found: Vec<usize> = receipts
        .into_iter()
        .enumerate()
        .filter(|(_, receipt)| {
            receipt.len() >= digits.len()
                && receipt.as_bytes()[..digits.len()].eq_ignore_ascii_case(digits.as_bytes())
        })
        .map(|(position, _)| position)
        .collect();
    match found.as_slice() {
        [] => ReceiptMatch::Missing,
        [one] => ReceiptMatch::One(*one),
        _ => ReceiptMatch::Several(found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn the_short_form_is_the_first_ten_digits_in_capital_groups() {
        let receipt = "933d288fc183e4b2c2a7642eae0a33893d8c4ac9af8ab10b61459bb70e837a47";
        assert_eq!(short_receipt(receipt), "933D-288F-C1");
        assert_eq!(receipt_digits(&short_receipt(receipt)), "933d288fc1");
        assert_eq!(receipt_digits(" 933d 288F-c1 "), "933d288fc1");
    }

    #[test]
    fn a_short_receipt_in_any_typing_finds_its_ballot() {
        let receipts = [receipt_for_key("key-1"), receipt_for_key("key-2")];
        let listed = || receipts.iter().map(String::as_str);
        for typed in [
            short_receipt(&receipts[1]),
            short_receipt(&receipts[1]).to_lowercase().replace('-', " "),
            receipts[1].to_uppercase(),
        ] {
            assert_eq!(
                find_receipt(listed(), &typed),
                ReceiptMatch::One(1),
                "{typed}"
            );
        }
        assert_eq!(
            find_receipt(listed(), &receipts[0][..9]),
            ReceiptMatch::Missing,
            "fewer digits than the short form find nothing"
        );
        assert_eq!(
            find_receipt(listed(), "ffff-ffff-ff"),
            ReceiptMatch::Missing
        );
    }

    #[test]
    fn colliding_short_receipts_are_reported_and_more_digits_tell_them_apart() {
        let first = format!("0123456789{}", "a".repeat(54));
        let second = format!("0123456789{}", "b".repeat(54));
        let other = "f".repeat(64);
        let listed = [first.as_str(), other.as_str(), second.as_str()];
        assert_eq!(short_receipt(&first), short_receipt(&second));
        assert_eq!(
            find_receipt(listed, &short_receipt(&first)),
            ReceiptMatch::Several(vec![0, 2])
        );
        assert_eq!(find_receipt(listed, "0123456789b"), ReceiptMatch::One(2));
        assert_eq!(find_receipt(listed, &first), ReceiptMatch::One(0));
    }
}
