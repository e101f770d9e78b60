//! Amounts in dirhams, kept exactly as whole centimes.

/// Reads a decimal amount such as `1250000`, `-3.5` or `1250000.75` into centimes; `None` for
/// anything else (thousands separators, more than two decimals, exponents, empty).
pub fn parse_centimes(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 2 {
        return None;
    }
    if digits.contains('.') && fraction.is_empty() {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    let centimes = whole.checked_mul(100)?.checked_add(fraction)?;
    Some(if negative { -centimes } else { centimes })
}

#[cfg(test)]
mod tests {
    use super::parse_centimes;

    #[test]
    fn reads_whole_and_decimal_dirhams_exactly() {
        assert_eq!(parse_centimes("1250000"), Some(125_000_000));
        assert_eq!(parse_centimes("0.5"), Some(50));
        assert_eq!(parse_centimes("12.05"), Some(1_205));
        assert_eq!(parse_centimes("-3.5"), Some(-350));
    }

    #[test]
    fn refuses_what_is_not_a_plain_amount() {
        for text in [
            "",
            "-",
            "1,5",
            "1 000",
            "1e6",
            "1.234",
            "12.",
            ".5",
            "abc",
            "99999999999999999999",
        ] {
            assert_eq!(parse_centimes(text), None, "{text}");
        }
    }
}
