//! `POST /api/admin/workshops`: a token for a co-creation workshop's tablet.
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pb_core::api::{
    ErrorBody, ErrorCode, MAX_WORKSHOP_LABEL_CHARS, WorkshopToken, WorkshopTokenRequest,
};
use serde_json::json;

/// Issues a workshop token; the answer is the only place it appears in plain text (the audit log
/// keeps its label only).
#[utoipa::path(post, path = "/workshops", tag = "admin",
    request_body = WorkshopTokenRequest,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 201, description = "The new token", body = WorkshopToken),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 422, description = "invalid_request (with fields): label empty or too long", body = ErrorBody)))]
pub async fn create_workshop(
    State(state): State<AppState>,
    staff: Staff,
    ApiJson(request): ApiJson<WorkshopTokenRequest>,
) -> Result<(StatusCode, Json<WorkshopToken>), ApiError> {
    let label = request.checked_label().map_err(|field| {
        let mut error = ApiError::coded(
            ErrorCode::InvalidRequest,
            format!("the workshop label must have 1 to {MAX_WORKSHOP_LABEL_CHARS} characters"),
        );
        error.body.error.fields = vec![field];
        error
    })?;
    let token = state.database.create_workshop_token(label).await?;
    let entry = staff
        .audit("workshop_token.create", "")
        .after(json!({ "label": label }));
    state.database.append_audit(&entry).await?;
    tracing::info!(label, "workshop token issued");
    Ok((StatusCode::CREATED, Json(token)))
}
