//! The administrators' bearer token, compared in constant time.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use pb_core::api::ErrorCode;
use sha2::{Digest, Sha256};

/// Lets a request through only with `Authorization: Bearer <token>` matching the configured one.
pub async fn require_admin(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let Some(expected) = &state.admin_token else {
        return Err(ApiError::coded(
            ErrorCode::AdminDisabled,
            "administrator routes are off: no administrator token is configured",
        ));
    };
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same_secret(given, expected) {
        return Err(ApiError::coded(
            ErrorCode::Unauthorized,
            "send the administrator token as Authorization: Bearer <token>",
        ));
    }
    Ok(next.run(request).await)
}

/// Compares the SHA-256 digests of both secrets byte by byte without stopping early, so the time
/// taken says nothing about how much of the token was right, nor its length.
pub fn same_secret(given: &str, expected: &str) -> bool {
    let given = Sha256::digest(given.as_bytes());
    let expected = Sha256::digest(expected.as_bytes());
    given
        .iter()
        .zip(expected.iter())
        .fold(0u8, |difference, (a, b)| difference | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn only_the_exact_token_matches() {
        assert!(same_secret("s3cret-token", "s3cret-token"));
        assert!(!same_secret("s3cret-toke", "s3cret-token"));
        assert!(!same_secret("s3cret-token ", "s3cret-token"));
        assert!(!same_secret("", "s3cret-token"));
    }
}
