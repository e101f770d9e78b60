//! `GET /api/admin/counts`: participation by province and by day.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::Counts;

/// Counts of ballots, proposals and voter codes.
#[utoipa::path(get, path = "/counts", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses((status = 200, description = "Participation so far", body = Counts)))]
pub async fn get_counts(State(state): State<AppState>) -> Result<Json<Counts>, ApiError> {
    Ok(Json(state.database.counts().await?))
}
