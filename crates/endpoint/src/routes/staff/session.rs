//! `POST /api/staff/login`, `POST /api/staff/logout` and `GET /api/staff/session`.
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::client_ip::ClientAddress;
use crate::http::same_origin::{cookie_is_secure, cross_origin_refused, is_same_origin};
use crate::http::session_cookie::{cleared_cookie, session_cookie};
use crate::http::staff_access::SignedIn;
use crate::state::AppState;
use crate::store::audit_log::NewAuditEntry;
use crate::store::staff_accounts::verify_password;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use pb_core::api::staff::{MAX_PASSWORD_CHARS, is_valid_staff_name};
use pb_core::api::{ErrorBody, ErrorCode, StaffAccount, StaffLogin, StaffSession};
use serde_json::json;

/// Signs in: checks the password (after too many wrong ones for the name or from the address,
/// `429` until the window ends), opens a session and sets its cookie; audited either way.
#[utoipa::path(post, path = "/login", tag = "staff",
    request_body = StaffLogin,
    responses(
        (status = 200, description = "Signed in; Set-Cookie: bmk_staff=…; HttpOnly; SameSite=Strict", body = StaffSession),
        (status = 401, description = "unauthorized: wrong name or password", body = ErrorBody),
        (status = 403, description = "forbidden: not from the console's own origin", body = ErrorBody),
        (status = 429, description = "too_many_requests, with Retry-After", body = ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    Extension(ClientAddress(address)): Extension<ClientAddress>,
    headers: HeaderMap,
    ApiJson(login): ApiJson<StaffLogin>,
) -> Result<Response, ApiError> {
    if !is_same_origin(&headers, state.staff_sessions) {
        return Err(cross_origin_refused());
    }
    if let Some(seconds) = state.login_failures.blocked_for(&login.name, address) {
        return Err(too_many_wrong_passwords(seconds));
    }
    let plausible =
        is_valid_staff_name(&login.name) && login.password.chars().count() <= MAX_PASSWORD_CHARS;
    let credentials = if plausible {
        state.database.staff_credentials(&login.name).await?
    } else {
        None
    };
    let hash = credentials
        .as_ref()
        .map(|found| found.password_hash.clone());
    let right = plausible && verify_password(&login.password, hash).await;
    let address_json = json!({ "address": address.to_string() });
    let Some(found) = credentials.filter(|_| right) else {
        state.login_failures.record(&login.name, address);
        let actor = if is_valid_staff_name(&login.name) {
            login.name.as_str()
        } else {
            "(not a staff name)"
        };
        let entry = NewAuditEntry::new(actor, "login.refused", "").after(address_json);
        state.database.append_audit(&entry).await?;
        return Err(ApiError::coded(
            ErrorCode::Unauthorized,
            "wrong name or password",
        ));
    };
    state.login_failures.succeeded(&login.name);
    let minutes = state.staff_sessions.minutes;
    let session = state
        .database
        .create_staff_session(found.id, minutes)
        .await?;
    let entry = NewAuditEntry::new(&found.account.name, "login", "").after(address_json);
    state.database.append_audit(&entry).await?;
    let cookie = session_cookie(
        &session.token,
        u64::from(minutes) * 60,
        cookie_is_secure(&headers, state.staff_sessions),
    );
    let body = staff_session(&state, found.account, session.expires_at);
    Ok(([(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

/// `429` after too many wrong passwords, with the seconds to wait.
pub fn too_many_wrong_passwords(seconds: u64) -> ApiError {
    let mut error = ApiError::coded(
        ErrorCode::TooManyRequests,
        format!("too many wrong passwords; retry in {seconds} s"),
    );
    error.retry_after = HeaderValue::from_str(&seconds.to_string()).ok();
    error
}

/// Signs out: the session ends and its cookie is cleared.
#[utoipa::path(post, path = "/logout", tag = "staff",
    security(("staff_session" = [])),
    responses(
        (status = 204, description = "Signed out; the cookie is cleared"),
        (status = 401, description = "unauthorized: no valid session", body = ErrorBody),
        (status = 403, description = "forbidden: not from the console's own origin", body = ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    state
        .database
        .delete_staff_session(&session.token_hash)
        .await?;
    state
        .database
        .append_audit(&NewAuditEntry::new(&session.account.name, "logout", ""))
        .await?;
    let cookie = cleared_cookie(cookie_is_secure(&headers, state.staff_sessions));
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// The signed-in account and when its session ends.
#[utoipa::path(get, path = "/session", tag = "staff",
    security(("staff_session" = [])),
    responses(
        (status = 200, description = "Who is signed in, until when", body = StaffSession),
        (status = 401, description = "unauthorized: no valid session", body = ErrorBody)))]
pub async fn get_session(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
) -> Json<StaffSession> {
    Json(staff_session(&state, session.account, session.expires_at))
}

/// The answer about a session: the account, its end, and what the console needs to know about
/// this endpoint.
fn staff_session(state: &AppState, account: StaffAccount, expires_at: String) -> StaffSession {
    StaffSession {
        account,
        expires_at,
        demo: state.demo,
        automatic_phases: state.process.automatic_phases,
    }
}
