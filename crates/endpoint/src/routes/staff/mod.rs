//! The staff's own routes under `/api/staff`: signing in and out, the session, the password,
//! and for administrators the accounts and the audit log.

pub mod accounts;
pub mod audit;
pub mod password;
pub mod session;

use crate::http::staff_access::{Access, restrict};
use crate::state::AppState;
use pb_core::api::StaffRole::Administrator;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The staff routes, paths relative to `/api/staff`, grouped by who may use them (see
/// [`crate::http::staff_access`]); signing in needs only the same-origin check.
pub fn router(state: &AppState) -> OpenApiRouter<AppState> {
    let signed_in = OpenApiRouter::new()
        .routes(routes!(session::logout))
        .routes(routes!(session::get_session))
        .routes(routes!(password::change_password));
    let administrators = OpenApiRouter::new()
        .routes(routes!(accounts::list_accounts, accounts::create_account))
        .routes(routes!(audit::list_audit))
        .routes(routes!(audit::audit_csv));
    OpenApiRouter::new()
        .routes(routes!(session::login))
        .merge(restrict(signed_in, state, Access::SignedIn))
        .merge(restrict(
            administrators,
            state,
            Access::Roles(&[Administrator]),
        ))
}
