//! Co-creation workshops: a facilitator's tablet sends its participants' submissions with a
//! workshop token, since they all come from one address, often in a burst after being offline.
use serde::{Deserialize, Serialize};

use crate::validation::{FieldError, FieldName, FieldProblem};

/// Name of the HTTP header carrying the workshop token.
pub const WORKSHOP_TOKEN_HEADER: &str = "x-workshop-token";

/// Longest workshop label, in characters.
pub const MAX_WORKSHOP_LABEL_CHARS: usize = 120;

/// Body of `POST /api/admin/workshops`: a workshop to issue a token for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopTokenRequest {
    /// Name of the workshop, e.g. "Azilal — maison des jeunes, 12 mars" (1 to 120 characters).
    pub label: String,
}

impl WorkshopTokenRequest {
    /// The trimmed label, or the field error (`required`, `too_long`) when it is empty or longer
    /// than [`MAX_WORKSHOP_LABEL_CHARS`].
    pub fn checked_label(&self) -> Result<&str, FieldError> {
        let label = self.label.trim();
        let code = match label.chars().count() {
            0 => FieldProblem::Required,
            length if length > MAX_WORKSHOP_LABEL_CHARS => FieldProblem::TooLong,
            _ => return Ok(label),
        };
        Err(FieldError {
            field: FieldName::WorkshopLabel,
            code,
        })
    }
}

/// Answer to `POST /api/admin/workshops`: the token, shown this once (only its hash is stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopToken {
    /// 32 hexadecimal digits (128 random bits), sent as the `x-workshop-token` header.
    pub token: String,
    /// The workshop's label, trimmed.
    pub label: String,
}

/// Body of `GET /api/workshop`: the workshop a token belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopInfo {
    /// The workshop's label.
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(label: &str) -> WorkshopTokenRequest {
        WorkshopTokenRequest {
            label: label.to_owned(),
        }
    }

    #[test]
    fn the_label_is_trimmed_and_must_have_1_to_120_characters() {
        assert_eq!(
            request("  Atelier Azilal ").checked_label(),
            Ok("Atelier Azilal")
        );
        let longest = "é".repeat(MAX_WORKSHOP_LABEL_CHARS);
        assert_eq!(request(&longest).checked_label(), Ok(longest.as_str()));
        let code = |label: &str| request(label).checked_label().unwrap_err().code;
        assert_eq!(code(" \t "), FieldProblem::Required);
        assert_eq!(
            code(&"é".repeat(MAX_WORKSHOP_LABEL_CHARS + 1)),
            FieldProblem::TooLong
        );
        let field = request("").checked_label().unwrap_err().field;
        assert_eq!(field.to_string(), "label");
    }
}
