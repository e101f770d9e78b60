//! How a receipt is written for people: in groups of eight, and as a saved text file; and how a
//! typed receipt is read back.

/// The 64 digits in groups of eight separated by spaces, easier to read out and compare.
pub fn grouped_receipt(receipt: &str) -> String {
    receipt
        .as_bytes()
        .chunks(8)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A typed or pasted receipt without spaces or dashes, in lower case.
pub fn typed_receipt(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The text of the saved file: a title line, the receipt, where to check it.
pub fn receipt_file(title: &str, receipt: &str, check: &str) -> String {
    format!("{title}\n\n{}\n\n{check}\n", grouped_receipt(receipt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_shown_in_groups_and_read_back_from_any_typing() {
        let receipt = "0123456789abcdef".repeat(4);
        let shown = grouped_receipt(&receipt);
        assert_eq!(shown.split(' ').count(), 8);
        assert!(shown.starts_with("01234567 89abcdef "));
        assert_eq!(typed_receipt(&shown.to_uppercase()), receipt);
        assert_eq!(typed_receipt(" 01-23 "), "0123");
        let file = receipt_file("Reçu", &receipt, "Vérifiez-le.");
        assert!(
            file.contains(&shown) && file.starts_with("Reçu\n") && file.ends_with("Vérifiez-le.\n")
        );
    }
}
