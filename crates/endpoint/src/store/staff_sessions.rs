//! Staff sessions: a random token in the browser's cookie, only its SHA-256 in the database, valid
//! until it expires or its holder signs out.
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{StaffAccount, StaffRole};
use rand::RngCore;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// A session just opened: the token for the cookie (shown once) and when it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// 32 random bytes in hexadecimal.
    pub token: String,
    /// When it ends (RFC 3339).
    pub expires_at: String,
}

/// A valid session as found from its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    /// SHA-256 of the token, the session's key.
    pub token_hash: String,
    /// Number of the account signed in.
    pub account_id: i64,
    /// The account signed in.
    pub account: StaffAccount,
    /// When the session ends (RFC 3339).
    pub expires_at: String,
}

/// A session row joined with its account, as read.
type SessionRow = (i64, String, String, Option<String>, String, bool, String);

/// A new token from the operating system's secure generator: 32 bytes in hexadecimal.
fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The instant `minutes` from now, as stored (RFC 3339, to the second).
fn minutes_from_now(minutes: u32) -> String {
    let then = OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| OffsetDateTime::now_utc())
        + Duration::minutes(i64::from(minutes));
    then.format(&Rfc3339).unwrap_or_default()
}

impl Database {
    /// Opens a session of `minutes` for the account, removing the expired sessions of everyone.
    pub async fn create_staff_session(
        &self,
        account_id: i64,
        minutes: u32,
    ) -> Result<NewSession, sqlx::Error> {
        let token = random_token();
        let now = now_rfc3339();
        let expires_at = minutes_from_now(minutes);
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1")
                .bind(&now)
                .execute(&mut *transaction)
                .await?;
            sqlx::query(
                "INSERT INTO staff_sessions (token_hash, account_id, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(sha256_hex(token.as_bytes()))
            .bind(account_id)
            .bind(&now)
            .bind(&expires_at)
            .execute(&mut *transaction)
            .await?;
            transaction.commit().await?;
        });
        Ok(NewSession { token, expires_at })
    }

    /// The session holding `token` with its account, unless it expired or never existed.
    pub async fn staff_session(&self, token: &str) -> Result<Option<StoredSession>, sqlx::Error> {
        let token_hash = sha256_hex(token.as_bytes());
        let row: Option<SessionRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT a.id, a.name, a.role, a.province, a.created_at, \
                     a.password_change_required, s.expires_at \
                     FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id \
                     WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .bind(&token_hash)
            .bind(now_rfc3339())
            .fetch_optional(pool)
            .await?
        });
        let Some((account_id, name, role, province, created_at, change_required, expires_at)) = row
        else {
            return Ok(None);
        };
        let role = StaffRole::parse(&role)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown staff role {role:?}").into()))?;
        Ok(Some(StoredSession {
            token_hash,
            account_id,
            account: StaffAccount {
                name,
                role,
                province,
                created_at,
                password_change_required: change_required,
            },
            expires_at,
        }))
    }

    /// Ends the session with this token hash (signing out).
    pub async fn delete_staff_session(&self, token_hash: &str) -> Result<(), sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Ends every session of the account but the one with `kept_hash` (after a password change).
    pub async fn delete_other_staff_sessions(
        &self,
        account_id: i64,
        kept_hash: &str,
    ) -> Result<(), sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1 AND token_hash <> $2")
                .bind(account_id)
                .bind(kept_hash)
                .execute(pool)
                .await?;
        });
        Ok(())
    }
}
