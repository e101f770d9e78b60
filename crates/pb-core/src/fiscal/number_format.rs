//! Amounts written the way each interface language writes numbers: digits, decimal mark,
//! thousands separator, and compact magnitudes (`1,2` + billions).

/// The digit shapes of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789 (French, English, Tamazight, and Moroccan Arabic, `ar-MA`).
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ with the Arabic decimal and thousands marks (Arabic of the Mashriq).
    ArabicIndic,
}

/// How a locale writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Digit shapes.
    pub digits: Digits,
    /// Decimal mark.
    pub decimal: char,
    /// Thousands separator.
    pub group: char,
    /// What follows a percentage, e.g. `"\u{202F}%"` in French, `"%"` in English.
    pub percent_suffix: &'static str,
}

/// The size word a compact amount is followed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magnitude {
    /// Plain dirhams.
    Units,
    /// Millions.
    Millions,
    /// Billions (milliards).
    Billions,
}

/// A compact amount: a short number and the magnitude word that goes after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactAmount {
    /// E.g. `208,47`.
    pub number: String,
    /// E.g. millions.
    pub magnitude: Magnitude,
}

const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

impl NumberStyle {
    /// The style of an interface language tag (`fr`, `en`, `ar`, `zgh-Tfng`), following CLDR:
    /// Arabic as written in Morocco (`ar-MA`) uses Latin digits, a decimal comma and a dot
    /// between thousands. Unknown tags get the French style.
    pub fn for_language(tag: &str) -> NumberStyle {
        match tag {
            "en" => NumberStyle {
                digits: Digits::Latin,
                decimal: '.',
                group: ',',
                percent_suffix: "%",
            },
            "ar" => NumberStyle {
                digits: Digits::Latin,
                decimal: ',',
                group: '.',
                percent_suffix: "\u{00A0}%",
            },
            _ => NumberStyle {
                digits: Digits::Latin,
                decimal: ',',
                group: NARROW_NO_BREAK_SPACE,
                percent_suffix: "\u{202F}%",
            },
        }
    }

    /// The style of Arabic with Arabic-Indic digits (`ar-EG` and most of the Mashriq).
    pub fn arabic_indic() -> NumberStyle {
        NumberStyle {
            digits: Digits::ArabicIndic,
            decimal: '\u{066B}',
            group: '\u{066C}',
            percent_suffix: "\u{066A}",
        }
    }

    /// A whole number with thousands separators, e.g. `2 525 801`.
    pub fn integer(&self, value: u64) -> String {
        let digits = value.to_string();
        let mut out = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push(self.group);
            }
            out.push(self.digit(digit));
        }
        out
    }

    /// Whole dirhams of an amount in centimes, rounded, with sign and separators: `773 000 000`.
    pub fn dirhams(&self, centimes: i64) -> String {
        let rounded = (i128::from(centimes) + 50 * i128::from(centimes.signum())) / 100;
        self.signed(rounded < 0, self.integer(rounded.unsigned_abs() as u64))
    }

    /// Dirhams with centimes when there are any: `2,35` or `12`.
    pub fn dirhams_and_centimes(&self, centimes: i64) -> String {
        let absolute = centimes.unsigned_abs();
        let whole = self.integer(absolute / 100);
        let text = match absolute % 100 {
            0 => whole,
            cents => format!(
                "{whole}{}{}",
                self.decimal,
                self.number(&format!("{cents:02}"))
            ),
        };
        self.signed(centimes < 0, text)
    }

    /// An amount in centimes as a short number and a magnitude, with at most two decimals and
    /// no trailing zeros: 773 000 000 MAD → `773` millions; 1 234 000 000 → `1,23` billions.
    /// Below a million it is whole dirhams, `241 410`, never an abbreviated `241,41 k`.
    pub fn compact(&self, centimes: i64) -> CompactAmount {
        let dirhams = i128::from(centimes).abs() / 100;
        let (divisor, magnitude) = match dirhams {
            d if d >= 1_000_000_000 => (1_000_000_000, Magnitude::Billions),
            d if d >= 1_000_000 => (1_000_000, Magnitude::Millions),
            _ => (1, Magnitude::Units),
        };
        let hundredths_of_unit = (i128::from(centimes).abs() + divisor / 2) / divisor;
        let whole = (hundredths_of_unit / 100) as u64;
        let fraction = format!("{:02}", hundredths_of_unit % 100);
        let fraction = fraction.trim_end_matches('0');
        let mut number = self.integer(whole);
        if !fraction.is_empty() {
            number.push(self.decimal);
            number.push_str(&self.number(fraction));
        }
        CompactAmount {
            number: self.signed(centimes < 0, number),
            magnitude,
        }
    }

    /// A change in percent with one decimal and an explicit sign: `+2,5 %`, `-0,3 %`, `0 %`.
    /// `None` when the previous amount is zero (no percentage exists).
    pub fn percent_change(&self, previous: i64, current: i64) -> Option<String> {
        if previous == 0 {
            return None;
        }
        let change = i128::from(current) - i128::from(previous);
        let tenths = (change * 2000 / i128::from(previous).abs() + change.signum()) / 2;
        let tenths_abs = tenths.unsigned_abs();
        let mut number = self.integer((tenths_abs / 10) as u64);
        if tenths_abs % 10 != 0 {
            number.push(self.decimal);
            number.push(self.digit(char::from(b'0' + (tenths_abs % 10) as u8)));
        }
        let sign = match tenths.signum() {
            1 => "+",
            -1 => "-",
            _ => "",
        };
        Some(format!("{sign}{number}{}", self.percent_suffix))
    }

    /// A share of a whole in percent with one decimal, e.g. `21,4 %`.
    pub fn share(&self, part: i64, whole: i64) -> String {
        if whole == 0 {
            return format!("{}{}", self.digit('0'), self.percent_suffix);
        }
        let tenths = ((i128::from(part) * 2000 / i128::from(whole) + 1) / 2).unsigned_abs();
        let mut number = self.integer((tenths / 10) as u64);
        if tenths % 10 != 0 {
            number.push(self.decimal);
            number.push(self.digit(char::from(b'0' + (tenths % 10) as u8)));
        }
        format!("{number}{}", self.percent_suffix)
    }

    fn signed(&self, negative: bool, text: String) -> String {
        if negative { format!("-{text}") } else { text }
    }

    fn number(&self, latin: &str) -> String {
        latin.chars().map(|c| self.digit(c)).collect()
    }

    fn digit(&self, latin: char) -> char {
        match (self.digits, latin.to_digit(10)) {
            (Digits::ArabicIndic, Some(value)) => char::from_u32(0x0660 + value).unwrap_or(latin),
            _ => latin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_marks_decimals_its_own_way() {
        let fr = NumberStyle::for_language("fr");
        let en = NumberStyle::for_language("en");
        let ar = NumberStyle::for_language("ar");
        assert_eq!(fr.integer(2_525_801), "2\u{202F}525\u{202F}801");
        assert_eq!(en.integer(2_525_801), "2,525,801");
        assert_eq!(ar.integer(2_525_801), "2.525.801");
        assert_eq!(NumberStyle::arabic_indic().integer(2_525_801), "٢٬٥٢٥٬٨٠١");
        assert_eq!(en.integer(999), "999");
        assert_eq!(fr.dirhams(77_300_000_049), "773\u{202F}000\u{202F}000");
        assert_eq!(fr.dirhams(77_300_000_050), "773\u{202F}000\u{202F}001");
        assert_eq!(en.dirhams(-150), "-2");
        assert_eq!(fr.dirhams_and_centimes(23_505), "235,05");
        assert_eq!(en.dirhams_and_centimes(30_600), "306");
    }

    #[test]
    fn compact_amounts_keep_at_most_two_significant_decimals() {
        let fr = NumberStyle::for_language("fr");
        let en = NumberStyle::for_language("en");
        let check = |style: &NumberStyle, dirhams: i64, number: &str, magnitude| {
            assert_eq!(
                style.compact(dirhams * 100),
                CompactAmount {
                    number: number.to_owned(),
                    magnitude
                },
                "{dirhams}"
            );
        };
        check(&fr, 773_000_000, "773", Magnitude::Millions);
        check(&fr, 208_470_000, "208,47", Magnitude::Millions);
        check(&en, 1_200_000_000, "1.2", Magnitude::Billions);
        check(&fr, 22_760_000_000, "22,76", Magnitude::Billions);
        check(&en, 1_999_999, "2", Magnitude::Millions);
        check(&en, 1_500_000, "1.5", Magnitude::Millions);
        check(&en, 306, "306", Magnitude::Units);
        check(&en, -3_500_000, "-3.5", Magnitude::Millions);
        assert_eq!(
            NumberStyle::arabic_indic().compact(120_000_000_000).number,
            "١٫٢"
        );
    }

    #[test]
    fn amounts_under_a_million_are_written_in_full_dirhams_not_in_thousands() {
        let fr = NumberStyle::for_language("fr");
        let en = NumberStyle::for_language("en");
        let units = |number: &str| CompactAmount {
            number: number.to_owned(),
            magnitude: Magnitude::Units,
        };
        assert_eq!(fr.compact(-24_141_000), units("-241\u{202F}410"));
        assert_eq!(en.compact(4_550_000), units("45,500"));
        assert_eq!(en.compact(99_999_900), units("999,999"));
    }

    #[test]
    fn changes_and_shares_are_rounded_to_one_decimal() {
        let fr = NumberStyle::for_language("fr");
        let en = NumberStyle::for_language("en");
        assert_eq!(en.percent_change(768, 773).as_deref(), Some("+0.7%"));
        assert_eq!(fr.percent_change(200, 150).as_deref(), Some("-25\u{202F}%"));
        assert_eq!(en.percent_change(1000, 1000).as_deref(), Some("0%"));
        assert_eq!(en.percent_change(0, 5), None);
        assert_eq!(en.percent_change(-100, -50).as_deref(), Some("+50%"));
        assert_eq!(en.share(1, 3), "33.3%");
        assert_eq!(en.share(2, 3), "66.7%");
        assert_eq!(en.share(5, 0), "0%");
    }
}
