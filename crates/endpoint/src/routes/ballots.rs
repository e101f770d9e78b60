//! `POST /api/ballots` (cast a ballot with a voter code), the same from a workshop's tablet
//! (`POST /api/workshop/ballots`), and `GET /api/ballots` (the published list, after voting).
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, IdempotencyKey};
use crate::http::client_ip::ClientAddress;
use crate::routes::results::require_voting_ended;
use crate::state::AppState;
use crate::store::ballots::{BallotCast, PendingBallot};
use crate::store::workshop_tokens::ActiveWorkshop;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use pb_core::api::{
    BallotReceipt, BallotSubmission, ErrorBody, ErrorCode, Phase, PublishedBallot,
    normalize_voter_code,
};
use pb_core::validation::validate_ballot;
use std::net::IpAddr;

/// Casts a ballot: 201 with a receipt, or 200 with the same receipt when the submission is
/// replayed with its idempotency key.
#[utoipa::path(post, path = "/ballots", tag = "voting",
    request_body = BallotSubmission,
    params(("Idempotency-Key" = String, Header, description = "Unique per ballot; reuse it when retrying")),
    responses(
        (status = 201, description = "Counted; the receipt is `receipt_for_key` of the key", body = BallotReceipt),
        (status = 200, description = "Replay of a counted ballot", body = BallotReceipt),
        (status = 400, description = "bad_request, missing_idempotency_key", body = ErrorBody),
        (status = 403, description = "unknown_voter_code, voter_code_revoked, wrong_phase", body = ErrorBody),
        (status = 409, description = "voter_code_used", body = ErrorBody),
        (status = 422, description = "invalid_ballot (with violations), idempotency_key_reused", body = ErrorBody),
        (status = 429, description = "too_many_requests (also after too many wrong codes)", body = ErrorBody)))]
pub async fn cast_ballot(
    State(state): State<AppState>,
    Extension(ClientAddress(address)): Extension<ClientAddress>,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(submission): ApiJson<BallotSubmission>,
) -> Result<Response, ApiError> {
    cast(&state, Some(address), None, &key, &submission).await
}

/// Casts a ballot from a workshop's tablet: as `POST /api/ballots`, but with no per-address
/// limit on submissions nor on wrong voter codes, since the whole workshop shares one address;
/// after the vote's announced closing time, accepted until the end of the token's grace period.
#[utoipa::path(post, path = "/workshop/ballots", tag = "workshop",
    request_body = BallotSubmission,
    params(("Idempotency-Key" = String, Header, description = "Unique per ballot; reuse it when retrying")),
    security(("workshop_token" = [])),
    responses(
        (status = 201, description = "Counted; the receipt is `receipt_for_key` of the key", body = BallotReceipt),
        (status = 200, description = "Replay of a counted ballot", body = BallotReceipt),
        (status = 400, description = "bad_request, missing_idempotency_key", body = ErrorBody),
        (status = 401, description = "workshop_token_invalid (also a revoked token)", body = ErrorBody),
        (status = 403, description = "unknown_voter_code, voter_code_revoked, wrong_phase (also after the \
            vote's closing time once the token's grace period is over)", body = ErrorBody),
        (status = 409, description = "voter_code_used", body = ErrorBody),
        (status = 422, description = "invalid_ballot (with violations), idempotency_key_reused", body = ErrorBody)))]
pub async fn cast_workshop_ballot(
    State(state): State<AppState>,
    Extension(workshop): Extension<ActiveWorkshop>,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(submission): ApiJson<BallotSubmission>,
) -> Result<Response, ApiError> {
    cast(&state, None, Some(&workshop), &key, &submission).await
}

/// Checks and stores a ballot; wrong voter codes count against `address` when there is one (a
/// code of a revoked batch is no wrong code: the voter typed it right). A workshop's ballot is
/// counted on its token, and accepted after the closing time while its grace period runs.
async fn cast(
    state: &AppState,
    address: Option<IpAddr>,
    workshop: Option<&ActiveWorkshop>,
    key: &str,
    submission: &BallotSubmission,
) -> Result<Response, ApiError> {
    if let Some(seconds) = address.and_then(|address| state.code_failures.blocked_for(address)) {
        return Err(too_many_wrong_codes(seconds));
    }
    let wrong_code = || {
        if let Some(address) = address {
            state.code_failures.record(address);
        }
        unknown_code()
    };
    let Some(code) = normalize_voter_code(&submission.voter_code) else {
        return Err(wrong_code());
    };
    let stored = state.database.process_state().await?;
    if stored.phase == Phase::Voting {
        let projects = state.catalogue_projects(stored.catalogue_version).await?;
        let rules = state.process.voting.ballot_rules();
        if let Err(violations) = validate_ballot(&submission.ballot, &projects, &rules) {
            let mut error = ApiError::coded(
                ErrorCode::InvalidBallot,
                "the ballot breaks the voting rules",
            );
            error.body.error.violations = violations;
            return Err(error);
        }
    }
    let receipt = |receipt: String, status: StatusCode| {
        (status, Json(BallotReceipt { receipt })).into_response()
    };
    let now = time::OffsetDateTime::now_utc();
    let after_closing = state.vote_has_closed_at(now)
        && !workshop.is_some_and(|workshop| workshop.in_grace_at(now));
    let pending = PendingBallot::new(
        key,
        &code,
        &submission.ballot,
        after_closing,
        workshop.map(|workshop| workshop.id),
    );
    match state.ballot_writer.cast(pending).await? {
        BallotCast::New(id) => Ok(receipt(id, StatusCode::CREATED)),
        BallotCast::Replay(id) => Ok(receipt(id, StatusCode::OK)),
        BallotCast::KeyReused => Err(ApiError::key_reused()),
        BallotCast::UnknownCode => Err(wrong_code()),
        BallotCast::CodeUsed => Err(ApiError::coded(
            ErrorCode::VoterCodeUsed,
            "this voter code has already been used for a ballot",
        )),
        BallotCast::CodeRevoked => Err(ApiError::coded(
            ErrorCode::VoterCodeRevoked,
            "this voter code's batch was withdrawn; ask the Region's office for a new code",
        )),
        BallotCast::NotVoting(phase) => Err(ApiError::wrong_phase(Phase::Voting, phase)),
        BallotCast::AfterClosing => Err(ApiError::coded(
            ErrorCode::WrongPhase,
            "the vote closed at its announced closing time",
        )),
    }
}

/// The error for a code that does not exist.
fn unknown_code() -> ApiError {
    ApiError::coded(
        ErrorCode::UnknownVoterCode,
        "this voter code does not exist; check the slip (10 or 11 letters and digits)",
    )
}

/// 429 with Retry-After once an address has tried too many wrong codes.
pub fn too_many_wrong_codes(seconds: u64) -> ApiError {
    let mut error = ApiError::coded(
        ErrorCode::TooManyRequests,
        format!("too many wrong voter codes from this address; retry in {seconds} s"),
    );
    error.retry_after = HeaderValue::from_str(&seconds.to_string()).ok();
    error
}

/// Every ballot with its receipt, once voting has ended, so voters can find theirs.
#[utoipa::path(get, path = "/ballots", tag = "results",
    responses(
        (status = 200, description = "Receipts and choices, in receipt order", body = Vec<PublishedBallot>),
        (status = 403, description = "results_not_available", body = ErrorBody)))]
pub async fn list_ballots(
    State(state): State<AppState>,
) -> Result<Json<Vec<PublishedBallot>>, ApiError> {
    require_voting_ended(&state).await?;
    Ok(Json(state.database.published_ballots().await?))
}
