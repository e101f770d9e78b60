//! The administration routes under `/api/admin`, for staff accounts by role and for automation's
//! bearer token (an administrator).

pub mod counts;
pub mod csv;
pub mod exports;
pub mod moderation;
pub mod phase;
pub mod projects;
pub mod proposal_projects;
pub mod results_preview;
pub mod review;
pub mod voter_codes;
pub mod workshops;

use crate::http::staff_access::{Access, restrict};
use crate::state::AppState;
use pb_core::api::StaffRole::{Administrator, CodeOfficer, Moderator};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The administration routes, paths relative to `/api/admin`, grouped by the roles that may use
/// them (see [`crate::http::staff_access`]).
pub fn router(state: &AppState) -> OpenApiRouter<AppState> {
    let any_role = OpenApiRouter::new().routes(routes!(counts::get_counts));
    let moderators = OpenApiRouter::new()
        .routes(routes!(moderation::list_for_moderation))
        .routes(routes!(moderation::moderate))
        .routes(routes!(review::review_proposal));
    let code_officers = OpenApiRouter::new()
        .routes(routes!(voter_codes::create_voter_codes))
        .routes(routes!(voter_codes::list_voter_code_batches))
        .routes(routes!(voter_codes::revoke_voter_code_batch));
    let administrators = OpenApiRouter::new()
        .routes(routes!(phase::set_phase))
        .routes(routes!(projects::import_projects))
        .routes(routes!(proposal_projects::projects_from_proposals))
        .routes(routes!(exports::ballots_pb))
        .routes(routes!(exports::ballots_csv))
        .routes(routes!(exports::results_csv))
        .routes(routes!(results_preview::preview_results))
        .routes(routes!(
            workshops::create_workshop,
            workshops::list_workshops
        ))
        .routes(routes!(workshops::revoke_workshop))
        .routes(routes!(workshops::set_workshop_grace));
    OpenApiRouter::new()
        .merge(restrict(
            any_role,
            state,
            Access::Roles(&[Administrator, Moderator, CodeOfficer]),
        ))
        .merge(restrict(
            moderators,
            state,
            Access::Roles(&[Administrator, Moderator]),
        ))
        .merge(restrict(
            code_officers,
            state,
            Access::Roles(&[Administrator, CodeOfficer]),
        ))
        .merge(restrict(
            administrators,
            state,
            Access::Roles(&[Administrator]),
        ))
}
