//! `PUT /api/admin/phase`: opens a phase (and so closes the current one).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::routes::process::get_process;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, PhaseChange, ProcessStatus};
use serde_json::json;

/// Sets the phase (audited with the phase before and after); answers with the process as
/// `GET /api/process` now shows it.
#[utoipa::path(put, path = "/phase", tag = "admin",
    request_body = PhaseChange,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The process after the change", body = ProcessStatus),
        (status = 401, description = "unauthorized", body = ErrorBody)))]
pub async fn set_phase(
    State(state): State<AppState>,
    staff: Staff,
    ApiJson(change): ApiJson<PhaseChange>,
) -> Result<Json<ProcessStatus>, ApiError> {
    let before = state.database.process_state().await?.phase;
    let stored = state.database.set_phase(change.phase).await?;
    let entry = staff
        .audit("phase.set", "process")
        .before(json!({ "phase": before.as_str() }))
        .after(json!({ "phase": stored.phase.as_str() }));
    state.database.append_audit(&entry).await?;
    tracing::info!(
        phase = stored.phase.as_str(),
        actor = staff.actor,
        "phase changed"
    );
    get_process(State(state)).await
}
