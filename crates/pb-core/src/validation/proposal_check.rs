//! Checking a citizen proposal before it is stored; the app runs the same check while typing.
use serde::{Deserialize, Serialize};

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

/// One problem with one field of a proposal, with a stable code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field, as named in the JSON body (`title`, `estimated_cost`…).
    pub field: String,
    /// What is wrong: `required`, `too_short`, `too_long`, `unknown_value`, `out_of_range`,
    /// `control_characters`.
    pub code: String,
}

impl FieldError {
    fn new(field: &str, code: &str) -> Self {
        FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
        }
    }
}

/// Checks every field; returns all problems in field order.
pub fn validate_proposal(
    proposal: &ProposalSubmission,
    rules: &ProposalRules,
) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    check_text(
        &mut errors,
        "title",
        &proposal.title,
        MIN_TITLE_CHARS,
        MAX_TITLE_CHARS,
    );
    check_text(
        &mut errors,
        "description",
        &proposal.description,
        MIN_DESCRIPTION_CHARS,
        MAX_DESCRIPTION_CHARS,
    );
    check_choice(&mut errors, "province", &proposal.province, rules.provinces);
    check_text(
        &mut errors,
        "commune",
        &proposal.commune,
        1,
        MAX_COMMUNE_CHARS,
    );
    check_choice(&mut errors, "sector", &proposal.sector, rules.sectors);
    if proposal.estimated_cost == 0 || proposal.estimated_cost > rules.max_cost {
        errors.push(FieldError::new("estimated_cost", "out_of_range"));
    }
    if let Some(contact) = &proposal.contact
        && !contact.trim().is_empty()
    {
        check_text(&mut errors, "contact", contact, 1, MAX_CONTACT_CHARS);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Length in characters of the trimmed text, and no control characters except line breaks and tabs.
fn check_text(errors: &mut Vec<FieldError>, field: &str, text: &str, min: usize, max: usize) {
    let trimmed = text.trim();
    let length = trimmed.chars().count();
    let code = if length == 0 {
        Some("required")
    } else if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        Some("control_characters")
    } else if length < min {
        Some("too_short")
    } else if length > max {
        Some("too_long")
    } else {
        None
    };
    if let Some(code) = code {
        errors.push(FieldError::new(field, code));
    }
}

/// The value must be one of the allowed ones.
fn check_choice(errors: &mut Vec<FieldError>, field: &str, value: &str, allowed: &[String]) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, "required"));
    } else if !allowed.iter().any(|choice| choice == value) {
        errors.push(FieldError::new(field, "unknown_value"));
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

    fn check(proposal: &ProposalSubmission) -> Result<(), Vec<FieldError>> {
        let (provinces, sectors) = rules_lists();
        let rules = ProposalRules {
            provinces: &provinces,
            sectors: &sectors,
            max_cost: 10_000_000,
        };
        validate_proposal(proposal, &rules)
    }

    fn codes(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
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
}
