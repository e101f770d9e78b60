//! `GET /api/openapi.json`: the API described from the handlers and pb-core's types.
use crate::routes;
use axum::Json;
use pb_core::api::WORKSHOP_TOKEN_HEADER;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The OpenAPI document of the endpoint.
#[derive(OpenApi)]
#[openapi(
    info(title = "Béni Mellal-Khénifra participatory budgeting API",
         description = "Submissions (proposals, ballots, also from workshops' tablets), process state, results and administration. \
                        Errors are `{\"error\": {\"code\", \"message\"}}` with stable codes."),
    paths(
        crate::routes::health::health,
        routes::process::get_process,
        routes::projects::list_projects,
        routes::proposals::submit_proposal,
        routes::proposals::list_proposals,
        routes::ballots::cast_ballot,
        routes::ballots::list_ballots,
        routes::results::get_results,
        routes::workshop::info::get_workshop,
        routes::ballots::cast_workshop_ballot,
        routes::proposals::submit_workshop_proposal,
        routes::admin::voter_codes::create_voter_codes,
        routes::admin::moderation::list_for_moderation,
        routes::admin::moderation::moderate,
        routes::admin::phase::set_phase,
        routes::admin::projects::import_projects,
        routes::admin::exports::ballots_pb,
        routes::admin::exports::ballots_csv,
        routes::admin::exports::results_csv,
        routes::admin::counts::get_counts,
        routes::admin::workshops::create_workshop,
    ),
    components(schemas(pb_core::api::ErrorCode, pb_core::api::Phase)),
    modifiers(&Tokens)
)]
pub struct ApiDocument;

/// Declares the administrators' bearer token and the workshops' token header.
struct Tokens;

impl Modify for Tokens {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "admin_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "workshop_token",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                WORKSHOP_TOKEN_HEADER,
                "Token of a co-creation workshop, from POST /api/admin/workshops",
            ))),
        );
    }
}

/// Serves the document.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDocument::openapi())
}
