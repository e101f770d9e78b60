//! `GET /api/projects`: the projects on the ballot.
use crate::http::api_error::ApiError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::CatalogueProject;

/// The project list in ballot order.
#[utoipa::path(get, path = "/projects", tag = "voting",
    responses((status = 200, description = "Projects on the ballot", body = Vec<CatalogueProject>)))]
pub async fn list_projects(
    State(state): State<AppState>,
) -> Result<Json<Vec<CatalogueProject>>, ApiError> {
    Ok(Json(state.database.catalogue().await?))
}
