//! A problem with one field of a request body: which field and what is wrong, each a closed set
//! with a stable name, written in JSON as `{"field": "title", "code": "required"}`.
use super::field_name::{FieldName, ProposalField};
use serde::{Deserialize, Serialize};

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldProblem {
    /// Empty, or only spaces.
    Required,
    /// Shorter than the field's minimum length.
    TooShort,
    /// Longer than the field's maximum length.
    TooLong,
    /// Not one of the values the process allows.
    UnknownValue,
    /// A number outside the allowed range.
    OutOfRange,
    /// Holds control characters other than line breaks and tabs.
    ControlCharacters,
    /// Typed with something else than digits and thousands separators (the app's own check).
    NotANumber,
    /// An amount typed with a decimal part, where whole dirhams are asked for (the app's own check).
    NotWhole,
    /// A contact that is neither an e-mail address nor a phone number.
    InvalidContact,
    /// An identifier that cannot be used (spaces around it, `,`, `;`, `"`, too long).
    InvalidIdentifier,
    /// The same identifier given twice.
    Duplicate,
}

/// One problem with one field of a request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field, as named in the JSON body (`title`, `label`, `projects[2].id`…).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub field: FieldName,
    /// What is wrong.
    pub code: FieldProblem,
}

/// One problem with one field of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProposalFieldError {
    /// The field.
    pub field: ProposalField,
    /// What is wrong.
    pub code: FieldProblem,
}

impl FieldError {
    /// The problem, if it is one with a field of a proposal.
    pub fn for_proposal(&self) -> Option<ProposalFieldError> {
        match self.field {
            FieldName::Proposal(field) => Some(ProposalFieldError {
                field,
                code: self.code,
            }),
            _ => None,
        }
    }
}

impl From<ProposalFieldError> for FieldError {
    fn from(error: ProposalFieldError) -> Self {
        FieldError {
            field: FieldName::Proposal(error.field),
            code: error.code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::field_name::ProjectField;
    use serde_json::json;

    #[test]
    fn a_field_error_is_written_and_read_with_its_stable_names() {
        let error = FieldError {
            field: FieldName::Project(2, ProjectField::Id),
            code: FieldProblem::InvalidIdentifier,
        };
        let written = serde_json::to_value(&error).unwrap();
        assert_eq!(
            written,
            json!({"field": "projects[2].id", "code": "invalid_identifier"})
        );
        assert_eq!(
            serde_json::from_value::<FieldError>(written).unwrap(),
            error
        );
    }

    #[test]
    fn an_unknown_field_or_code_is_refused_when_read() {
        for body in [
            json!({"field": "colour", "code": "required"}),
            json!({"field": "title", "code": "too_pink"}),
            json!({"field": "projects[x].id", "code": "required"}),
        ] {
            assert!(
                serde_json::from_value::<FieldError>(body.clone()).is_err(),
                "{body}"
            );
        }
    }

    #[test]
    fn only_a_proposal_field_gives_a_proposal_problem() {
        let title = FieldError::from(ProposalFieldError {
            field: ProposalField::Title,
            code: FieldProblem::TooShort,
        });
        assert_eq!(
            title.for_proposal(),
            Some(ProposalFieldError {
                field: ProposalField::Title,
                code: FieldProblem::TooShort
            })
        );
        let label = FieldError {
            field: FieldName::WorkshopLabel,
            code: FieldProblem::Required,
        };
        assert_eq!(label.for_proposal(), None);
    }
}
