//! API failures as HTTP responses with the JSON error body and a stable code.
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pb_core::api::{ErrorBody, ErrorCode, Phase};

/// An error answered to an API client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Stable code and message.
    pub body: ErrorBody,
    /// Seconds to wait, sent as `Retry-After`.
    pub retry_after: Option<HeaderValue>,
}

impl ApiError {
    /// Builds an error with its status, code and message.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            body: ErrorBody::new(code, message),
            retry_after: None,
        }
    }

    /// The JSON error matching a bare error status produced by a middleware layer, if any.
    pub fn for_status(status: StatusCode, max_body_bytes: usize) -> Option<Self> {
        let (code, message) = match status {
            StatusCode::PAYLOAD_TOO_LARGE => (
                ErrorCode::PayloadTooLarge,
                format!("the request body is larger than {max_body_bytes} bytes"),
            ),
            StatusCode::REQUEST_TIMEOUT => {
                (ErrorCode::Timeout, "the request took too long".to_owned())
            }
            StatusCode::NOT_FOUND => (ErrorCode::NotFound, "no such API route".to_owned()),
            StatusCode::METHOD_NOT_ALLOWED => (
                ErrorCode::MethodNotAllowed,
                "this method is not allowed on this route".to_owned(),
            ),
            StatusCode::TOO_MANY_REQUESTS => (
                ErrorCode::TooManyRequests,
                "too many submissions from this address; wait a moment and retry".to_owned(),
            ),
            _ => return None,
        };
        Some(ApiError::new(status, code, message))
    }
}

impl ApiError {
    /// An error whose status is the one that goes with its code.
    pub fn coded(code: ErrorCode, message: impl Into<String>) -> Self {
        let status =
            StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        ApiError::new(status, code, message)
    }

    /// An idempotency key sent again with a different submission.
    pub fn key_reused() -> Self {
        ApiError::coded(
            ErrorCode::IdempotencyKeyReused,
            "this Idempotency-Key was used for a different submission; make a new key",
        )
    }

    /// An action made outside its phase.
    pub fn wrong_phase(needed: Phase, current: Phase) -> Self {
        ApiError::coded(
            ErrorCode::WrongPhase,
            format!(
                "this is possible in the {} phase; the process is in the {} phase",
                needed.as_str(),
                current.as_str()
            ),
        )
    }
}

/// Database failures: 503 when the database cannot be reached, 500 otherwise; logged, never
/// shown in detail to the client.
impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                tracing::error!(%error, "database unavailable");
                ApiError::coded(
                    ErrorCode::DatabaseUnavailable,
                    "the database is unavailable",
                )
            }
            error => {
                tracing::error!(%error, "database error");
                ApiError::coded(ErrorCode::Internal, "an internal error occurred")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(self.body)).into_response();
        if let Some(seconds) = self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, seconds);
        }
        response
    }
}
