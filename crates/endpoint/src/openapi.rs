//! `GET /api/openapi.json`: the API described from the handlers and pb-core's types.
use crate::routes;
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The OpenAPI document of the endpoint.
#[derive(OpenApi)]
#[openapi(
    info(title = "Béni Mellal-Khénifra participatory budgeting API",
         description = "Submissions (proposals, ballots), process state, results and administration. \
                        Errors are `{\"error\": {\"code\", \"message\"}}` with stable codes."),
    paths(
        crate::health::health,
        routes::process::get_process,
        routes::projects::list_projects,
        routes::proposals::submit_proposal,
        routes::proposals::list_proposals,
        routes::ballots::cast_ballot,
        routes::ballots::list_ballots,
        routes::results::get_results,
        routes::admin_voter_codes::create_voter_codes,
        routes::admin_moderation::list_for_moderation,
        routes::admin_moderation::moderate,
        routes::admin_phase::set_phase,
        routes::admin_projects::import_projects,
        routes::admin_exports::ballots_pb,
        routes::admin_exports::ballots_csv,
        routes::admin_exports::results_csv,
        routes::admin_counts::get_counts,
    ),
    components(schemas(pb_core::api::ErrorCode, pb_core::api::Phase)),
    modifiers(&AdminToken)
)]
pub struct ApiDocument;

/// Declares the administrators' bearer token.
struct AdminToken;

impl Modify for AdminToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "admin_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Serves the document.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDocument::openapi())
}
