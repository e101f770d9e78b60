//! Casting ballots: one per voter code, once per idempotency key, with no link to the code.
use crate::clock::today;
use crate::database::Database;
use crate::store::process_state::parse_phase;
use crate::store::sha256_hex;
use crate::store::voter_codes::voter_code_hash;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{Phase, PublishedBallot};
use pb_core::election::Ballot;
use rand::RngCore;

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
    /// The process is not in the voting phase.
    NotVoting(Phase),
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

impl Database {
    /// Casts a validated ballot in one transaction: checks the phase and the key, marks the code
    /// used, stores the ballot with a fresh receipt and remembers the key.
    ///
    /// On PostgreSQL, two requests with the same key can race: the second waits for the first's
    /// code update, then finds the code used; it then answers with the first one's receipt.
    pub async fn cast_ballot(
        &self,
        key: &str,
        normalized_code: &str,
        ballot: &Ballot,
    ) -> Result<BallotCast, sqlx::Error> {
        let ballot_json = serde_json::to_string(ballot).unwrap_or_default();
        let fingerprint = sha256_hex(ballot_json.as_bytes());
        let cast = self
            .cast_ballot_once(key, normalized_code, &ballot_json, &fingerprint)
            .await?;
        if cast != BallotCast::CodeUsed {
            return Ok(cast);
        }
        let earlier: Option<(String, String)> = with_write_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT fingerprint, receipt FROM ballot_submissions WHERE idempotency_key = $1",
            )
            .bind(key)
            .fetch_optional(pool)
            .await?
        });
        Ok(match earlier {
            Some((stored, receipt)) if stored == fingerprint => BallotCast::Replay(receipt),
            Some(_) => BallotCast::KeyReused,
            None => BallotCast::CodeUsed,
        })
    }

    /// One attempt of [`Database::cast_ballot`] in one transaction.
    async fn cast_ballot_once(
        &self,
        key: &str,
        normalized_code: &str,
        ballot_json: &str,
        fingerprint: &str,
    ) -> Result<BallotCast, sqlx::Error> {
        let code_hash = voter_code_hash(normalized_code);
        let mut nonce = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let receipt = sha256_hex(&[&nonce[..], ballot_json.as_bytes()].concat());
        let cast = with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let phase: String = sqlx::query_scalar("SELECT phase FROM process_state WHERE id = 1")
                .fetch_one(&mut *transaction)
                .await?;
            let phase = parse_phase(&phase)?;
            let earlier: Option<(String, String)> = sqlx::query_as(
                "SELECT fingerprint, receipt FROM ballot_submissions WHERE idempotency_key = $1",
            )
            .bind(key)
            .fetch_optional(&mut *transaction)
            .await?;
            if let Some((stored, earlier_receipt)) = earlier {
                return Ok(if stored == fingerprint {
                    BallotCast::Replay(earlier_receipt)
                } else {
                    BallotCast::KeyReused
                });
            }
            if phase != Phase::Voting {
                return Ok(BallotCast::NotVoting(phase));
            }
            let claimed: Option<(Option<String>,)> = sqlx::query_as(
                "UPDATE voter_codes SET used = $1 WHERE code_hash = $2 AND used = $3 \
                 RETURNING province",
            )
            .bind(true)
            .bind(&code_hash)
            .bind(false)
            .fetch_optional(&mut *transaction)
            .await?;
            let Some((province,)) = claimed else {
                let exists: Option<bool> =
                    sqlx::query_scalar("SELECT used FROM voter_codes WHERE code_hash = $1")
                        .bind(&code_hash)
                        .fetch_optional(&mut *transaction)
                        .await?;
                return Ok(if exists.is_some() {
                    BallotCast::CodeUsed
                } else {
                    BallotCast::UnknownCode
                });
            };
            sqlx::query(
                "INSERT INTO ballots (receipt, ballot, province, cast_on) VALUES ($1, $2, $3, $4)",
            )
            .bind(&receipt)
            .bind(ballot_json)
            .bind(province)
            .bind(today())
            .execute(&mut *transaction)
            .await?;
            sqlx::query(
                "INSERT INTO ballot_submissions (idempotency_key, fingerprint, receipt) \
                 VALUES ($1, $2, $3)",
            )
            .bind(key)
            .bind(fingerprint)
            .bind(&receipt)
            .execute(&mut *transaction)
            .await?;
            transaction.commit().await?;
            BallotCast::New(receipt)
        });
        Ok(cast)
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
