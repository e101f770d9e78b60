//! `PUT /api/admin/phase`: opens a phase (and so closes the current one).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::routes::process::get_process;
use crate::state::AppState;
use crate::state::grace_period::running_grace;
use crate::store::clock::utc_rfc3339;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, ErrorCode, PhaseChange, ProcessStatus};
use serde_json::json;

/// Sets the phase (audited with the phase before and after); answers with the process as
/// `GET /api/process` now shows it. The results (and the closed process) wait until every
/// workshop's grace period after the vote's closing time has ended.
#[utoipa::path(put, path = "/phase", tag = "admin",
    request_body = PhaseChange,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The process after the change", body = ProcessStatus),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 409, description = "grace_period_running: the message says when it ends", body = ErrorBody)))]
pub async fn set_phase(
    State(state): State<AppState>,
    staff: Staff,
    ApiJson(change): ApiJson<PhaseChange>,
) -> Result<Json<ProcessStatus>, ApiError> {
    if change.phase.voting_has_ended() {
        let grace_end = state.database.workshop_grace_end().await?;
        let now = time::OffsetDateTime::now_utc();
        if let Some(end) = running_grace(state.voting_closes_at, grace_end, now) {
            return Err(ApiError::coded(
                ErrorCode::GracePeriodRunning,
                format!(
                    "a workshop's grace period runs until {}; the results wait until then",
                    utc_rfc3339(end)
                ),
            ));
        }
    }
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
