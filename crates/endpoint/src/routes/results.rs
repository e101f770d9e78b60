//! `GET /api/results`: tallies and the outcome with explanations, once voting has ended.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use crate::store::process_state::ProcessState;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, ErrorCode, Results, compute_results};
use std::sync::Arc;

/// The results; computed once per end of voting and kept.
#[utoipa::path(get, path = "/results", tag = "results",
    responses(
        (status = 200, description = "Tallies, funded projects and explanations", body = Results),
        (status = 403, description = "results_not_available", body = ErrorBody)))]
pub async fn get_results(State(state): State<AppState>) -> Result<Json<Results>, ApiError> {
    let results = results(&state).await?;
    Ok(Json(Results::clone(&results)))
}

/// The results of the finished vote with the number of voter codes issued (403 before it ends),
/// from the cache when still valid.
pub async fn results(state: &AppState) -> Result<Arc<Results>, ApiError> {
    let stored = require_voting_ended(state).await?;
    let key = format!("{}#{}", stored.phase_since, stored.catalogue_version);
    if let Some(results) = state.results_cache.get(&key) {
        return Ok(results);
    }
    let results = compute(state).await?;
    Ok(state.results_cache.put(key, results))
}

/// The outcome of the ballots stored now, with the number of voter codes issued, in any phase.
pub async fn compute(state: &AppState) -> Result<Results, ApiError> {
    let projects = state.database.catalogue().await?;
    let ballots = state.database.published_ballots().await?;
    let voter_codes_issued = state.database.counts().await?.voter_codes_issued;
    let voting = state.process.voting.clone();
    let mut results =
        tokio::task::spawn_blocking(move || compute_results(&projects, &ballots, &voting))
            .await
            .map_err(|error| {
                tracing::error!(%error, "computing the results failed");
                ApiError::coded(ErrorCode::Internal, "computing the results failed")
            })?;
    results.voter_codes_issued = Some(voter_codes_issued);
    Ok(results)
}

/// The stored process state if voting has ended; 403 `results_not_available` before.
pub async fn require_voting_ended(state: &AppState) -> Result<ProcessState, ApiError> {
    let stored = state.database.process_state().await?;
    if stored.phase.voting_has_ended() {
        Ok(stored)
    } else {
        Err(ApiError::coded(
            ErrorCode::ResultsNotAvailable,
            format!(
                "tallies, results and ballots are published when voting has ended; the process is in the {} phase",
                stored.phase.as_str()
            ),
        ))
    }
}
