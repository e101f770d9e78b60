//! The message shown under a proposal field for a problem found by pb-core's check.
use crate::i18n::*;
use pb_core::validation::{
    AmountProblem, FieldProblem, ProposalField, ProposalFieldError, text_limits,
};

/// The message for `error`, in the interface language; `max_cost` is the process's ceiling and
/// `typed_cost` the cost field as read, which tells a cost too low from one too high.
pub fn field_message(
    locale: Locale,
    error: ProposalFieldError,
    max_cost: u64,
    typed_cost: Result<u64, AmountProblem>,
) -> String {
    use FieldProblem::*;
    use ProposalField::*;
    let (min, max) = text_limits(error.field).unwrap_or_default();
    match (error.field, error.code) {
        (Province, _) => td_string!(locale, propose.error_province).to_owned(),
        (Sector, _) => td_string!(locale, propose.error_sector).to_owned(),
        (EstimatedCost, Required) => td_string!(locale, propose.error_required).to_owned(),
        (EstimatedCost, NotANumber) => td_string!(locale, propose.error_cost_digits).to_owned(),
        (EstimatedCost, NotWhole) => td_string!(locale, propose.error_cost_whole).to_owned(),
        (EstimatedCost, _) => match typed_cost {
            Ok(cost) if cost > max_cost => cost_max(locale, max_cost),
            Err(AmountProblem::TooLarge) => cost_max(locale, max_cost),
            _ => td_string!(locale, propose.error_cost_positive).to_owned(),
        },
        (_, Required) => td_string!(locale, propose.error_required).to_owned(),
        (_, TooShort) => {
            td_string!(locale, propose.error_too_short, count = min as u32).to_string()
        }
        (_, TooLong) => td_string!(locale, propose.error_too_long, count = max as u32).to_string(),
        (_, ControlCharacters) => td_string!(locale, propose.error_characters).to_owned(),
        (_, InvalidContact) => td_string!(locale, propose.error_contact).to_owned(),
        (_, UnknownValue | OutOfRange | NotANumber | NotWhole | InvalidIdentifier | Duplicate) => {
            td_string!(locale, propose.error_invalid).to_owned()
        }
    }
}

/// "The cost can be at most …".
fn cost_max(locale: Locale, max_cost: u64) -> String {
    td_string!(
        locale,
        propose.error_cost_max,
        max = crate::labels::dirhams(locale, max_cost)
    )
    .to_string()
}

/// A line of the error summary: the field's label, then its problem.
pub fn summary_line(locale: Locale, field: ProposalField, problem: &str) -> String {
    let field = super::fields::field_label(locale, field);
    td_string!(
        locale,
        propose.summary_line,
        field = field,
        problem = problem
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost_message(locale: Locale, code: FieldProblem, typed: &str) -> String {
        let error = ProposalFieldError {
            field: ProposalField::EstimatedCost,
            code,
        };
        field_message(
            locale,
            error,
            10_000_000,
            pb_core::validation::read_whole_amount(typed),
        )
    }

    #[test]
    fn each_wrong_cost_gets_its_own_message() {
        use FieldProblem::*;
        let messages = [
            cost_message(Locale::fr, NotANumber, "12O0"),
            cost_message(Locale::fr, NotWhole, "2000000,50"),
            cost_message(Locale::fr, OutOfRange, "0"),
            cost_message(Locale::fr, OutOfRange, "20 000 000"),
            cost_message(Locale::fr, Required, ""),
        ];
        assert_eq!(
            messages[1],
            td_string!(Locale::fr, propose.error_cost_whole)
        );
        assert_eq!(
            messages[2],
            td_string!(Locale::fr, propose.error_cost_positive)
        );
        assert!(messages[3].contains("10"), "{}", messages[3]);
        for (i, a) in messages.iter().enumerate() {
            for b in &messages[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn a_summary_line_names_its_field_in_each_language() {
        let required = td_string!(Locale::fr, propose.error_required);
        assert_eq!(
            summary_line(Locale::fr, ProposalField::Title, required),
            format!(
                "{} : {required}",
                td_string!(Locale::fr, propose.field_title)
            )
        );
        let required = td_string!(Locale::ar, propose.error_required);
        assert_eq!(
            summary_line(Locale::ar, ProposalField::Commune, required),
            format!(
                "{}: {required}",
                td_string!(Locale::ar, propose.field_commune)
            )
        );
    }
}
