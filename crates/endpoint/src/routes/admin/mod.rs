//! The administrators' routes under `/api/admin`, behind their bearer token.

pub mod auth;
pub mod counts;
pub mod csv;
pub mod exports;
pub mod moderation;
pub mod phase;
pub mod projects;
pub mod voter_codes;
pub mod workshops;

use crate::state::AppState;
use axum::middleware;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The administrators' routes, paths relative to `/api/admin`, each behind [`auth::require_admin`].
pub fn router(state: &AppState) -> OpenApiRouter<AppState> {
    let admin_token = middleware::from_fn_with_state(state.clone(), auth::require_admin);
    OpenApiRouter::new()
        .routes(routes!(voter_codes::create_voter_codes))
        .routes(routes!(voter_codes::list_voter_code_batches))
        .routes(routes!(voter_codes::revoke_voter_code_batch))
        .routes(routes!(moderation::list_for_moderation))
        .routes(routes!(moderation::moderate))
        .routes(routes!(phase::set_phase))
        .routes(routes!(projects::import_projects))
        .routes(routes!(exports::ballots_pb))
        .routes(routes!(exports::ballots_csv))
        .routes(routes!(exports::results_csv))
        .routes(routes!(counts::get_counts))
        .routes(routes!(workshops::create_workshop))
        .route_layer(admin_token)
}
