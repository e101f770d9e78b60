//! Who may use the staff and administrators' routes: a signed-in account (the session cookie) or
//! automation (the bearer token, acting as an administrator), each route group open to some roles.
use crate::http::api_error::ApiError;
use crate::http::same_origin::{cross_origin_refused, is_safe_method, is_same_origin};
use crate::http::session_cookie::session_token;
use crate::state::AppState;
use crate::store::audit_log::NewAuditEntry;
use crate::store::staff_sessions::StoredSession;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use pb_core::api::{ErrorCode, StaffRole};
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;

/// The audit actor of the bearer token.
pub const AUTOMATION_ACTOR: &str = "automation";

/// Who may use a group of routes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Any signed-in account, also one that must still replace its one-time password; the cookie
    /// only (sign-out, the session, the password change).
    SignedIn,
    /// Accounts of these roles that have set their own password, and the bearer token, which
    /// counts as an administrator.
    Roles(&'static [StaffRole]),
}

/// The staff member making the request, for the handlers: role, province, audit actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    /// The account's name, or `automation` for the bearer token.
    pub actor: String,
    /// What they may do.
    pub role: StaffRole,
    /// A code officer's province.
    pub province: Option<String>,
    /// The session of a signed-in account; none for the bearer token.
    pub session: Option<StoredSession>,
}

impl Staff {
    /// The automation token's identity.
    fn automation() -> Self {
        Staff {
            actor: AUTOMATION_ACTOR.to_owned(),
            role: StaffRole::Administrator,
            province: None,
            session: None,
        }
    }

    /// A signed-in account's identity.
    fn signed_in(session: StoredSession) -> Self {
        Staff {
            actor: session.account.name.clone(),
            role: session.account.role,
            province: session.account.province.clone(),
            session: Some(session),
        }
    }

    /// An audit entry of `action` on `subject` by this staff member.
    pub fn audit(&self, action: &'static str, subject: impl Into<String>) -> NewAuditEntry {
        NewAuditEntry::new(&self.actor, action, subject)
    }
}

/// Reads the staff member [`require_access`] found; a route outside such a group answers `401`.
impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Staff>()
            .cloned()
            .ok_or_else(|| ApiError::coded(ErrorCode::Unauthorized, "sign in first"))
    }
}

/// The session of a signed-in account, for the [`Access::SignedIn`] routes; `401` without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn(pub StoredSession);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Staff>()
            .and_then(|staff| staff.session.clone())
            .map(SignedIn)
            .ok_or_else(|| {
                ApiError::coded(
                    ErrorCode::Unauthorized,
                    "this route needs a signed-in account",
                )
            })
    }
}

/// `routes` open only to `access`: every request is authenticated and checked before its body is
/// read, and the handlers receive the [`Staff`] member.
pub fn restrict(
    routes: OpenApiRouter<AppState>,
    state: &AppState,
    access: Access,
) -> OpenApiRouter<AppState> {
    routes.route_layer(middleware::from_fn_with_state(
        (state.clone(), access),
        require_access,
    ))
}

/// Authenticates the request (`401 unauthorized`), refuses a cookie-authenticated change from
/// another origin (`403 forbidden`), an account that must first change its one-time password
/// (`403 password_change_required`) and a role the group is not open to (`403 forbidden`).
pub async fn require_access(
    State((state, access)): State<(AppState, Access)>,
    mut request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let staff = authenticate(&state, access, request.headers()).await?;
    if staff.session.is_some()
        && !is_safe_method(request.method())
        && !is_same_origin(request.headers(), state.staff_sessions)
    {
        return Err(cross_origin_refused());
    }
    if let Access::Roles(roles) = access {
        if staff
            .session
            .as_ref()
            .is_some_and(|session| session.account.password_change_required)
        {
            return Err(ApiError::coded(
                ErrorCode::PasswordChangeRequired,
                "set your own password first (PUT /api/staff/password)",
            ));
        }
        if !roles.contains(&staff.role) {
            let allowed: Vec<&str> = roles.iter().map(|role| role.as_str()).collect();
            return Err(ApiError::coded(
                ErrorCode::Forbidden,
                format!("this route is for the roles: {}", allowed.join(", ")),
            ));
        }
    }
    request.extensions_mut().insert(staff);
    Ok(next.run(request).await)
}

/// The staff member the request's credentials name: the bearer token (except on
/// [`Access::SignedIn`] routes) or the session cookie.
async fn authenticate(
    state: &AppState,
    access: Access,
    headers: &HeaderMap,
) -> Result<Staff, ApiError> {
    if let (Access::Roles(_), Some(authorization)) = (access, headers.get(header::AUTHORIZATION)) {
        let Some(expected) = &state.admin_token else {
            return Err(ApiError::coded(
                ErrorCode::AdminDisabled,
                "no automation token is configured; staff sign in with their accounts",
            ));
        };
        let given = authorization
            .to_str()
            .ok()
            .and_then(|value| value.strip_prefix("Bearer "))
            .unwrap_or("");
        if !same_secret(given, expected) {
            return Err(ApiError::coded(
                ErrorCode::Unauthorized,
                "wrong token: send the automation token as Authorization: Bearer <token>",
            ));
        }
        return Ok(Staff::automation());
    }
    let Some(token) = session_token(headers) else {
        return Err(ApiError::coded(
            ErrorCode::Unauthorized,
            "sign in (POST /api/staff/login), or send Authorization: Bearer <token>",
        ));
    };
    match state.database.staff_session(&token).await? {
        Some(session) => Ok(Staff::signed_in(session)),
        None => Err(ApiError::coded(
            ErrorCode::Unauthorized,
            "the session has ended; sign in again",
        )),
    }
}

/// Compares the SHA-256 digests of both secrets byte by byte without stopping early, so the time
/// taken says nothing about how much of the token was right, nor its length.
pub fn same_secret(given: &str, expected: &str) -> bool {
    let given = Sha256::digest(given.as_bytes());
    let expected = Sha256::digest(expected.as_bytes());
    given
        .iter()
        .zip(expected.iter())
        .fold(0u8, |difference, (a, b)| difference | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn only_the_exact_token_matches() {
        assert!(same_secret("s3cret-token", "s3cret-token"));
        assert!(!same_secret("s3cret-toke", "s3cret-token"));
        assert!(!same_secret("s3cret-token ", "s3cret-token"));
        assert!(!same_secret("", "s3cret-token"));
    }
}
