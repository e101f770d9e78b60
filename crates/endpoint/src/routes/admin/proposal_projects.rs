//! `POST /api/admin/projects/from-proposals`: feasible proposals become projects on the ballot
//! in one step, beside the projects already on it.
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::routes::admin::projects::store_catalogue;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use pb_core::api::{
    BallotFromProposals, CatalogueProject, ErrorBody, ErrorCode, proposal_project_id,
};

/// Adds each project (as the administrator edited it) to the ballot under the id
/// `proposal-{number}`, replacing the project an earlier step made from the same proposal; every
/// proposal must be reviewed as feasible. Audited as `projects.from_proposals`.
#[utoipa::path(post, path = "/projects/from-proposals", tag = "admin",
    request_body = BallotFromProposals,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The whole ballot after the step", body = Vec<CatalogueProject>),
        (status = 403, description = "wrong_phase: voting has begun", body = ErrorBody),
        (status = 409, description = "conflict: a proposal is not reviewed as feasible", body = ErrorBody),
        (status = 422, description = "invalid_projects (with fields), or invalid_request: no project", body = ErrorBody)))]
pub async fn projects_from_proposals(
    State(state): State<AppState>,
    staff: Staff,
    ApiJson(request): ApiJson<BallotFromProposals>,
) -> Result<Json<Vec<CatalogueProject>>, ApiError> {
    if request.projects.is_empty() {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            "choose at least one proposal",
        ));
    }
    let mut projects = state.database.catalogue().await?;
    let mut links = Vec::with_capacity(request.projects.len());
    for chosen in request.projects {
        let mut project = chosen.project;
        project.id = proposal_project_id(chosen.proposal_id);
        links.push((chosen.proposal_id, project.id.clone()));
        match projects.iter_mut().find(|known| known.id == project.id) {
            Some(known) => *known = project,
            None => projects.push(project),
        }
    }
    store_catalogue(&state, &staff, &projects, &links, "projects.from_proposals").await
}
