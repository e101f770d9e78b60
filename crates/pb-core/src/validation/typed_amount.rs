//! Reading an amount of dirhams as a person types it: Latin, Arabic-Indic (`٣٠٠٠٠٠٠`) or Eastern
//! Arabic-Indic (`۳۰۰۰۰۰۰`) digits, grouped by spaces, dots, commas, apostrophes or the Arabic
//! thousands separator, optionally followed by `DH`, `MAD` or `درهم`.

/// Why a typed amount is not a whole number of dirhams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountProblem {
    /// Nothing typed.
    Empty,
    /// Holds a character that is neither a digit nor a separator.
    NotDigits,
    /// Has a decimal part (`2000000,50`, `1.5`, `٢٫٥`).
    Decimal,
    /// Starts with a minus sign.
    Negative,
    /// Has more digits than any amount can.
    TooLarge,
}

/// Currency names a person may write after the amount (compared without case).
const CURRENCY_SUFFIXES: [&str; 6] = ["dirhams", "dirham", "mad", "dhs", "dh", "درهم"];

/// Reads a whole amount; a group of other than three digits after the last separator is a decimal part.
pub fn read_whole_amount(typed: &str) -> Result<u64, AmountProblem> {
    let mut text = typed.trim();
    let lower = text.to_lowercase();
    if let Some(suffix) = CURRENCY_SUFFIXES.iter().find(|s| lower.ends_with(*s)) {
        text = text[..text.len() - suffix.len()].trim_end();
    }
    if text.is_empty() {
        return Err(AmountProblem::Empty);
    }
    let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let mut groups: Vec<String> = vec![String::new()];
    for c in text.chars() {
        if let Some(digit) = digit_value(c) {
            groups.last_mut().unwrap_or(&mut String::new()).push(digit);
        } else if c == '\u{066B}' {
            return Err(AmountProblem::Decimal);
        } else if matches!(
            c,
            ' ' | '.' | ',' | '\'' | '\u{2019}' | '\u{00A0}' | '\u{202F}' | '\u{066C}' | '\u{060C}'
        ) {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(String::new());
            } else if c != ' ' {
                return Err(AmountProblem::NotDigits);
            }
        } else {
            return Err(AmountProblem::NotDigits);
        }
    }
    if groups.last().is_some_and(String::is_empty) {
        groups.pop();
    }
    if groups.is_empty() {
        return Err(AmountProblem::NotDigits);
    }
    if groups.len() > 1 && groups.iter().skip(1).any(|g| g.len() != 3) {
        return Err(if groups.last().is_some_and(|g| g.len() != 3) {
            AmountProblem::Decimal
        } else {
            AmountProblem::NotDigits
        });
    }
    if negative {
        return Err(AmountProblem::Negative);
    }
    groups.concat().parse().map_err(|_| AmountProblem::TooLarge)
}

/// The ASCII digit a Latin, Arabic-Indic or Eastern Arabic-Indic digit stands for.
pub(crate) fn digit_value(c: char) -> Option<char> {
    let offset = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(offset, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_arabic_indic_digits_with_any_grouping_give_the_same_amount() {
        for typed in [
            "3000000",
            "3 000 000",
            "3.000.000",
            "3,000,000",
            "3'000'000",
            "3\u{202F}000\u{00A0}000",
            "٣٠٠٠٠٠٠",
            "٣٬٠٠٠٬٠٠٠",
            "۳۰۰۰۰۰۰",
            "3 000 000 DH",
            "3000000 MAD",
            "٣٠٠٠٠٠٠ درهم",
        ] {
            assert_eq!(read_whole_amount(typed), Ok(3_000_000), "{typed}");
        }
    }

    #[test]
    fn each_wrong_amount_gets_its_own_problem() {
        use AmountProblem::*;
        for (typed, problem) in [
            ("", Empty),
            ("   ", Empty),
            ("DH", Empty),
            ("2000000,50", Decimal),
            ("1.5", Decimal),
            ("2.000.000,00", Decimal),
            ("٢٫٥", Decimal),
            ("-5", Negative),
            ("− 300", Negative),
            ("12O0", NotDigits),
            ("trois millions", NotDigits),
            ("1,,000", NotDigits),
            ("12,3456", Decimal),
            ("1,00,000", NotDigits),
            ("99999999999999999999999", TooLarge),
        ] {
            assert_eq!(read_whole_amount(typed), Err(problem), "{typed}");
        }
    }
}
