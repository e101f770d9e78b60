//! `PUT /api/admin/projects`: replaces the list of projects on the ballot, from JSON or from a
//! pabulib `.pb` file, before voting begins.
use crate::http::api_error::ApiError;
use crate::http::staff_access::Staff;
use crate::state::AppState;
use crate::store::catalogue::ReplaceCatalogueError;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use pb_core::api::{CatalogueImport, CatalogueProject, ErrorBody, ErrorCode, validate_catalogue};
use pb_core::pabulib::read_pb;
use serde_json::{Value, json};

/// Reads the list (`application/json` as [`CatalogueImport`], or `text/plain` pabulib), checks
/// it and stores it in one transaction; audited with the project ids before and after.
#[utoipa::path(put, path = "/projects", tag = "admin",
    request_body(content(
        (CatalogueImport = "application/json"),
        (String = "text/plain"))),
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The stored list", body = Vec<CatalogueProject>),
        (status = 403, description = "wrong_phase: voting has begun", body = ErrorBody),
        (status = 415, description = "unsupported_media_type", body = ErrorBody),
        (status = 422, description = "invalid_projects (with fields)", body = ErrorBody)))]
pub async fn import_projects(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Vec<CatalogueProject>>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let projects = if content_type.starts_with("application/json") {
        serde_json::from_slice::<CatalogueImport>(&body)
            .map_err(|error| {
                ApiError::coded(ErrorCode::BadRequest, format!("invalid JSON: {error}"))
            })?
            .projects
    } else if content_type.starts_with("text/plain") {
        let text = std::str::from_utf8(&body).map_err(|_| {
            ApiError::coded(ErrorCode::BadRequest, "the .pb file is not UTF-8 text")
        })?;
        let file = read_pb(text).map_err(|error| {
            ApiError::coded(
                ErrorCode::InvalidProjects,
                format!("invalid .pb file: {error}"),
            )
        })?;
        file.instance
            .projects
            .iter()
            .map(CatalogueProject::from_project)
            .collect()
    } else {
        return Err(ApiError::coded(
            ErrorCode::UnsupportedMediaType,
            "send application/json or a text/plain pabulib file",
        ));
    };
    store_catalogue(&state, &staff, &projects, &[], "projects.import").await
}

/// Checks a whole list, stores it in place of the current one with `from_proposals`' links
/// (see [`crate::store::catalogue`]) and audits it as `action` with the project ids before and
/// after; answers with the stored list.
pub async fn store_catalogue(
    state: &AppState,
    staff: &Staff,
    projects: &[CatalogueProject],
    from_proposals: &[(i64, String)],
    action: &'static str,
) -> Result<Json<Vec<CatalogueProject>>, ApiError> {
    if let Err(fields) = validate_catalogue(projects) {
        let mut error = ApiError::coded(ErrorCode::InvalidProjects, "the project list has errors");
        error.body.error.fields = fields;
        return Err(error);
    }
    let before = state.database.catalogue().await?;
    match state
        .database
        .replace_catalogue(projects, from_proposals)
        .await
    {
        Ok(()) => {
            let after = state.database.catalogue().await?;
            let entry = staff
                .audit(action, "project list")
                .before(project_ids(&before))
                .after(project_ids(&after));
            state.database.append_audit(&entry).await?;
            Ok(Json(after))
        }
        Err(ReplaceCatalogueError::VotingStarted) => Err(ApiError::coded(
            ErrorCode::WrongPhase,
            "the project list cannot change once voting has begun",
        )),
        Err(ReplaceCatalogueError::NotFeasible(id)) => Err(ApiError::coded(
            ErrorCode::Conflict,
            format!("proposal {id} is not reviewed as feasible"),
        )),
        Err(ReplaceCatalogueError::Database(error)) => Err(error.into()),
    }
}

/// The ids and number of projects of a list, as the audit log keeps them.
fn project_ids(projects: &[CatalogueProject]) -> Value {
    let ids: Vec<&str> = projects.iter().map(|project| project.id.as_str()).collect();
    json!({ "count": ids.len(), "ids": ids })
}
