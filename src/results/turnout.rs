//! The turnout: ballots counted as a share of the voter codes handed out.
use super::template::fill;
use crate::budget::money::number_style;
use crate::i18n::*;

/// The turnout sentence, or `None` when the number of voter codes handed out is not known (or 0).
pub fn turnout_text(locale: Locale, ballots: u64, codes_issued: Option<u64>) -> Option<String> {
    let codes = codes_issued.filter(|&codes| codes > 0)?;
    let style = number_style(locale);
    let share = style.share(ballots as i64, codes as i64);
    Some(fill(
        td_string!(locale, results.summary_turnout),
        &[("share", &share), ("codes", &style.integer(codes))],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_turnout_is_the_share_of_voter_codes_used_in_each_language() {
        assert_eq!(
            turnout_text(Locale::fr, 7, Some(20)).as_deref(),
            Some("Participation : 35\u{202f}% des 20 codes de vote remis ont servi.")
        );
        assert_eq!(
            turnout_text(Locale::ar, 7, Some(1_500)).as_deref(),
            Some("نسبة المشاركة: استُعمل 0,5\u{a0}% من رموز التصويت الموزَّعة (1.500).")
        );
        assert_eq!(
            turnout_text(Locale::en, 2, Some(3)).as_deref(),
            Some("Turnout: 66.7% of the 3 voter codes handed out were used.")
        );
        assert_eq!(
            turnout_text(Locale::zgh_Tfng, 7, Some(20)).as_deref(),
            Some("ⵜⵉⵏⴰⵍⵉⵏ ⵏ ⵓⴼⵔⴰⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ: 35\u{202f}% ⵙⴳ 20 ⵍⵍⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ.")
        );
        assert_eq!(turnout_text(Locale::fr, 7, None), None);
        assert_eq!(turnout_text(Locale::fr, 0, Some(0)), None);
    }
}
