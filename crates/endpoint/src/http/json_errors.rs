//! The JSON error body for the answers no handler wrote: the layers' bare error statuses, API
//! 405s, and panics.
use crate::config::Config;
use crate::http::api_error::ApiError;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use pb_core::api::ErrorCode;
use std::sync::Arc;

/// What [`json_errors`] needs: the body limit its message names, and where the API is.
#[derive(Clone)]
pub struct ErrorBodies {
    /// The configured largest request body.
    max_body_bytes: usize,
    /// `/api/` under the base path.
    api_prefix: Arc<str>,
}

impl ErrorBodies {
    /// The body limit and the API's place of `config`.
    pub fn new(config: &Config) -> Self {
        ErrorBodies {
            max_body_bytes: config.max_body_bytes,
            api_prefix: format!("{}/api/", config.base_path.as_str()).into(),
        }
    }
}

/// Turns bare error statuses from the layers (413, 408) and API 405s into the JSON error body.
pub async fn json_errors(
    State(error_bodies): State<ErrorBodies>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with(&*error_bodies.api_prefix);
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    let layer_error = matches!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT | StatusCode::TOO_MANY_REQUESTS
    );
    if is_json || !(layer_error || is_api && status == StatusCode::METHOD_NOT_ALLOWED) {
        return response;
    }
    match ApiError::for_status(status, error_bodies.max_body_bytes) {
        Some(mut error) => {
            error.retry_after = response.headers().get(header::RETRY_AFTER).cloned();
            error.into_response()
        }
        None => response,
    }
}

/// A handler that panicked answers 500 with the JSON error body (logged), never a dropped
/// connection; nothing was committed by it, since transactions roll back when dropped.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(detail, "a request handler panicked");
    ApiError::coded(ErrorCode::Internal, "an internal error occurred").into_response()
}
