//! Casting ballots: one per voter code, once per idempotency key, with no link to the code.
use crate::store::clock::today;
use crate::store::database::Database;
use crate::store::process_state::{CURRENT_PHASE, parse_phase};
use crate::store::sha256_hex;
use crate::store::voter_codes::voter_code_hash;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{Phase, PublishedBallot, receipt_for_key};
use pb_core::election::Ballot;

/// The query finding the submission stored earlier under an idempotency key.
const EARLIER_SUBMISSION: &str =
    "SELECT fingerprint, receipt FROM ballot_submissions WHERE idempotency_key = $1";

/// What became of a ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotCast {
    /// Stored now; the receipt.
    New(String),
    /// The same ballot was stored before under this key; its receipt.
    Replay(String),
    /// The key was used for a different ballot.
    KeyReused,
    /// No such voter code.
    UnknownCode,
    /// The code was used already.
    CodeUsed,
    /// The code is unused but its batch was revoked.
    CodeRevoked,
    /// The process is not in the voting phase.
    NotVoting(Phase),
    /// The vote's announced closing time had passed (the phase may not have moved yet).
    AfterClosing,
}

/// A stored ballot with the province of its code batch, for exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBallot {
    /// Receipt.
    pub receipt: String,
    /// Choices.
    pub ballot: Ballot,
    /// Province of the code's batch.
    pub province: Option<String>,
}

/// A ballot ready to be stored: everything computed before it reaches the writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingBallot {
    /// The submission's idempotency key.
    pub key: String,
    /// Hash of the normalised voter code.
    pub code_hash: String,
    /// The ballot as stored (JSON).
    pub ballot_json: String,
    /// Hash of the ballot, to tell a replay from another ballot under the same key.
    pub fingerprint: String,
    /// The receipt it gets if it is stored now, derived from the key (the client knows it too).
    pub receipt: String,
    /// Whether it arrived after the vote's announced closing time (and outside its workshop's
    /// grace period): then only a replay of an earlier ballot is answered.
    pub after_closing: bool,
    /// The workshop token it came through, whose count of ballots it adds to.
    pub workshop_token_id: Option<i64>,
}

impl PendingBallot {
    /// Prepares a validated ballot cast with a normalised code; its receipt is
    /// [`receipt_for_key`] of the key, unique since a key is stored for one ballot only.
    pub fn new(
        key: &str,
        normalized_code: &str,
        ballot: &Ballot,
        after_closing: bool,
        workshop_token_id: Option<i64>,
    ) -> Self {
        let ballot_json = serde_json::to_string(ballot).unwrap_or_default();
        PendingBallot {
            key: key.to_owned(),
            code_hash: voter_code_hash(normalized_code),
            fingerprint: sha256_hex(ballot_json.as_bytes()),
            receipt: receipt_for_key(key),
            ballot_json,
            after_closing,
            workshop_token_id,
        }
    }
}

impl Database {
    /// Casts ballots in one transaction (one disk flush for all): for each, in order, checks the
    /// key, the phase and the code, marks the code used, stores the ballot, remembers the key and
    /// counts it on its workshop's token.
    /// A database error rolls the whole batch back; nothing of it is then stored.
    ///
    /// The code's batch must not be revoked: its row is locked (a no-op update) before the code is
    /// claimed, so a revocation waits for this transaction or this ballot sees it.
    ///
    /// A key seen before answers with its receipt only if the ballot is the same and the code
    /// presented is a used one; otherwise the key counts as reused.
    pub async fn cast_ballots(
        &self,
        batch: &[PendingBallot],
    ) -> Result<Vec<BallotCast>, sqlx::Error> {
        let mut outcomes = Vec::with_capacity(batch.len());
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let phase: String = sqlx::query_scalar(CURRENT_PHASE)
                .fetch_one(&mut *transaction)
                .await?;
            let phase = parse_phase(&phase)?;
            for pending in batch {
                let earlier: Option<(String, String)> = sqlx::query_as(EARLIER_SUBMISSION)
                    .bind(&pending.key)
                    .fetch_optional(&mut *transaction)
                    .await?;
                if let Some((stored, earlier_receipt)) = earlier {
                    let code_used: Option<bool> =
                        sqlx::query_scalar("SELECT used FROM voter_codes WHERE code_hash = $1")
                            .bind(&pending.code_hash)
                            .fetch_optional(&mut *transaction)
                            .await?;
                    outcomes.push(
                        if stored == pending.fingerprint && code_used == Some(true) {
                            BallotCast::Replay(earlier_receipt)
                        } else {
                            BallotCast::KeyReused
                        },
                    );
                    continue;
                }
                if phase != Phase::Voting {
                    outcomes.push(BallotCast::NotVoting(phase));
                    continue;
                }
                if pending.after_closing {
                    outcomes.push(BallotCast::AfterClosing);
                    continue;
                }
                let live_batch: Option<i64> = sqlx::query_scalar(
                    "UPDATE voter_code_batches SET revoked_at = revoked_at \
                     WHERE revoked_at IS NULL \
                     AND id = (SELECT batch_id FROM voter_codes WHERE code_hash = $1) \
                     RETURNING id",
                )
                .bind(&pending.code_hash)
                .fetch_optional(&mut *transaction)
                .await?;
                let claimed: Option<(Option<String>,)> = if live_batch.is_none() {
                    None
                } else {
                    sqlx::query_as(
                        "UPDATE voter_codes SET used = $1 WHERE code_hash = $2 AND used = $3 \
                     RETURNING province",
                    )
                    .bind(true)
                    .bind(&pending.code_hash)
                    .bind(false)
                    .fetch_optional(&mut *transaction)
                    .await?
                };
                let Some((province,)) = claimed else {
                    let exists: Option<bool> =
                        sqlx::query_scalar("SELECT used FROM voter_codes WHERE code_hash = $1")
                            .bind(&pending.code_hash)
                            .fetch_optional(&mut *transaction)
                            .await?;
                    outcomes.push(match exists {
                        None => BallotCast::UnknownCode,
                        Some(false) => BallotCast::CodeRevoked,
                        Some(true) => BallotCast::CodeUsed,
                    });
                    continue;
                };
                sqlx::query(
                    "INSERT INTO ballots (receipt, ballot, province, cast_on) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(&pending.receipt)
                .bind(&pending.ballot_json)
                .bind(province)
                .bind(today())
                .execute(&mut *transaction)
                .await?;
                sqlx::query(
                    "INSERT INTO ballot_submissions (idempotency_key, fingerprint, receipt) \
                     VALUES ($1, $2, $3)",
                )
                .bind(&pending.key)
                .bind(&pending.fingerprint)
                .bind(&pending.receipt)
                .execute(&mut *transaction)
                .await?;
                if let Some(token) = pending.workshop_token_id {
                    sqlx::query("UPDATE workshop_tokens SET ballots = ballots + 1 WHERE id = $1")
                        .bind(token)
                        .execute(&mut *transaction)
                        .await?;
                }
                outcomes.push(BallotCast::New(pending.receipt.clone()));
            }
            transaction.commit().await?;
        });
        Ok(outcomes)
    }

    /// For a ballot refused because its code was used: on PostgreSQL another request with the
    /// same key may have won the race for the code; then this is a replay of it.
    pub async fn recheck_used_code(
        &self,
        pending: &PendingBallot,
    ) -> Result<BallotCast, sqlx::Error> {
        let earlier: Option<(String, String)> = with_read_pool!(self, |pool| {
            sqlx::query_as(EARLIER_SUBMISSION)
                .bind(&pending.key)
                .fetch_optional(pool)
                .await?
        });
        Ok(match earlier {
            Some((stored, receipt)) if stored == pending.fingerprint => BallotCast::Replay(receipt),
            Some(_) => BallotCast::KeyReused,
            None => BallotCast::CodeUsed,
        })
    }

    /// Every ballot, ordered by receipt (an order that says nothing about when it was cast).
    pub async fn ballots(&self) -> Result<Vec<StoredBallot>, sqlx::Error> {
        let rows: Vec<(String, String, Option<String>)> = with_read_pool!(self, |pool| {
            sqlx::query_as("SELECT receipt, ballot, province FROM ballots ORDER BY receipt")
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|(receipt, ballot, province)| {
                Ok(StoredBallot {
                    receipt,
                    ballot: serde_json::from_str(&ballot)
                        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                    province,
                })
            })
            .collect()
    }

    /// The published list: receipts and choices.
    pub async fn published_ballots(&self) -> Result<Vec<PublishedBallot>, sqlx::Error> {
        Ok(self
            .ballots()
            .await?
            .into_iter()
            .map(|stored| PublishedBallot {
                receipt: stored.receipt,
                ballot: stored.ballot,
            })
            .collect())
    }
}
