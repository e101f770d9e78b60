//! `PUT /api/staff/password`: the signed-in account sets a new password.
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::client_ip::ClientAddress;
use crate::http::staff_access::SignedIn;
use crate::routes::staff::session::too_many_wrong_passwords;
use crate::state::AppState;
use crate::store::audit_log::NewAuditEntry;
use crate::store::staff_accounts::{hash_password, verify_password};
use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use pb_core::api::staff::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, is_acceptable_password};
use pb_core::api::{ErrorBody, ErrorCode, PasswordChange};

/// Checks the current password (a wrong one counts like a wrong sign-in), sets the new one,
/// clears the demand to change a one-time password and ends the account's other sessions.
#[utoipa::path(put, path = "/password", tag = "staff",
    request_body = PasswordChange,
    security(("staff_session" = [])),
    responses(
        (status = 204, description = "Changed"),
        (status = 401, description = "unauthorized: no valid session", body = ErrorBody),
        (status = 403, description = "forbidden: wrong current password, or not from the console's own origin", body = ErrorBody),
        (status = 422, description = "invalid_request: new password too short, too long or unchanged", body = ErrorBody),
        (status = 429, description = "too_many_requests, with Retry-After", body = ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    Extension(ClientAddress(address)): Extension<ClientAddress>,
    SignedIn(session): SignedIn,
    ApiJson(change): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let name = &session.account.name;
    if let Some(seconds) = state.login_failures.blocked_for(name, address) {
        return Err(too_many_wrong_passwords(seconds));
    }
    let credentials = state
        .database
        .staff_credentials(name)
        .await?
        .ok_or_else(|| ApiError::coded(ErrorCode::Unauthorized, "the account is gone"))?;
    if !verify_password(&change.current, Some(credentials.password_hash)).await {
        state.login_failures.record(name, address);
        return Err(ApiError::coded(
            ErrorCode::Forbidden,
            "the current password is wrong",
        ));
    }
    if !is_acceptable_password(&change.new) || change.new == change.current {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            format!(
                "the new password needs {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters \
                 and must differ from the current one"
            ),
        ));
    }
    let hash = hash_password(&change.new)
        .await
        .map_err(|error| ApiError::coded(ErrorCode::Internal, error.to_string()))?;
    state
        .database
        .set_staff_password(session.account_id, &hash)
        .await?;
    state
        .database
        .delete_other_staff_sessions(session.account_id, &session.token_hash)
        .await?;
    let entry = NewAuditEntry::new(name, "password.change", format!("account {name}"));
    state.database.append_audit(&entry).await?;
    Ok(StatusCode::NO_CONTENT)
}
