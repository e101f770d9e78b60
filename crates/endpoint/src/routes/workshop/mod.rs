//! The workshops' tablets' routes under `/api/workshop`, behind their workshop token.

pub mod auth;
pub mod info;

use crate::routes::{ballots, proposals, voter_codes};
use crate::state::AppState;
use axum::middleware;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The workshops' routes, paths relative to `/api`, each behind [`auth::require_workshop_token`].
/// A workshop's tablet sends for a whole room from one address: no per-address limits.
pub fn router(state: &AppState) -> OpenApiRouter<AppState> {
    let workshop_token =
        middleware::from_fn_with_state(state.clone(), auth::require_workshop_token);
    OpenApiRouter::new()
        .routes(routes!(info::get_workshop))
        .routes(routes!(ballots::cast_workshop_ballot))
        .routes(routes!(voter_codes::check_workshop_voter_code))
        .routes(routes!(proposals::submit_workshop_proposal))
        .route_layer(workshop_token)
}
