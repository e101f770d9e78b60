//! The JSON API under `/api`: its handlers, one resource per file, each registered once with its
//! OpenAPI description; the administration, staff and workshops' routes in their own folders.

pub mod admin;
pub mod ballots;
pub mod health;
pub mod openapi;
pub mod process;
pub mod projects;
pub mod proposals;
pub mod results;
pub mod staff;
pub mod voter_codes;
pub mod workshop;

use crate::http::api_error::ApiError;
use crate::http::submission_limit::SubmissionLimit;
use crate::state::AppState;
use axum::Router;
use axum::http::StatusCode;
use pb_core::api::ErrorCode;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

/// The API, paths relative to `/api`: every route, its description at `/openapi.json`, and a
/// JSON 404 for other paths; `submission_limit` counts the POSTs of proposals, ballots and
/// voter-code checks only.
pub fn router(state: &AppState, submission_limit: Option<SubmissionLimit>) -> Router<AppState> {
    let mut proposals = routes!(proposals::list_proposals, proposals::submit_proposal);
    let mut ballots = routes!(ballots::list_ballots, ballots::cast_ballot);
    let mut code_check = routes!(voter_codes::check_voter_code);
    if let Some(limit) = submission_limit {
        proposals = proposals.layer(limit.clone());
        ballots = ballots.layer(limit.clone());
        code_check = code_check.layer(limit);
    }
    let (api, description) = OpenApiRouter::new()
        .routes(routes!(health::health))
        .routes(routes!(process::get_process))
        .routes(routes!(projects::list_projects))
        .routes(proposals)
        .routes(routes!(proposals::list_decisions))
        .routes(routes!(proposals::follow_proposal))
        .routes(ballots)
        .routes(code_check)
        .routes(routes!(results::get_results))
        .nest("/admin", admin::router(state))
        .nest("/staff", staff::router(state))
        .merge(workshop::router(state))
        .split_for_parts();
    api.route(
        "/openapi.json",
        openapi::serve(openapi::document(description)),
    )
    .fallback(api_not_found)
}

/// JSON 404 for unknown API paths (never the app page).
async fn api_not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such API route",
    )
}
