//! Workshop tokens: 128 random bits shown once to the administrator, stored only as hashes, each
//! with its number, its revocation, its grace period and the ballots and proposals it sent.
use crate::store::clock::{now_rfc3339, today};
use crate::store::database::Database;
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{WorkshopToken, WorkshopTokenSummary};
use rand::RngCore;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A new token from the operating system's secure generator: 16 bytes in hexadecimal.
fn random_token() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The workshop of a token that is not revoked, as the workshop routes need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveWorkshop {
    /// Number of the token.
    pub id: i64,
    /// The workshop's label.
    pub label: String,
    /// End of its grace period, if any.
    pub grace_until: Option<OffsetDateTime>,
}

impl ActiveWorkshop {
    /// Whether its grace period runs at `now`.
    pub fn in_grace_at(&self, now: OffsetDateTime) -> bool {
        self.grace_until.is_some_and(|until| now < until)
    }
}

/// What became of a revocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenRevocation {
    /// Revoked now; the token after it.
    Revoked(WorkshopTokenSummary),
    /// It was revoked before.
    AlreadyRevoked,
    /// No token has this number.
    NoSuchToken,
}

/// A row of [`SUMMARIES`].
type SummaryRow = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
);

/// The tokens with their counts; the proposals are counted through their index.
const SUMMARIES: &str = "SELECT t.id, t.label, t.created_on, t.revoked_at, t.grace_until, \
     t.ballots, (SELECT COUNT(*) FROM proposals p WHERE p.workshop_token_id = t.id) \
     FROM workshop_tokens t";

/// A summary from its row.
fn summary_of(row: SummaryRow) -> WorkshopTokenSummary {
    let (id, label, created_on, revoked_at, grace_until, ballots, proposals) = row;
    WorkshopTokenSummary {
        id,
        label,
        created_on,
        revoked_at,
        grace_until,
        ballots: u64::try_from(ballots).unwrap_or(0),
        proposals: u64::try_from(proposals).unwrap_or(0),
    }
}

/// Reads a stored grace period's end.
fn stored_moment(text: &str) -> Result<OffsetDateTime, sqlx::Error> {
    OffsetDateTime::parse(text, &Rfc3339).map_err(|error| sqlx::Error::Decode(Box::new(error)))
}

impl Database {
    /// Issues a token for the workshop named `label` (already checked and trimmed), with the end
    /// of its grace period (already checked, UTC RFC 3339) if any.
    pub async fn create_workshop_token(
        &self,
        label: &str,
        grace_until: Option<&str>,
    ) -> Result<WorkshopToken, sqlx::Error> {
        let token = random_token();
        let id: i64 = with_write_pool!(self, |pool| {
            sqlx::query_scalar(
                "INSERT INTO workshop_tokens (token_hash, label, created_on, grace_until) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(sha256_hex(token.as_bytes()))
            .bind(label)
            .bind(today())
            .bind(grace_until)
            .fetch_one(pool)
            .await?
        });
        Ok(WorkshopToken {
            id,
            token,
            label: label.to_owned(),
            grace_until: grace_until.map(str::to_owned),
        })
    }

    /// The workshop holding `token`, if it is one that was issued and not revoked.
    pub async fn active_workshop(
        &self,
        token: &str,
    ) -> Result<Option<ActiveWorkshop>, sqlx::Error> {
        let hash = sha256_hex(token.as_bytes());
        let row: Option<(i64, String, Option<String>)> = with_read_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT id, label, grace_until FROM workshop_tokens \
                 WHERE token_hash = $1 AND revoked_at IS NULL",
            )
            .bind(&hash)
            .fetch_optional(pool)
            .await?
        });
        row.map(|(id, label, grace_until)| {
            Ok(ActiveWorkshop {
                id,
                label,
                grace_until: grace_until.as_deref().map(stored_moment).transpose()?,
            })
        })
        .transpose()
    }

    /// Every token with its counts, newest first.
    pub async fn workshop_tokens(&self) -> Result<Vec<WorkshopTokenSummary>, sqlx::Error> {
        let rows: Vec<SummaryRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!("{SUMMARIES} ORDER BY t.id DESC"))
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(summary_of).collect())
    }

    /// One token with its counts, if it exists.
    pub async fn workshop_token(
        &self,
        id: i64,
    ) -> Result<Option<WorkshopTokenSummary>, sqlx::Error> {
        let row: Option<SummaryRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!("{SUMMARIES} WHERE t.id = $1"))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(summary_of))
    }

    /// Revokes a token: from then on the workshop routes refuse it; what it sent stays.
    pub async fn revoke_workshop_token(&self, id: i64) -> Result<TokenRevocation, sqlx::Error> {
        let revoked = with_write_pool!(self, |pool| {
            sqlx::query(
                "UPDATE workshop_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
            )
            .bind(now_rfc3339())
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(match self.workshop_token(id).await? {
            None => TokenRevocation::NoSuchToken,
            Some(summary) if revoked == 1 => TokenRevocation::Revoked(summary),
            Some(_) => TokenRevocation::AlreadyRevoked,
        })
    }

    /// Sets (already checked, UTC RFC 3339) or clears a token's grace period; the token after
    /// it, or none when no token has this number.
    pub async fn set_workshop_grace(
        &self,
        id: i64,
        grace_until: Option<&str>,
    ) -> Result<Option<WorkshopTokenSummary>, sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query("UPDATE workshop_tokens SET grace_until = $1 WHERE id = $2")
                .bind(grace_until)
                .bind(id)
                .execute(pool)
                .await?;
        });
        self.workshop_token(id).await
    }

    /// The latest end of a grace period among the tokens not revoked, if any has one.
    pub async fn workshop_grace_end(&self) -> Result<Option<OffsetDateTime>, sqlx::Error> {
        let ends: Vec<String> = with_read_pool!(self, |pool| {
            sqlx::query_scalar(
                "SELECT grace_until FROM workshop_tokens \
                 WHERE revoked_at IS NULL AND grace_until IS NOT NULL",
            )
            .fetch_all(pool)
            .await?
        });
        let ends = ends
            .iter()
            .map(|end| stored_moment(end))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ends.into_iter().max())
    }
}
