//! CSV lines for administrators' downloads, safe to open in a spreadsheet.
use pb_core::pabulib::fields::join_fields_with;

/// One comma-separated line with a final newline; a field a spreadsheet would take for a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe.
pub fn csv_line(fields: &[&str]) -> String {
    let safe: Vec<String> = fields
        .iter()
        .map(|field| {
            if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{field}")
            } else {
                (*field).to_owned()
            }
        })
        .collect();
    let mut line = join_fields_with(safe.iter().map(String::as_str), ',');
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::csv_line;

    #[test]
    fn quotes_commas_and_defuses_formulas() {
        assert_eq!(
            csv_line(&["a", "b,c", "say \"hi\""]),
            "a,\"b,c\",\"say \"\"hi\"\"\"\n"
        );
        assert_eq!(
            csv_line(&["=HYPERLINK(\"x\")", "12"]),
            "\"'=HYPERLINK(\"\"x\"\")\",12\n"
        );
    }
}
