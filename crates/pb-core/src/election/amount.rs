//! Money as exact integers: amounts are counted in the instance's smallest unit (`10^-decimals` dirham).

use serde::{Deserialize, Serialize};

/// How amounts of an instance are scaled: `decimals` = 0 means whole dirhams, 2 means centimes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Amounts {
    /// Number of decimal digits kept after the unit.
    pub decimals: u32,
}

impl Amounts {
    /// The number of smallest units in one whole unit (dirham).
    pub fn one(self) -> u64 {
        10u64.pow(self.decimals)
    }

    /// Writes an amount in whole units with no trailing zeros, e.g. `921012.06` or `500000`.
    pub fn format(self, amount: u64) -> String {
        let one = self.one();
        let (whole, fraction) = (amount / one, amount % one);
        if fraction == 0 {
            return whole.to_string();
        }
        let digits = format!("{fraction:0width$}", width = self.decimals as usize);
        format!("{whole}.{}", digits.trim_end_matches('0'))
    }

    /// An amount of smallest units (as a float) in whole units, for display only.
    pub fn in_units(self, amount: f64) -> f64 {
        amount / self.one() as f64
    }
}

/// Number of decimal digits a decimal text such as `921012.06` needs (trailing zeros do not count;
/// `,` is accepted as the separator).
pub fn decimals_of(text: &str) -> u32 {
    text.trim()
        .split_once(['.', ','])
        .map_or(0, |(_, fraction)| {
            fraction.trim_end_matches('0').len() as u32
        })
}

/// Parses a non-negative decimal text into smallest units of `amounts`; `None` if it is not such a number
/// or has more decimals than `amounts` keeps.
pub fn parse_amount(text: &str, amounts: Amounts) -> Option<u64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once(['.', ',']).unwrap_or((text, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() as u32 > amounts.decimals {
        return None;
    }
    let padded = format!("{fraction:0<width$}", width = amounts.decimals as usize);
    let whole: u64 = whole.parse().ok()?;
    let fraction: u64 = if padded.is_empty() {
        0
    } else {
        padded.parse().ok()?
    };
    whole.checked_mul(amounts.one())?.checked_add(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_decimal_amounts_exactly() {
        let cents = Amounts { decimals: 2 };
        assert_eq!(decimals_of("921012.06"), 2);
        assert_eq!(decimals_of("500000"), 0);
        assert_eq!(decimals_of("120500.50"), 1);
        assert_eq!(decimals_of("7.00"), 0);
        assert_eq!(parse_amount("921012.06", cents), Some(92_101_206));
        assert_eq!(parse_amount("921012,5", cents), Some(92_101_250));
        assert_eq!(parse_amount("7", cents), Some(700));
        assert_eq!(cents.format(92_101_206), "921012.06");
        assert_eq!(cents.format(92_101_250), "921012.5");
        assert_eq!(cents.format(700), "7");
    }

    #[test]
    fn rejects_what_is_not_a_non_negative_decimal() {
        let whole = Amounts::default();
        for bad in ["", "-5", "1e6", "12a", "1.5", ".5", "99999999999999999999"] {
            assert_eq!(parse_amount(bad, whole), None, "{bad:?}");
        }
    }
}
