//! `PUT /api/admin/phase`: opens a phase (and so closes the current one).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::routes::process::get_process;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, PhaseChange, ProcessStatus};

/// Sets the phase; answers with the process as `GET /api/process` now shows it.
#[utoipa::path(put, path = "/phase", tag = "admin",
    request_body = PhaseChange,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The process after the change", body = ProcessStatus),
        (status = 401, description = "unauthorized", body = ErrorBody)))]
pub async fn set_phase(
    State(state): State<AppState>,
    ApiJson(change): ApiJson<PhaseChange>,
) -> Result<Json<ProcessStatus>, ApiError> {
    let stored = state.database.set_phase(change.phase).await?;
    tracing::info!(phase = stored.phase.as_str(), "phase changed");
    get_process(State(state)).await
}
