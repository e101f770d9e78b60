//! Co-creation workshops: a facilitator's tablet sends its participants' submissions with a
//! workshop token, since they all come from one address, often in a burst after being offline.
use serde::{Deserialize, Serialize};

use crate::validation::{FieldError, FieldName, FieldProblem};

/// Name of the HTTP header carrying the workshop token.
pub const WORKSHOP_TOKEN_HEADER: &str = "x-workshop-token";

/// Longest workshop label, in characters.
pub const MAX_WORKSHOP_LABEL_CHARS: usize = 120;

/// Longest grace period after the vote's announced closing time, in days.
pub const MAX_GRACE_DAYS: u8 = 14;

/// Body of `POST /api/admin/workshops`: a workshop to issue a token for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopTokenRequest {
    /// Name of the workshop, e.g. "Azilal — maison des jeunes, 12 mars" (1 to 120 characters).
    pub label: String,
    /// End of the token's grace period (RFC 3339), if its ballots may arrive after the vote closes.
    #[serde(default)]
    pub grace_until: Option<String>,
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
    /// Number of the token, for the routes that revoke it or set its grace period.
    pub id: i64,
    /// 32 hexadecimal digits (128 random bits), sent as the `x-workshop-token` header.
    pub token: String,
    /// The workshop's label, trimmed.
    pub label: String,
    /// End of the grace period (RFC 3339, UTC), if any.
    pub grace_until: Option<String>,
}

/// An item of `GET /api/admin/workshops`: a token (never the token itself) and what it sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopTokenSummary {
    /// Number of the token.
    pub id: i64,
    /// The workshop's label.
    pub label: String,
    /// Day it was issued (`YYYY-MM-DD`, UTC).
    pub created_on: String,
    /// When it was revoked (RFC 3339, UTC); a revoked token is refused from then on.
    pub revoked_at: Option<String>,
    /// End of its grace period (RFC 3339, UTC): its ballots are accepted until then after the vote closes.
    pub grace_until: Option<String>,
    /// Ballots counted through it.
    pub ballots: u64,
    /// Proposals stored through it.
    pub proposals: u64,
}

/// Body of `PUT /api/admin/workshops/{id}/grace`: the grace period's end, or `null` for none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkshopGrace {
    /// RFC 3339 date-time, from the vote's announced closing time to 14 days after it; `null` clears it.
    pub grace_until: Option<String>,
}

/// The latest grace period's end among tokens not revoked (RFC 3339 UTC strings compare in time order).
pub fn latest_grace_until(tokens: &[WorkshopTokenSummary]) -> Option<&str> {
    tokens
        .iter()
        .filter(|token| token.revoked_at.is_none())
        .filter_map(|token| token.grace_until.as_deref())
        .max()
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
            grace_until: None,
        }
    }

    fn summary(id: i64, revoked: bool, grace_until: Option<&str>) -> WorkshopTokenSummary {
        WorkshopTokenSummary {
            id,
            label: format!("Atelier {id}"),
            created_on: "2027-05-01".to_owned(),
            revoked_at: revoked.then(|| "2027-05-02T10:00:00Z".to_owned()),
            grace_until: grace_until.map(str::to_owned),
            ballots: 0,
            proposals: 0,
        }
    }

    #[test]
    fn the_latest_grace_period_counts_tokens_not_revoked_only() {
        let tokens = [
            summary(1, false, Some("2027-06-02T12:00:00Z")),
            summary(2, true, Some("2027-06-09T12:00:00Z")),
            summary(3, false, Some("2027-06-03T08:00:00Z")),
            summary(4, false, None),
        ];
        assert_eq!(latest_grace_until(&tokens), Some("2027-06-03T08:00:00Z"));
        assert_eq!(latest_grace_until(&tokens[1..2]), None);
    }

    #[test]
    fn a_token_request_without_a_grace_period_reads_as_none() {
        let request: WorkshopTokenRequest =
            serde_json::from_str(r#"{"label": "Atelier"}"#).unwrap();
        assert_eq!(request.grace_until, None);
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
