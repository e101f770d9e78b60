//! Slips on A4 sheets: how many per sheet and the booth address each QR code carries.

/// Slips on one A4 sheet: two columns of four.
pub const SLIPS_PER_SHEET: usize = 8;

/// The codes grouped by printed sheet.
pub fn sheets(codes: &[String]) -> Vec<&[String]> {
    codes.chunks(SLIPS_PER_SHEET).collect()
}

/// The booth's address with the code in its fragment (`#code=`), which browsers never send to a
/// server; `site` is the site's origin and root path, e.g. `https://budget.example.ma`.
pub fn booth_address(site: &str, code: &str) -> String {
    format!("{}/vote#code={code}", site.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_codes_fill_two_sheets_and_part_of_a_third() {
        let codes: Vec<String> = (0..20).map(|n| format!("code {n}")).collect();
        let sizes: Vec<usize> = sheets(&codes).iter().map(|sheet| sheet.len()).collect();
        assert_eq!(sizes, vec![8, 8, 4]);
        assert!(sheets(&[]).is_empty());
    }

    #[test]
    fn the_code_travels_in_the_fragment_of_the_booth_address() {
        assert_eq!(
            booth_address("https://budget.example.ma/", "ABCDE-FGH12-K"),
            "https://budget.example.ma/vote#code=ABCDE-FGH12-K"
        );
        assert_eq!(
            booth_address("http://127.0.0.1:8080/budget-citoyen", "X"),
            "http://127.0.0.1:8080/budget-citoyen/vote#code=X"
        );
    }
}
