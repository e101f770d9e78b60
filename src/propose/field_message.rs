//! The message shown under a proposal field for a problem code from pb-core's check.
use crate::i18n::*;
use pb_core::validation::proposal_check::{
    MAX_COMMUNE_CHARS, MAX_CONTACT_CHARS, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS,
    MIN_DESCRIPTION_CHARS, MIN_TITLE_CHARS,
};

/// The message for problem `code` on `field`, in the interface language.
pub fn field_message(locale: Locale, field: &str, code: &str, max_cost: u64) -> String {
    let (min, max) = match field {
        "title" => (MIN_TITLE_CHARS, MAX_TITLE_CHARS),
        "description" => (MIN_DESCRIPTION_CHARS, MAX_DESCRIPTION_CHARS),
        "commune" => (1, MAX_COMMUNE_CHARS),
        _ => (0, MAX_CONTACT_CHARS),
    };
    match (field, code) {
        ("province", _) => td_string!(locale, propose.error_province).to_owned(),
        ("sector", _) => td_string!(locale, propose.error_sector).to_owned(),
        ("estimated_cost", "not_a_number") => {
            td_string!(locale, propose.error_cost_digits).to_owned()
        }
        ("estimated_cost", _) => td_string!(
            locale,
            propose.error_cost_range,
            max = crate::labels::dirhams(locale, max_cost)
        )
        .to_string(),
        (_, "required") => td_string!(locale, propose.error_required).to_owned(),
        (_, "too_short") => {
            td_string!(locale, propose.error_too_short, count = min as u32).to_string()
        }
        (_, "too_long") => {
            td_string!(locale, propose.error_too_long, count = max as u32).to_string()
        }
        (_, "control_characters") => td_string!(locale, propose.error_characters).to_owned(),
        _ => td_string!(locale, propose.error_invalid).to_owned(),
    }
}
