//! Reading CSV text (RFC 4180: commas, quoted fields with `""` and line breaks) into records
//! that remember their line numbers.
use super::FiscalError;

/// One record: its first line in the file and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRecord {
    /// Line where the record starts, from 1.
    pub line: usize,
    /// Field values, unquoted.
    pub fields: Vec<String>,
}

/// Splits the text of `file` into records; blank lines are skipped, a UTF-8 byte order mark is
/// ignored, and an unclosed quote is an error at the line where it opened.
pub fn read_csv_records(file: &str, text: &str) -> Result<Vec<CsvRecord>, FiscalError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted_field_open = None;
        loop {
            match chars.next() {
                None => {
                    if let Some(opened) = quoted_field_open {
                        return Err(FiscalError::at(
                            file,
                            opened,
                            fields.len() + 1,
                            "a quoted field is not closed",
                        ));
                    }
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some('"') if quoted_field_open.is_some() => {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted_field_open = None;
                    }
                }
                Some('"') if field.is_empty() => quoted_field_open = Some(line),
                Some(c) if quoted_field_open.is_some() => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
                Some(',') => fields.push(std::mem::take(&mut field)),
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some('\n') => {
                    line += 1;
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some(c) => field.push(c),
            }
        }
        let blank = fields.len() == 1 && fields[0].trim().is_empty();
        if !blank {
            records.push(CsvRecord {
                line: start_line,
                fields,
            });
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let text = "\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\",3\n\n2,\"two\nlines\",4\n";
        let records = read_csv_records("t.csv", text).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].fields, ["a", "b", "c"]);
        assert_eq!(records[1].fields, ["1", "x, \"y\"", "3"]);
        assert_eq!(records[2].line, 4);
        assert_eq!(records[2].fields, ["2", "two\nlines", "4"]);
    }

    #[test]
    fn an_unclosed_quote_names_its_line_and_field() {
        let error = read_csv_records("budget.csv", "a,b\n1,\"open\n2,3\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 2));
        assert_eq!(
            error.to_string(),
            "budget.csv, line 2, column 2: a quoted field is not closed"
        );
    }

    #[test]
    fn a_last_line_without_line_break_is_read() {
        let records = read_csv_records("t.csv", "a\n1").unwrap();
        assert_eq!(records[1].fields, ["1"]);
    }
}
