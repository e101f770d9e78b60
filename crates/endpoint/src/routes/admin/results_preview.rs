//! `GET /api/admin/results/preview`: the outcome as the results page will show it, for
//! administrators only, once the vote has closed and before the results are published.
use crate::http::api_error::ApiError;
use crate::routes::results::compute;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, ErrorCode, Phase, Results};

/// The outcome of the ballots stored now, once the vote has closed: the phase has moved past
/// voting, or the announced closing time has passed (403 `results_not_available` before).
#[utoipa::path(get, path = "/results/preview", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "Tallies, funded projects and explanations", body = Results),
        (status = 403, description = "results_not_available: the vote has not closed", body = ErrorBody)))]
pub async fn preview_results(State(state): State<AppState>) -> Result<Json<Results>, ApiError> {
    let phase = state.database.process_state().await?.phase;
    let closing_passed = state.vote_has_closed_at(time::OffsetDateTime::now_utc());
    if !(phase.voting_has_ended() || phase == Phase::Voting && closing_passed) {
        return Err(ApiError::coded(
            ErrorCode::ResultsNotAvailable,
            format!(
                "the outcome is previewed once the vote has closed; the process is in the {} phase",
                phase.as_str()
            ),
        ));
    }
    Ok(Json(compute(&state).await?))
}
