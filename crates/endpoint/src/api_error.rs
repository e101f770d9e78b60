//! API failures as HTTP responses with the JSON error body and a stable code.
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use pb_core::api::{ErrorBody, ErrorCode};

/// An error answered to an API client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Stable code and message.
    pub body: ErrorBody,
}

impl ApiError {
    /// Builds an error with its status, code and message.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            body: ErrorBody::new(code, message),
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
            _ => return None,
        };
        Some(ApiError::new(status, code, message))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}
