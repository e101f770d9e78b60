//! Reading a proposal number as a citizen types it: Western or Eastern Arabic digits, spaces
//! around, or a `#`/`n°` before it.

/// The proposal number in `typed`, if it is one (a whole number above 0).
pub fn proposal_number(typed: &str) -> Option<i64> {
    let text = typed.trim();
    let text = ["n°", "N°", "#"]
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text)
        .trim();
    if text.is_empty() {
        return None;
    }
    let mut number: i64 = 0;
    for character in text.chars() {
        let digit = western_digit(character)?;
        number = number.checked_mul(10)?.checked_add(i64::from(digit))?;
    }
    (number > 0).then_some(number)
}

/// The value of a Western (`0`–`9`), Arabic-Indic (`٠`–`٩`) or Eastern Arabic (`۰`–`۹`) digit.
fn western_digit(character: char) -> Option<u32> {
    match character {
        '0'..='9' => character.to_digit(10),
        '٠'..='٩' => Some(character as u32 - '٠' as u32),
        '۰'..='۹' => Some(character as u32 - '۰' as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_read_in_any_digits_with_or_without_its_sign() {
        assert_eq!(proposal_number("12"), Some(12));
        assert_eq!(proposal_number("  12 "), Some(12));
        assert_eq!(proposal_number("n° 12"), Some(12));
        assert_eq!(proposal_number("#7"), Some(7));
        assert_eq!(proposal_number("١٢"), Some(12));
        assert_eq!(proposal_number("۴۵"), Some(45));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for typed in [
            "",
            "  ",
            "0",
            "-3",
            "12a",
            "douze",
            "1 2",
            "99999999999999999999",
        ] {
            assert_eq!(proposal_number(typed), None, "{typed:?}");
        }
    }
}
