//! Checking a citizen proposal before it is stored; the app runs the same check while typing.
use super::contact_check::is_usable_contact;
use super::field_error::{FieldProblem, ProposalFieldError};
use super::field_name::ProposalField;
use crate::api::ProposalSubmission;

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// Shortest title, in characters.
pub const MIN_TITLE_CHARS: usize = 5;
/// Longest description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 4_000;
/// Shortest description, in characters.
pub const MIN_DESCRIPTION_CHARS: usize = 20;
/// Longest commune name, in characters.
pub const MAX_COMMUNE_CHARS: usize = 80;
/// Longest contact, in characters.
pub const MAX_CONTACT_CHARS: usize = 120;

/// What the proposal form accepts: the process's provinces, sectors and cost ceiling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalRules<'a> {
    /// Provinces a proposal may name.
    pub provinces: &'a [String],
    /// Sectors a proposal may name.
    pub sectors: &'a [String],
    /// Highest estimated cost, in dirhams.
    pub max_cost: u64,
}

/// The shortest and longest length in characters of a text field (`None` for a choice or the cost).
pub fn text_limits(field: ProposalField) -> Option<(usize, usize)> {
    match field {
        ProposalField::Title => Some((MIN_TITLE_CHARS, MAX_TITLE_CHARS)),
        ProposalField::Description => Some((MIN_DESCRIPTION_CHARS, MAX_DESCRIPTION_CHARS)),
        ProposalField::Commune => Some((1, MAX_COMMUNE_CHARS)),
        ProposalField::Contact => Some((1, MAX_CONTACT_CHARS)),
        ProposalField::Province | ProposalField::Sector | ProposalField::EstimatedCost => None,
    }
}

/// Checks every field; returns all problems in field order.
pub fn validate_proposal(
    proposal: &ProposalSubmission,
    rules: &ProposalRules,
) -> Result<(), Vec<ProposalFieldError>> {
    use ProposalField::*;
    let mut errors = Vec::new();
    check_text(&mut errors, Title, &proposal.title);
    check_text(&mut errors, Description, &proposal.description);
    check_choice(&mut errors, Province, &proposal.province, rules.provinces);
    check_text(&mut errors, Commune, &proposal.commune);
    check_choice(&mut errors, Sector, &proposal.sector, rules.sectors);
    if proposal.estimated_cost == 0 || proposal.estimated_cost > rules.max_cost {
        errors.push(problem(EstimatedCost, FieldProblem::OutOfRange));
    }
    if let Some(contact) = &proposal.contact
        && !contact.trim().is_empty()
    {
        check_text(&mut errors, Contact, contact);
        if errors.last().is_none_or(|e| e.field != Contact) && !is_usable_contact(contact) {
            errors.push(problem(Contact, FieldProblem::InvalidContact));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The problem `code` with `field`.
fn problem(field: ProposalField, code: FieldProblem) -> ProposalFieldError {
    ProposalFieldError { field, code }
}

/// Length in characters of the trimmed text within the field's limits, and no control
/// characters except line breaks and tabs.
fn check_text(errors: &mut Vec<ProposalFieldError>, field: ProposalField, text: &str) {
    let (min, max) = text_limits(field).unwrap_or((0, usize::MAX));
    let trimmed = text.trim();
    let length = trimmed.chars().count();
    let code = if length == 0 {
        Some(FieldProblem::Required)
    } else if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        Some(FieldProblem::ControlCharacters)
    } else if length < min {
        Some(FieldProblem::TooShort)
    } else if length > max {
        Some(FieldProblem::TooLong)
    } else {
        None
    };
    if let Some(code) = code {
        errors.push(problem(field, code));
    }
}

/// The value must be one of the allowed ones.
fn check_choice(
    errors: &mut Vec<ProposalFieldError>,
    field: ProposalField,
    value: &str,
    allowed: &[String],
) {
    if value.trim().is_empty() {
        errors.push(problem(field, FieldProblem::Required));
    } else if !allowed.iter().any(|choice| choice == value) {
        errors.push(problem(field, FieldProblem::UnknownValue));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_lists() -> (Vec<String>, Vec<String>) {
        (
            vec!["Azilal".to_owned(), "Khouribga".to_owned()],
            vec!["education".to_owned(), "water".to_owned()],
        )
    }

    fn good() -> ProposalSubmission {
        ProposalSubmission {
            title: "Bibliothèque à Ouaouizeght".to_owned(),
            description: "Une petite bibliothèque pour les élèves du collège.".to_owned(),
            province: "Azilal".to_owned(),
            commune: "Ouaouizeght".to_owned(),
            sector: "education".to_owned(),
            estimated_cost: 800_000,
            contact: None,
        }
    }

    fn check(proposal: &ProposalSubmission) -> Result<(), Vec<ProposalFieldError>> {
        let (provinces, sectors) = rules_lists();
        let rules = ProposalRules {
            provinces: &provinces,
            sectors: &sectors,
            max_cost: 10_000_000,
        };
        validate_proposal(proposal, &rules)
    }

    fn codes(errors: Vec<ProposalFieldError>) -> Vec<(String, String)> {
        errors
            .into_iter()
            .map(|e| {
                let code = serde_json::to_value(e.code).unwrap();
                (
                    e.field.as_str().to_owned(),
                    code.as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn a_complete_proposal_passes_in_any_script() {
        assert_eq!(check(&good()), Ok(()));
        let arabic = ProposalSubmission {
            title: "مكتبة في واويزغت".to_owned(),
            description: "مكتبة صغيرة لتلاميذ الإعدادية في الجماعة".to_owned(),
            ..good()
        };
        assert_eq!(check(&arabic), Ok(()));
    }

    #[test]
    fn every_broken_field_is_reported_in_field_order() {
        let bad = ProposalSubmission {
            title: "  ".to_owned(),
            description: "short".to_owned(),
            province: "Casablanca".to_owned(),
            commune: "x".repeat(81),
            sector: String::new(),
            estimated_cost: 0,
            contact: Some("a\u{0}b".to_owned()),
        };
        let expected = [
            ("title", "required"),
            ("description", "too_short"),
            ("province", "unknown_value"),
            ("commune", "too_long"),
            ("sector", "required"),
            ("estimated_cost", "out_of_range"),
            ("contact", "control_characters"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect();
        assert_eq!(codes(check(&bad).unwrap_err()), expected);
    }

    #[test]
    fn cost_above_the_ceiling_and_markup_are_judged_on_length_only() {
        let proposal = ProposalSubmission {
            title: "<script>alert(1)</script>".to_owned(),
            estimated_cost: 10_000_001,
            ..good()
        };
        assert_eq!(
            codes(check(&proposal).unwrap_err()),
            vec![("estimated_cost".to_owned(), "out_of_range".to_owned())]
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let title = "ⵜ".repeat(MAX_TITLE_CHARS);
        assert!(title.len() > MAX_TITLE_CHARS);
        let proposal = ProposalSubmission { title, ..good() };
        assert_eq!(check(&proposal), Ok(()));
    }

    #[test]
    fn a_contact_that_is_neither_an_e_mail_nor_a_phone_number_is_refused() {
        let mut proposal = good();
        proposal.contact = Some("appelez Fatima".to_owned());
        assert_eq!(
            codes(check(&proposal).unwrap_err()),
            vec![("contact".to_owned(), "invalid_contact".to_owned())]
        );
        proposal.contact = Some("+212 6 12 34 56 78".to_owned());
        assert_eq!(check(&proposal), Ok(()));
    }
}
