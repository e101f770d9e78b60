//! `POST /api/admin/workshops` (a token for a co-creation workshop's tablet), `GET
//! /api/admin/workshops` (the tokens with what each sent), `POST /api/admin/workshops/{id}/revoke`
//! and `PUT /api/admin/workshops/{id}/grace` (its grace period after the vote's closing time).
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, ApiPath};
use crate::http::staff_access::Staff;
use crate::state::AppState;
use crate::state::grace_period::{GraceRefusal, checked_grace_until};
use crate::store::workshop_tokens::TokenRevocation;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pb_core::api::{
    ErrorBody, ErrorCode, MAX_WORKSHOP_LABEL_CHARS, WorkshopGrace, WorkshopToken,
    WorkshopTokenRequest, WorkshopTokenSummary,
};
use serde_json::json;

/// Issues a workshop token, with a grace period if asked; the answer is the only place it
/// appears in plain text (the audit log keeps its label only).
#[utoipa::path(post, path = "/workshops", tag = "admin",
    request_body = WorkshopTokenRequest,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 201, description = "The new token", body = WorkshopToken),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 422, description = "invalid_request (with fields): label empty or too long; \
            grace_period_out_of_range", body = ErrorBody)))]
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
    let grace_until =
        checked_grace(&state, request.grace_until.as_deref()).map_err(grace_refused)?;
    let token = state
        .database
        .create_workshop_token(label, grace_until.as_deref())
        .await?;
    let entry = staff
        .audit(
            "workshop_token.create",
            format!("workshop token {}", token.id),
        )
        .after(json!({ "label": label, "grace_until": grace_until }));
    state.database.append_audit(&entry).await?;
    tracing::info!(label, "workshop token issued");
    Ok((StatusCode::CREATED, Json(token)))
}

/// Every workshop token (never the token itself), newest first, with the ballots and proposals
/// sent through it.
#[utoipa::path(get, path = "/workshops", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The tokens, newest first", body = Vec<WorkshopTokenSummary>),
        (status = 401, description = "unauthorized", body = ErrorBody)))]
pub async fn list_workshops(
    State(state): State<AppState>,
) -> Result<Json<Vec<WorkshopTokenSummary>>, ApiError> {
    Ok(Json(state.database.workshop_tokens().await?))
}

/// Revokes a token: the workshop routes refuse it (`workshop_token_invalid`) from then on; what
/// it already sent stays.
#[utoipa::path(post, path = "/workshops/{id}/revoke", tag = "admin",
    params(("id" = i64, Path, description = "Number of the token")),
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The token after its revocation", body = WorkshopTokenSummary),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 404, description = "not_found", body = ErrorBody),
        (status = 409, description = "conflict: already revoked", body = ErrorBody)))]
pub async fn revoke_workshop(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<WorkshopTokenSummary>, ApiError> {
    match state.database.revoke_workshop_token(id).await? {
        TokenRevocation::Revoked(summary) => {
            let entry = staff
                .audit("workshop_token.revoke", format!("workshop token {id}"))
                .before(json!({ "label": summary.label, "revoked_at": null }))
                .after(json!({
                    "label": summary.label,
                    "revoked_at": summary.revoked_at,
                    "ballots": summary.ballots,
                    "proposals": summary.proposals,
                }));
            state.database.append_audit(&entry).await?;
            Ok(Json(summary))
        }
        TokenRevocation::AlreadyRevoked => Err(ApiError::coded(
            ErrorCode::Conflict,
            format!("workshop token {id} is already revoked"),
        )),
        TokenRevocation::NoSuchToken => Err(no_such_token(id)),
    }
}

/// Sets or clears a token's grace period: after the vote's announced closing time, its ballots
/// are accepted until `grace_until` (from the closing time to 14 days after it), and the results
/// wait until then.
#[utoipa::path(put, path = "/workshops/{id}/grace", tag = "admin",
    params(("id" = i64, Path, description = "Number of the token")),
    request_body = WorkshopGrace,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The token after the change", body = WorkshopTokenSummary),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 404, description = "not_found", body = ErrorBody),
        (status = 422, description = "grace_period_out_of_range", body = ErrorBody)))]
pub async fn set_workshop_grace(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<i64>,
    ApiJson(grace): ApiJson<WorkshopGrace>,
) -> Result<Json<WorkshopTokenSummary>, ApiError> {
    let grace_until = checked_grace(&state, grace.grace_until.as_deref()).map_err(grace_refused)?;
    let before = state
        .database
        .workshop_token(id)
        .await?
        .ok_or_else(|| no_such_token(id))?;
    let after = state
        .database
        .set_workshop_grace(id, grace_until.as_deref())
        .await?
        .ok_or_else(|| no_such_token(id))?;
    let entry = staff
        .audit("workshop_token.grace", format!("workshop token {id}"))
        .before(json!({ "label": before.label, "grace_until": before.grace_until }))
        .after(json!({ "label": after.label, "grace_until": after.grace_until }));
    state.database.append_audit(&entry).await?;
    Ok(Json(after))
}

/// The grace period's end as stored, if one is asked for, or why it is refused.
fn checked_grace(state: &AppState, text: Option<&str>) -> Result<Option<String>, GraceRefusal> {
    text.map(|text| checked_grace_until(text, state.voting_closes_at))
        .transpose()
}

/// The error for a refused grace period: `grace_period_out_of_range`.
fn grace_refused(refusal: GraceRefusal) -> ApiError {
    ApiError::coded(ErrorCode::GracePeriodOutOfRange, refusal.to_string())
}

/// The error for a token number that does not exist.
fn no_such_token(id: i64) -> ApiError {
    ApiError::coded(ErrorCode::NotFound, format!("no workshop token {id}"))
}
