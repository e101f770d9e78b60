//! How a receipt is written for people: the short form to note down, the full one in groups of
//! eight, and the saved text file with both.
use pb_core::api::short_receipt;

/// The 64 digits in groups of eight separated by spaces, easier to read out and compare.
pub fn grouped_receipt(receipt: &str) -> String {
    receipt
        .as_bytes()
        .chunks(8)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The labels of the saved file, in the voter's language.
pub struct ReceiptFileText<'a> {
    /// First line.
    pub title: &'a str,
    /// Before the full receipt.
    pub full: &'a str,
    /// Last line: where to check it.
    pub check: &'a str,
}

/// The text of the saved file: a title line, the short form, the full receipt, where to check it.
pub fn receipt_file(text: &ReceiptFileText, receipt: &str) -> String {
    format!(
        "{}\n\n{}\n\n{}\n{}\n\n{}\n",
        text.title,
        short_receipt(receipt),
        text.full,
        grouped_receipt(receipt),
        text.check
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::api::receipt_digits;

    #[test]
    fn receipts_are_shown_in_groups_and_read_back_from_any_typing() {
        let receipt = "0123456789abcdef".repeat(4);
        let shown = grouped_receipt(&receipt);
        assert_eq!(shown.split(' ').count(), 8);
        assert!(shown.starts_with("01234567 89abcdef "));
        assert_eq!(receipt_digits(&shown.to_uppercase()), receipt);
    }

    #[test]
    fn the_saved_file_holds_the_short_form_and_the_full_receipt() {
        let receipt = "0123456789abcdef".repeat(4);
        let text = ReceiptFileText {
            title: "Reçu",
            full: "Reçu complet",
            check: "Vérifiez-le.",
        };
        let file = receipt_file(&text, &receipt);
        assert!(file.starts_with("Reçu\n"), "{file}");
        assert!(file.contains("\n0123-4567-89\n"), "{file}");
        assert!(
            file.contains(&format!("Reçu complet\n{}\n", grouped_receipt(&receipt))),
            "{file}"
        );
        assert!(file.ends_with("Vérifiez-le.\n"), "{file}");
    }
}
