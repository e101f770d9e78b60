//! Texts of the results page whose values are filled in here, by one small function, rather than
//! by the i18n macros (whose generated code per text weighs on the download): they name their
//! values `{name}`.

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_named_value_is_filled_in_wherever_it_appears() {
        assert_eq!(
            fill("{a} et {b}, puis {a}", &[("a", "1"), ("b", "2")]),
            "1 et 2, puis 1"
        );
        assert_eq!(fill("{{ count }} {c}", &[("c", "x")]), "{{ count }} x");
    }
}
