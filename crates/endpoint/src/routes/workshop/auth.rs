//! The workshop token of a facilitator's tablet, checked against the stored hashes.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use pb_core::api::{ErrorCode, WORKSHOP_TOKEN_HEADER, WorkshopInfo};

/// Lets a request through only with an `x-workshop-token` header holding an issued token, and
/// puts the workshop's [`WorkshopInfo`] into the request's extensions.
pub async fn require_workshop_token(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let token = request
        .headers()
        .get(WORKSHOP_TOKEN_HEADER)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let label = match token {
        "" => None,
        token => state.database.workshop_label(token).await?,
    };
    let Some(label) = label else {
        return Err(ApiError::coded(
            ErrorCode::WorkshopTokenInvalid,
            "send a workshop token issued by an administrator as the x-workshop-token header",
        ));
    };
    request.extensions_mut().insert(WorkshopInfo { label });
    Ok(next.run(request).await)
}
