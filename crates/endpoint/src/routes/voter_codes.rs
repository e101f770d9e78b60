//! `POST /api/voter-codes/check` (whether a typed voter code can still vote, asked before the
//! voter chooses), and the same from a workshop's tablet (`POST /api/workshop/voter-codes/check`).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::client_ip::ClientAddress;
use crate::routes::ballots::too_many_wrong_codes;
use crate::state::AppState;
use axum::extract::State;
use axum::{Extension, Json};
use pb_core::api::{
    ErrorBody, Phase, VoterCodeCheck, VoterCodeCheckAnswer, VoterCodeStatus, normalize_voter_code,
};
use std::net::IpAddr;

/// Says whether a code is unused, used, unknown or revoked; an unknown code counts against the
/// address's wrong voter codes, the same count as `POST /api/ballots` (a revoked one does not).
#[utoipa::path(post, path = "/voter-codes/check", tag = "voting",
    request_body = VoterCodeCheck,
    responses(
        (status = 200, description = "unused, used, unknown (also for text that is not a code, or whose check character is wrong) or revoked (an unused code of a revoked batch)", body = VoterCodeCheckAnswer),
        (status = 400, description = "bad_request", body = ErrorBody),
        (status = 403, description = "wrong_phase", body = ErrorBody),
        (status = 429, description = "too_many_requests (after too many wrong codes, on either route)", body = ErrorBody)))]
pub async fn check_voter_code(
    State(state): State<AppState>,
    Extension(ClientAddress(address)): Extension<ClientAddress>,
    ApiJson(check): ApiJson<VoterCodeCheck>,
) -> Result<Json<VoterCodeCheckAnswer>, ApiError> {
    status_of(&state, Some(address), &check.code).await
}

/// As `POST /api/voter-codes/check` from a workshop's tablet, with no per-address limit on
/// wrong codes, since the whole workshop shares one address.
#[utoipa::path(post, path = "/workshop/voter-codes/check", tag = "workshop",
    request_body = VoterCodeCheck,
    security(("workshop_token" = [])),
    responses(
        (status = 200, description = "unused, used, unknown (also for text that is not a code, or whose check character is wrong) or revoked (an unused code of a revoked batch)", body = VoterCodeCheckAnswer),
        (status = 400, description = "bad_request", body = ErrorBody),
        (status = 401, description = "workshop_token_invalid", body = ErrorBody),
        (status = 403, description = "wrong_phase", body = ErrorBody)))]
pub async fn check_workshop_voter_code(
    State(state): State<AppState>,
    ApiJson(check): ApiJson<VoterCodeCheck>,
) -> Result<Json<VoterCodeCheckAnswer>, ApiError> {
    status_of(&state, None, &check.code).await
}

/// The status of a typed code during voting; unknown ones count against `address` when there is one.
async fn status_of(
    state: &AppState,
    address: Option<IpAddr>,
    typed: &str,
) -> Result<Json<VoterCodeCheckAnswer>, ApiError> {
    if let Some(seconds) = address.and_then(|address| state.code_failures.blocked_for(address)) {
        return Err(too_many_wrong_codes(seconds));
    }
    let phase = state.database.process_state().await?.phase;
    if phase != Phase::Voting {
        return Err(ApiError::wrong_phase(Phase::Voting, phase));
    }
    let status = match normalize_voter_code(typed) {
        Some(code) => state.database.voter_code_status(&code).await?,
        None => VoterCodeStatus::Unknown,
    };
    if let (VoterCodeStatus::Unknown, Some(address)) = (status, address) {
        state.code_failures.record(address);
    }
    Ok(Json(VoterCodeCheckAnswer { status }))
}
