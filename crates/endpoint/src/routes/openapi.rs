//! `GET /api/openapi.json`: the API described from the handlers and pb-core's types.
use crate::state::AppState;
use axum::Json;
use axum::routing::{MethodRouter, get};
use pb_core::api::{STAFF_SESSION_COOKIE, WORKSHOP_TOKEN_HEADER};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// What the OpenAPI document says besides the routes: title, shared schemas and tokens.
#[derive(OpenApi)]
#[openapi(
    info(title = "Béni Mellal-Khénifra participatory budgeting API",
         description = "Submissions (proposals, ballots, also from workshops' tablets), process state, results and administration. \
                        Errors are `{\"error\": {\"code\", \"message\"}}` with stable codes."),
    components(schemas(pb_core::api::ErrorCode, pb_core::api::Phase, pb_core::validation::FieldProblem)),
    modifiers(&Tokens)
)]
struct ApiDocument;

/// Declares the staff session cookie, automation's bearer token and the workshops' token header.
struct Tokens;

impl Modify for Tokens {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "staff_session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                STAFF_SESSION_COOKIE,
                "Session of a staff account, set by POST /api/staff/login; a request changing \
                 something must come from the console's own origin",
            ))),
        );
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

/// The OpenAPI document of the endpoint: `routes`, described by their handlers with paths
/// relative to the API, put under `/api`.
pub fn document(routes: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    ApiDocument::openapi().nest("/api", routes)
}

/// Serves `document`.
pub fn serve(document: utoipa::openapi::OpenApi) -> MethodRouter<AppState> {
    get(move || {
        let document = document.clone();
        async move { Json(document) }
    })
}
