//! Splitting and quoting the `;`-separated fields of one line, as Python's `csv` module does.

/// Splits a line into fields; a field starting with `"` is quoted and `""` inside it stands for `"`.
/// Returns `Err` with a message when a quote is not closed.
pub fn split_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err("a quoted field is not closed".to_owned()),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
        }
        while let Some(&c) = chars.peek() {
            if c == ';' {
                break;
            }
            field.push(c);
            chars.next();
        }
        fields.push(field);
        if chars.next().is_none() {
            return Ok(fields);
        }
    }
}

/// Writes fields as one line, quoting those that contain `;`, `"`, a line break or outer spaces.
pub fn join_fields<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    join_fields_with(fields, ';')
}

/// Like [`join_fields`] with another delimiter (`,` for CSV).
pub fn join_fields_with<'a>(fields: impl IntoIterator<Item = &'a str>, delimiter: char) -> String {
    fields
        .into_iter()
        .map(|field| quote(field, delimiter))
        .collect::<Vec<_>>()
        .join(&delimiter.to_string())
}

fn quote(field: &str, delimiter: char) -> String {
    let needs_quotes = field.contains([delimiter, '"', '\n', '\r']) || field.trim() != field;
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_plain_and_quoted_fields() {
        assert_eq!(split_fields("a;b;;c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(
            split_fields(r#"1;"Park; playground";"say ""hi""""#).unwrap(),
            ["1", "Park; playground", r#"say "hi""#]
        );
        assert_eq!(split_fields("").unwrap(), [""]);
        assert!(split_fields(r#"1;"open"#).is_err());
    }

    #[test]
    fn joined_fields_split_back_to_the_same() {
        let fields = ["x", "a;b", r#"q"q"#, " pad ", ""];
        let line = join_fields(fields);
        assert_eq!(split_fields(&line).unwrap(), fields);
    }
}
