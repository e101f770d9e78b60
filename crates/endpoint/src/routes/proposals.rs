//! `POST /api/proposals` (a citizen's proposal), the same from a workshop's tablet
//! (`POST /api/workshop/proposals`), `GET /api/proposals` (the published ones), `GET
//! /api/proposals/decisions` (every decision with its reason) and `GET /api/proposals/{id}`
//! (following one proposal by its number).
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, ApiPath, ApiQuery, IdempotencyKey};
use crate::state::AppState;
use crate::store::proposals::ProposalStored;
use crate::store::workshop_tokens::ActiveWorkshop;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use pb_core::api::{
    ErrorBody, ErrorCode, Phase, ProposalAccepted, ProposalFollowUp, ProposalStatus,
    ProposalSubmission, PublishedProposal,
};
use pb_core::validation::{FieldError, ProposalRules, validate_proposal};

/// Stores a valid proposal as pending: 201 the first time, 200 with the same answer on a replay.
#[utoipa::path(post, path = "/proposals", tag = "proposals",
    request_body = ProposalSubmission,
    params(("Idempotency-Key" = String, Header, description = "Unique per submission; reuse it when retrying")),
    responses(
        (status = 201, description = "Stored, waiting for moderation", body = ProposalAccepted),
        (status = 200, description = "Replay of a stored submission", body = ProposalAccepted),
        (status = 400, description = "bad_request, missing_idempotency_key", body = ErrorBody),
        (status = 403, description = "wrong_phase", body = ErrorBody),
        (status = 422, description = "invalid_proposal (with fields), idempotency_key_reused", body = ErrorBody),
        (status = 429, description = "too_many_requests", body = ErrorBody)))]
pub async fn submit_proposal(
    State(state): State<AppState>,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(proposal): ApiJson<ProposalSubmission>,
) -> Result<(StatusCode, Json<ProposalAccepted>), ApiError> {
    store(&state, &key, &proposal, None).await
}

/// Stores a proposal from a workshop's tablet: as `POST /api/proposals`, but with no per-address
/// limit on submissions, since the whole workshop shares one address.
#[utoipa::path(post, path = "/workshop/proposals", tag = "workshop",
    request_body = ProposalSubmission,
    params(("Idempotency-Key" = String, Header, description = "Unique per submission; reuse it when retrying")),
    security(("workshop_token" = [])),
    responses(
        (status = 201, description = "Stored, waiting for moderation", body = ProposalAccepted),
        (status = 200, description = "Replay of a stored submission", body = ProposalAccepted),
        (status = 400, description = "bad_request, missing_idempotency_key", body = ErrorBody),
        (status = 401, description = "workshop_token_invalid", body = ErrorBody),
        (status = 403, description = "wrong_phase", body = ErrorBody),
        (status = 422, description = "invalid_proposal (with fields), idempotency_key_reused", body = ErrorBody)))]
pub async fn submit_workshop_proposal(
    State(state): State<AppState>,
    Extension(workshop): Extension<ActiveWorkshop>,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(proposal): ApiJson<ProposalSubmission>,
) -> Result<(StatusCode, Json<ProposalAccepted>), ApiError> {
    store(&state, &key, &proposal, Some(workshop.id)).await
}

/// Checks the proposal and stores it under its idempotency key, with the workshop token it came
/// through.
async fn store(
    state: &AppState,
    key: &str,
    proposal: &ProposalSubmission,
    workshop_token_id: Option<i64>,
) -> Result<(StatusCode, Json<ProposalAccepted>), ApiError> {
    let process = &state.process;
    let rules = ProposalRules {
        provinces: &process.provinces,
        sectors: &process.sectors,
        max_cost: process.max_proposal_cost,
    };
    if let Err(fields) = validate_proposal(proposal, &rules) {
        let mut error = ApiError::coded(
            ErrorCode::InvalidProposal,
            "the proposal has fields to correct",
        );
        error.body.error.fields = fields.into_iter().map(FieldError::from).collect();
        return Err(error);
    }
    let accepted = |id| ProposalAccepted {
        id,
        status: ProposalStatus::Pending,
    };
    match state
        .database
        .store_proposal(key, proposal, workshop_token_id)
        .await?
    {
        ProposalStored::New(id) => Ok((StatusCode::CREATED, Json(accepted(id)))),
        ProposalStored::Replay(id) => Ok((StatusCode::OK, Json(accepted(id)))),
        ProposalStored::KeyReused => Err(ApiError::key_reused()),
        ProposalStored::NotProposals(phase) => Err(ApiError::wrong_phase(Phase::Proposals, phase)),
    }
}

/// The published proposals (never contact details).
#[utoipa::path(get, path = "/proposals", tag = "proposals",
    responses((status = 200, description = "Published proposals", body = Vec<PublishedProposal>)))]
pub async fn list_proposals(
    State(state): State<AppState>,
) -> Result<Json<Vec<PublishedProposal>>, ApiError> {
    Ok(Json(state.database.published_proposals().await?))
}

/// The language a followed proposal's review reason is wanted in.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct ReasonLanguage {
    /// `ar`, `fr`, `zgh-Tfng` or `en`; French when absent or not translated.
    pub lang: Option<String>,
}

impl ReasonLanguage {
    /// The language asked for, else French.
    fn language(&self) -> &str {
        self.lang.as_deref().unwrap_or("fr")
    }
}

/// Every proposal the region has decided on: published (with its technical review), rejected
/// (with the reason) or merged (with the proposal it went into); never the contact.
#[utoipa::path(get, path = "/proposals/decisions", tag = "proposals",
    params(ReasonLanguage),
    responses((status = 200, description = "Decided proposals, in submission order", body = Vec<ProposalFollowUp>)))]
pub async fn list_decisions(
    State(state): State<AppState>,
    ApiQuery(language): ApiQuery<ReasonLanguage>,
) -> Result<Json<Vec<ProposalFollowUp>>, ApiError> {
    Ok(Json(
        state
            .database
            .decided_proposals(language.language())
            .await?,
    ))
}

/// One proposal followed by its number: its status, the reason when rejected, the proposal it
/// was merged into and those merged into it; never the contact.
#[utoipa::path(get, path = "/proposals/{id}", tag = "proposals",
    params(("id" = i64, Path, description = "Number of the proposal"), ReasonLanguage),
    responses(
        (status = 200, description = "Where the proposal stands", body = ProposalFollowUp),
        (status = 400, description = "bad_request: not a number", body = ErrorBody),
        (status = 404, description = "unknown_proposal", body = ErrorBody)))]
pub async fn follow_proposal(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(language): ApiQuery<ReasonLanguage>,
) -> Result<Json<ProposalFollowUp>, ApiError> {
    match state
        .database
        .followed_proposal(id, language.language())
        .await?
    {
        Some(proposal) => Ok(Json(proposal)),
        None => Err(ApiError::coded(
            ErrorCode::UnknownProposal,
            format!("no proposal {id}"),
        )),
    }
}
