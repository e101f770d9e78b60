//! The JSON error body every failed API request returns: `{ "error": { "code", "message" } }`.
use serde::{Deserialize, Serialize};

/// Stable, machine-readable error codes; clients translate them, so they never change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request body is larger than the endpoint accepts.
    PayloadTooLarge,
    /// No API route matches the path.
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
    /// The code as it appears in JSON, e.g. `payload_too_large`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::Timeout => "timeout",
            ErrorCode::DatabaseUnavailable => "database_unavailable",
            ErrorCode::Internal => "internal",
        }
    }
}

/// The `error` object: a stable code and an English message for people reading logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Stable code the app maps to a message in the user's language.
    pub code: ErrorCode,
    /// Human-readable explanation (English; not shown to citizens as is).
    pub message: String,
}

/// Top-level error body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn as_str_matches_the_serialised_code() {
        for code in [
            ErrorCode::PayloadTooLarge,
            ErrorCode::NotFound,
            ErrorCode::MethodNotAllowed,
            ErrorCode::Timeout,
            ErrorCode::DatabaseUnavailable,
            ErrorCode::Internal,
        ] {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::Value::String(code.as_str().to_owned()));
        }
    }
}
