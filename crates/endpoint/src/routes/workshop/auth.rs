//! The workshop token of a facilitator's tablet, checked against the stored hashes.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use crate::store::workshop_tokens::ActiveWorkshop;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use pb_core::api::{ErrorCode, WORKSHOP_TOKEN_HEADER};

/// Lets a request through only with an `x-workshop-token` header holding an issued token that
/// was not revoked, and puts its [`ActiveWorkshop`] into the request's extensions.
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
    let workshop = match token {
        "" => None,
        token => state.database.active_workshop(token).await?,
    };
    let Some(workshop) = workshop else {
        return Err(ApiError::coded(
            ErrorCode::WorkshopTokenInvalid,
            "send a workshop token issued by an administrator (and not revoked) as the \
             x-workshop-token header",
        ));
    };
    request.extensions_mut().insert::<ActiveWorkshop>(workshop);
    Ok(next.run(request).await)
}
