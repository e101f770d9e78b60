//! The region's staff: named accounts with a role, signed in with a session cookie, every action
//! written to an append-only audit log. Bodies of `/api/staff/...`, shared by the console and the
//! endpoint.
use serde::{Deserialize, Serialize};

/// Name of the session cookie (`HttpOnly`, `SameSite=Strict`, `Secure` over HTTPS).
pub const STAFF_SESSION_COOKIE: &str = "bmk_staff";

/// Shortest password a staff account may have, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Longest password accepted, in characters (argon2id hashes any length; this bounds the work).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// What a staff account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Everything: accounts, phases, projects, codes, workshops, results, the audit log.
    Administrator,
    /// Proposals only: moderation and the review of feasibility.
    Moderator,
    /// Voter-code batches and their counts, for the account's province.
    CodeOfficer,
}

impl StaffRole {
    /// Every role, most powerful first.
    pub const ALL: [StaffRole; 3] = [
        StaffRole::Administrator,
        StaffRole::Moderator,
        StaffRole::CodeOfficer,
    ];

    /// The role as stored and sent in JSON, e.g. `code_officer`.
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Administrator => "administrator",
            StaffRole::Moderator => "moderator",
            StaffRole::CodeOfficer => "code_officer",
        }
    }

    /// Reads a stored role; the command line also accepts `code-officer`.
    pub fn parse(text: &str) -> Option<StaffRole> {
        match text {
            "administrator" => Some(StaffRole::Administrator),
            "moderator" => Some(StaffRole::Moderator),
            "code_officer" | "code-officer" => Some(StaffRole::CodeOfficer),
            _ => None,
        }
    }
}

/// A staff account as administrators see it (never its password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAccount {
    /// Login name, unique, 1 to 60 characters without spaces.
    pub name: String,
    /// What the account may do.
    pub role: StaffRole,
    /// Province of a code officer (required for them, absent for the other roles).
    #[serde(default)]
    pub province: Option<String>,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// Whether the next sign-in must first set a new password (true after a one-time password).
    pub password_change_required: bool,
}

/// Body of `POST /api/staff/accounts` (administrators): a new account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewStaffAccount {
    /// Login name, 1 to 60 characters without spaces.
    pub name: String,
    /// What the account may do.
    pub role: StaffRole,
    /// Province of a code officer.
    #[serde(default)]
    pub province: Option<String>,
}

/// Answer of `POST /api/staff/accounts` and of `endpoint staff add`: the account and its one-time
/// password, shown this once; the holder sets their own at the first sign-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedStaffAccount {
    /// The new account.
    pub account: StaffAccount,
    /// Its one-time password.
    pub one_time_password: String,
}

/// Body of `POST /api/staff/login`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffLogin {
    /// Login name.
    pub name: String,
    /// Password.
    pub password: String,
}

/// Answer of `POST /api/staff/login` and `GET /api/staff/session`: who is signed in, until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSession {
    /// The account signed in.
    pub account: StaffAccount,
    /// When the session ends (RFC 3339); sign in again after it.
    pub expires_at: String,
    /// Whether this endpoint serves the demonstration (`--demo`): everything is example data.
    #[serde(default)]
    pub demo: bool,
    /// Whether the endpoint opens each phase at its announced date (`"automatic_phases": true` in
    /// the process file). Staff-only facts live here, not in `GET /api/process`, so that the
    /// citizens' download does not grow with them.
    #[serde(default)]
    pub automatic_phases: bool,
}

/// Body of `PUT /api/staff/password`: the signed-in account's new password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChange {
    /// The password used to sign in.
    pub current: String,
    /// The new one, [`MIN_PASSWORD_CHARS`] to [`MAX_PASSWORD_CHARS`] characters.
    pub new: String,
}

/// One line of the audit log: who did what, when, and the record before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    /// Position in the log, increasing.
    pub id: i64,
    /// When (RFC 3339).
    pub at: String,
    /// The account's name, or `automation` for the bearer token, or `command line`.
    pub actor: String,
    /// What was done, e.g. `proposal.publish`, `phase.set`, `voter_codes.create`.
    pub action: String,
    /// What it was done to, e.g. `proposal 12`, `batch 3`; empty when nothing in particular.
    pub subject: String,
    /// The record before the action, where one changed.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub before: Option<serde_json::Value>,
    /// The record after the action.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub after: Option<serde_json::Value>,
}

/// Whether a login name is acceptable: 1 to 60 characters, letters, digits, `.`, `_` or `-`.
pub fn is_valid_staff_name(name: &str) -> bool {
    let count = name.chars().count();
    (1..=60).contains(&count)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Whether a new password is long enough and not too long.
pub fn is_acceptable_password(password: &str) -> bool {
    (MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&password.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_read_back_as_they_are_written() {
        for role in StaffRole::ALL {
            assert_eq!(StaffRole::parse(role.as_str()), Some(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert_eq!(
            StaffRole::parse("code-officer"),
            Some(StaffRole::CodeOfficer)
        );
        assert_eq!(StaffRole::parse("root"), None);
    }

    #[test]
    fn names_are_short_words_and_passwords_long_enough() {
        assert!(is_valid_staff_name("fatima.zahra"));
        assert!(is_valid_staff_name("مشرف_1"));
        assert!(!is_valid_staff_name(""));
        assert!(!is_valid_staff_name("two words"));
        assert!(!is_valid_staff_name(&"a".repeat(61)));
        assert!(is_acceptable_password("correct horse battery"));
        assert!(!is_acceptable_password("short"));
        assert!(!is_acceptable_password(&"x".repeat(257)));
    }
}
