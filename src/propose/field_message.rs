//! The message shown under a proposal field for a problem found by pb-core's check.
use crate::i18n::*;
use pb_core::validation::{FieldProblem, ProposalField, ProposalFieldError, text_limits};

/// The message for `error`, in the interface language; `max_cost` is the process's ceiling.
pub fn field_message(locale: Locale, error: ProposalFieldError, max_cost: u64) -> String {
    use FieldProblem::*;
    use ProposalField::*;
    let (min, max) = text_limits(error.field).unwrap_or_default();
    match (error.field, error.code) {
        (Province, _) => td_string!(locale, propose.error_province).to_owned(),
        (Sector, _) => td_string!(locale, propose.error_sector).to_owned(),
        (EstimatedCost, NotANumber) => td_string!(locale, propose.error_cost_digits).to_owned(),
        (EstimatedCost, _) => td_string!(
            locale,
            propose.error_cost_range,
            max = crate::labels::dirhams(locale, max_cost)
        )
        .to_string(),
        (_, Required) => td_string!(locale, propose.error_required).to_owned(),
        (_, TooShort) => {
            td_string!(locale, propose.error_too_short, count = min as u32).to_string()
        }
        (_, TooLong) => td_string!(locale, propose.error_too_long, count = max as u32).to_string(),
        (_, ControlCharacters) => td_string!(locale, propose.error_characters).to_owned(),
        (_, UnknownValue | OutOfRange | NotANumber | InvalidIdentifier | Duplicate) => {
            td_string!(locale, propose.error_invalid).to_owned()
        }
    }
}
