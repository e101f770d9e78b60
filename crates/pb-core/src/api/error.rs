//! The JSON error body every failed API request returns: `{ "error": { "code", "message" } }`.
use serde::{Deserialize, Serialize};

use crate::validation::{BallotViolation, FieldError};

/// Stable, machine-readable error codes; clients translate them, so they never change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not valid JSON of the expected shape.
    BadRequest,
    /// The body's Content-Type is not one the route accepts.
    UnsupportedMediaType,
    /// A submission came without a valid `Idempotency-Key` header.
    MissingIdempotencyKey,
    /// The idempotency key was already used for a different submission.
    IdempotencyKeyReused,
    /// The proposal breaks the form's rules; `fields` says which.
    InvalidProposal,
    /// The ballot breaks the process rules; `violations` says which.
    InvalidBallot,
    /// An imported project list is unusable; `fields` says why.
    InvalidProjects,
    /// A value in the request is out of range or inconsistent.
    InvalidRequest,
    /// The voter code does not exist.
    UnknownVoterCode,
    /// No proposal has that number.
    UnknownProposal,
    /// The voter code has already been used for a ballot.
    VoterCodeUsed,
    /// The process is not in the phase this action needs.
    WrongPhase,
    /// Tallies, results and ballots stay hidden until voting has ended.
    ResultsNotAvailable,
    /// An administrator route was called without the right bearer token.
    Unauthorized,
    /// No administrator token is configured, so administrator routes are off.
    AdminDisabled,
    /// The signed-in staff account's role may not use this route, or a request changing something
    /// came from another origin than the console's.
    Forbidden,
    /// The staff account signed in with a one-time password and must set its own first.
    PasswordChangeRequired,
    /// The voter code belongs to a batch that was revoked (e.g. a lost box of slips).
    VoterCodeRevoked,
    /// A workshop route was called without a valid `x-workshop-token` header.
    WorkshopTokenInvalid,
    /// The request conflicts with the current state (e.g. moderating twice).
    Conflict,
    /// A workshop's grace period must end between the vote's announced closing time and 14 days after it.
    GracePeriodOutOfRange,
    /// The results wait until every workshop's grace period has ended.
    GracePeriodRunning,
    /// Too many requests from this address; retry later.
    TooManyRequests,
    /// The request body is larger than the endpoint accepts.
    PayloadTooLarge,
    /// No API route or resource matches the path.
    NotFound,
    /// The HTTP method is not allowed on this route.
    MethodNotAllowed,
    /// The request took longer than the endpoint allows.
    Timeout,
    /// The database cannot be reached.
    DatabaseUnavailable,
    /// An unexpected failure inside the endpoint.
    Internal,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 29] = [
        ErrorCode::BadRequest,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::MissingIdempotencyKey,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::InvalidProposal,
        ErrorCode::InvalidBallot,
        ErrorCode::InvalidProjects,
        ErrorCode::InvalidRequest,
        ErrorCode::UnknownVoterCode,
        ErrorCode::UnknownProposal,
        ErrorCode::VoterCodeUsed,
        ErrorCode::WrongPhase,
        ErrorCode::ResultsNotAvailable,
        ErrorCode::Unauthorized,
        ErrorCode::AdminDisabled,
        ErrorCode::Forbidden,
        ErrorCode::PasswordChangeRequired,
        ErrorCode::VoterCodeRevoked,
        ErrorCode::WorkshopTokenInvalid,
        ErrorCode::Conflict,
        ErrorCode::GracePeriodOutOfRange,
        ErrorCode::GracePeriodRunning,
        ErrorCode::TooManyRequests,
        ErrorCode::PayloadTooLarge,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::Timeout,
        ErrorCode::DatabaseUnavailable,
        ErrorCode::Internal,
    ];

    /// The code as it appears in JSON, e.g. `payload_too_large`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::MissingIdempotencyKey => "missing_idempotency_key",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::InvalidProposal => "invalid_proposal",
            ErrorCode::InvalidBallot => "invalid_ballot",
            ErrorCode::InvalidProjects => "invalid_projects",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::UnknownVoterCode => "unknown_voter_code",
            ErrorCode::UnknownProposal => "unknown_proposal",
            ErrorCode::VoterCodeUsed => "voter_code_used",
            ErrorCode::WrongPhase => "wrong_phase",
            ErrorCode::ResultsNotAvailable => "results_not_available",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::AdminDisabled => "admin_disabled",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::PasswordChangeRequired => "password_change_required",
            ErrorCode::VoterCodeRevoked => "voter_code_revoked",
            ErrorCode::WorkshopTokenInvalid => "workshop_token_invalid",
            ErrorCode::Conflict => "conflict",
            ErrorCode::GracePeriodOutOfRange => "grace_period_out_of_range",
            ErrorCode::GracePeriodRunning => "grace_period_running",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::Timeout => "timeout",
            ErrorCode::DatabaseUnavailable => "database_unavailable",
            ErrorCode::Internal => "internal",
        }
    }

    /// The HTTP status that goes with the code.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::MissingIdempotencyKey => 400,
            ErrorCode::IdempotencyKeyReused => 422,
            ErrorCode::InvalidProposal => 422,
            ErrorCode::InvalidBallot => 422,
            ErrorCode::InvalidProjects => 422,
            ErrorCode::InvalidRequest => 422,
            ErrorCode::UnknownVoterCode => 403,
            ErrorCode::UnknownProposal => 404,
            ErrorCode::VoterCodeUsed => 409,
            ErrorCode::WrongPhase => 403,
            ErrorCode::ResultsNotAvailable => 403,
            ErrorCode::Unauthorized => 401,
            ErrorCode::AdminDisabled => 403,
            ErrorCode::Forbidden => 403,
            ErrorCode::PasswordChangeRequired => 403,
            ErrorCode::VoterCodeRevoked => 403,
            ErrorCode::WorkshopTokenInvalid => 401,
            ErrorCode::Conflict => 409,
            ErrorCode::GracePeriodOutOfRange => 422,
            ErrorCode::GracePeriodRunning => 409,
            ErrorCode::TooManyRequests => 429,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::Timeout => 408,
            ErrorCode::DatabaseUnavailable => 503,
            ErrorCode::Internal => 500,
        }
    }
}

/// The `error` object: a stable code and an English message for people reading logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable code the app maps to a message in the user's language.
    pub code: ErrorCode,
    /// Human-readable explanation (English; not shown to citizens as is).
    pub message: String,
    /// Broken ballot rules (`invalid_ballot`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub violations: Vec<BallotViolation>,
    /// Fields in error (`invalid_proposal`, `invalid_projects`, `invalid_request`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

/// Top-level error body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

impl ErrorBody {
    /// Builds an error body from a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ErrorBody {
            error: ErrorDetail {
                code,
                message: message.into(),
                violations: Vec::new(),
                fields: Vec::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::{FieldName, FieldProblem, ProposalField};

    #[test]
    fn serialises_with_the_documented_shape_and_snake_case_code() {
        let body = ErrorBody::new(ErrorCode::PayloadTooLarge, "too big");
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"error": {"code": "payload_too_large", "message": "too big"}})
        );
    }

    #[test]
    fn as_str_matches_the_serialised_code_and_statuses_are_errors() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::Value::String(code.as_str().to_owned()));
            assert!((400..600).contains(&code.http_status()), "{code:?}");
        }
    }

    #[test]
    fn details_appear_only_when_present() {
        let mut body = ErrorBody::new(ErrorCode::InvalidProposal, "bad");
        body.error.fields.push(FieldError {
            field: FieldName::Proposal(ProposalField::Title),
            code: FieldProblem::Required,
        });
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["error"]["fields"][0]["field"], "title");
        assert!(json["error"].get("violations").is_none());
    }
}
