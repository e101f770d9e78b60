//! `GET /api/process`: the current phase, its dates and the rules.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::ProcessStatus;

/// The process as the app shows it.
#[utoipa::path(get, path = "/process", tag = "process",
    responses((status = 200, description = "Current phase, dates and rules", body = ProcessStatus)))]
pub async fn get_process(State(state): State<AppState>) -> Result<Json<ProcessStatus>, ApiError> {
    let stored = state.database.process_state().await?;
    let process = &state.process;
    Ok(Json(ProcessStatus {
        title: process.title.clone(),
        phase: stored.phase,
        phase_since: stored.phase_since,
        schedule: process.schedule.clone(),
        provinces: process.provinces.clone(),
        sectors: process.sectors.clone(),
        max_proposal_cost: process.max_proposal_cost,
        voting: process.voting.clone(),
    }))
}
