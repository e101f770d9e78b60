//! Citizen proposals: stored as pending, published, rejected or merged by moderators.
use crate::store::clock::today;
use crate::store::database::Database;
use crate::store::process_state::{CURRENT_PHASE, parse_phase};
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{
    ModeratedProposal, Moderation, Phase, ProposalFollowUp, ProposalReview, ProposalStatus,
    ProposalSubmission, PublishedProposal,
};
use std::collections::BTreeMap;

/// What became of a submitted proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalStored {
    /// Stored now, with its number.
    New(i64),
    /// The same submission was stored before under this key: its number.
    Replay(i64),
    /// The key was used for a different submission.
    KeyReused,
    /// The process is not in the proposals phase.
    NotProposals(Phase),
}

/// Why a moderation decision was refused.
#[derive(Debug, thiserror::Error)]
pub enum ModerationError {
    /// No proposal with that number.
    #[error("no proposal {0}")]
    NotFound(i64),
    /// The decision does not fit the proposal's state (already rejected, merged into itself…).
    #[error("{0}")]
    Conflict(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

type ProposalRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
);

const PROPOSAL_COLUMNS: &str = "id, title, description, province, commune, sector, estimated_cost, \
     submitted_on, status, rejection_reason, merged_into, contact";

impl Database {
    /// Stores a validated proposal as pending, once per idempotency key, in the proposals phase
    /// (a replay is answered in any phase), with the workshop token it came through.
    pub async fn store_proposal(
        &self,
        key: &str,
        proposal: &ProposalSubmission,
        workshop_token_id: Option<i64>,
    ) -> Result<ProposalStored, sqlx::Error> {
        let fingerprint = sha256_hex(&serde_json::to_vec(proposal).unwrap_or_default());
        let contact = proposal
            .contact
            .as_deref()
            .map(str::trim)
            .filter(|contact| !contact.is_empty());
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let earlier: Option<(i64, String)> =
                sqlx::query_as("SELECT id, fingerprint FROM proposals WHERE idempotency_key = $1")
                    .bind(key)
                    .fetch_optional(&mut *transaction)
                    .await?;
            if let Some((id, stored)) = earlier {
                return Ok(if stored == fingerprint {
                    ProposalStored::Replay(id)
                } else {
                    ProposalStored::KeyReused
                });
            }
            let phase: String = sqlx::query_scalar(CURRENT_PHASE)
                .fetch_one(&mut *transaction)
                .await?;
            let phase = parse_phase(&phase)?;
            if phase != Phase::Proposals {
                return Ok(ProposalStored::NotProposals(phase));
            }
            let inserted: Option<i64> = sqlx::query_scalar(
                "INSERT INTO proposals (title, description, province, commune, sector, \
                 estimated_cost, contact, status, submitted_on, idempotency_key, fingerprint, \
                 workshop_token_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
            )
            .bind(proposal.title.trim())
            .bind(proposal.description.trim())
            .bind(&proposal.province)
            .bind(proposal.commune.trim())
            .bind(&proposal.sector)
            .bind(i64::try_from(proposal.estimated_cost).unwrap_or(i64::MAX))
            .bind(contact)
            .bind(ProposalStatus::Pending.as_str())
            .bind(today())
            .bind(key)
            .bind(&fingerprint)
            .bind(workshop_token_id)
            .fetch_optional(&mut *transaction)
            .await?;
            transaction.commit().await?;
            if let Some(id) = inserted {
                return Ok(ProposalStored::New(id));
            }
            // Another request with the same key committed between our check and insert.
            let (id, stored): (i64, String) =
                sqlx::query_as("SELECT id, fingerprint FROM proposals WHERE idempotency_key = $1")
                    .bind(key)
                    .fetch_one(pool)
                    .await?;
            Ok(if stored == fingerprint {
                ProposalStored::Replay(id)
            } else {
                ProposalStored::KeyReused
            })
        })
    }

    /// Every proposal with the given status (all when `None`), in submission order.
    pub async fn proposals(
        &self,
        status: Option<ProposalStatus>,
    ) -> Result<Vec<ModeratedProposal>, sqlx::Error> {
        let (rows, merges) = with_read_pool!(self, |pool| {
            let rows: Vec<ProposalRow> = sqlx::query_as(&format!(
                "SELECT {PROPOSAL_COLUMNS} FROM proposals \
                 WHERE ($1 IS NULL OR status = $1) ORDER BY id"
            ))
            .bind(status.map(ProposalStatus::as_str))
            .fetch_all(pool)
            .await?;
            let merges: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT id, merged_into FROM proposals WHERE merged_into IS NOT NULL ORDER BY id",
            )
            .fetch_all(pool)
            .await?;
            (rows, merges)
        });
        let mut reviews = self.proposal_reviews().await?;
        let mut merged_from: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for (id, into) in merges {
            merged_from.entry(into).or_default().push(id);
        }
        rows.into_iter()
            .map(|row| moderated(row, &mut merged_from, &mut reviews))
            .collect()
    }

    /// The published proposals, without contact details.
    pub async fn published_proposals(&self) -> Result<Vec<PublishedProposal>, sqlx::Error> {
        Ok(self
            .proposals(Some(ProposalStatus::Published))
            .await?
            .into_iter()
            .map(|moderated| moderated.proposal)
            .collect())
    }

    /// The proposal with this number as anyone may follow it (never the contact), if there is one,
    /// with its review's reason in `language`.
    pub async fn followed_proposal(
        &self,
        id: i64,
        language: &str,
    ) -> Result<Option<ProposalFollowUp>, sqlx::Error> {
        Ok(self
            .followed_proposals(language)
            .await?
            .into_iter()
            .find(|proposal| proposal.id == id))
    }

    /// Every proposal the region has decided on (published, rejected or merged), with its status
    /// and reason (a review's in `language`), in submission order; never the contact.
    pub async fn decided_proposals(
        &self,
        language: &str,
    ) -> Result<Vec<ProposalFollowUp>, sqlx::Error> {
        Ok(self
            .followed_proposals(language)
            .await?
            .into_iter()
            .filter(|proposal| proposal.status != ProposalStatus::Pending)
            .collect())
    }

    /// Every proposal as anyone may follow it, with the titles of those merged into.
    async fn followed_proposals(
        &self,
        language: &str,
    ) -> Result<Vec<ProposalFollowUp>, sqlx::Error> {
        let all = self.proposals(None).await?;
        let titles: BTreeMap<i64, String> = all
            .iter()
            .map(|moderated| (moderated.proposal.id, moderated.proposal.title.clone()))
            .collect();
        Ok(all
            .into_iter()
            .map(|moderated| {
                ProposalFollowUp::of(moderated, |id| titles.get(&id).cloned(), language)
            })
            .collect())
    }

    /// Applies a moderation decision in one transaction; returns the status before it and the
    /// proposal as it is now.
    pub async fn moderate(
        &self,
        id: i64,
        decision: &Moderation,
    ) -> Result<(ProposalStatus, ModeratedProposal), ModerationError> {
        let before = with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *transaction)
                    .await?;
            let status = status.ok_or(ModerationError::NotFound(id))?;
            if status != ProposalStatus::Pending.as_str()
                && status != ProposalStatus::Published.as_str()
            {
                return Err(ModerationError::Conflict(format!(
                    "proposal {id} is {status}; only pending or published proposals can be moderated"
                )));
            }
            let (new_status, reason, into) = match decision {
                Moderation::Publish => (ProposalStatus::Published, None, None),
                Moderation::Reject { reason } => {
                    (ProposalStatus::Rejected, Some(reason.trim()), None)
                }
                Moderation::Merge { into } => {
                    let target: Option<String> =
                        sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1")
                            .bind(*into)
                            .fetch_optional(&mut *transaction)
                            .await?;
                    if *into == id || target.as_deref() != Some(ProposalStatus::Published.as_str())
                    {
                        return Err(ModerationError::Conflict(format!(
                            "proposal {id} can only be merged into another published proposal"
                        )));
                    }
                    (ProposalStatus::Merged, None, Some(*into))
                }
            };
            sqlx::query(
                "UPDATE proposals SET status = $1, rejection_reason = $2, merged_into = $3 \
                 WHERE id = $4",
            )
            .bind(new_status.as_str())
            .bind(reason)
            .bind(into)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
            transaction.commit().await?;
            status
        });
        let before = ProposalStatus::parse(&before).ok_or_else(|| {
            sqlx::Error::Decode(format!("unknown proposal status {before:?}").into())
        })?;
        let after = self
            .proposals(None)
            .await?
            .into_iter()
            .find(|proposal| proposal.proposal.id == id)
            .ok_or(ModerationError::NotFound(id))?;
        Ok((before, after))
    }
}

/// Builds a proposal from its row, taking the numbers merged into it and its review.
fn moderated(
    row: ProposalRow,
    merged_from: &mut BTreeMap<i64, Vec<i64>>,
    reviews: &mut BTreeMap<i64, ProposalReview>,
) -> Result<ModeratedProposal, sqlx::Error> {
    let (
        id,
        title,
        description,
        province,
        commune,
        sector,
        cost,
        submitted_on,
        status,
        reason,
        into,
        contact,
    ) = row;
    let status = ProposalStatus::parse(&status)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown proposal status {status:?}").into()))?;
    Ok(ModeratedProposal {
        proposal: PublishedProposal {
            id,
            title,
            description,
            province,
            commune,
            sector,
            estimated_cost: u64::try_from(cost).unwrap_or_default(),
            submitted_on,
            merged_from: merged_from.remove(&id).unwrap_or_default(),
        },
        status,
        rejection_reason: reason,
        merged_into: into,
        contact,
        review: reviews.remove(&id),
    })
}
