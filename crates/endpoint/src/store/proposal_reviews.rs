//! The services' technical reviews of published proposals, one per proposal, replaced when
//! reviewed again before voting begins.
use crate::store::clock::today;
use crate::store::database::Database;
use crate::store::process_state::{CURRENT_PHASE, parse_phase};
use crate::{with_read_pool, with_write_pool};
use pb_core::api::{FeasibilityReview, ProposalReview, ProposalStatus};
use std::collections::BTreeMap;

/// Why a review was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// No proposal with that number.
    #[error("no proposal {0}")]
    NotFound(i64),
    /// Only published proposals are reviewed.
    #[error("proposal {0} is {1}; only published proposals are reviewed")]
    NotPublished(i64, &'static str),
    /// Voting has begun: what is on the ballot no longer changes.
    #[error("reviews cannot change once voting has begun")]
    VotingStarted,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

type ReviewRow = (
    i64,
    bool,
    String,
    String,
    Option<i64>,
    String,
    Option<String>,
);

impl Database {
    /// Stores the review of published proposal `id` (already checked) in place of an earlier one,
    /// keeping its link to a ballot project; returns the review before, if any, and after.
    pub async fn review_proposal(
        &self,
        id: i64,
        decision: &FeasibilityReview,
    ) -> Result<(Option<ProposalReview>, ProposalReview), ReviewError> {
        let translations =
            serde_json::to_string(&decision.reason_translations).unwrap_or_else(|_| "{}".into());
        let cost = decision
            .services_cost
            .map(|cost| i64::try_from(cost).unwrap_or(i64::MAX));
        let before = self.proposal_reviews().await?.remove(&id);
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let phase: String = sqlx::query_scalar(CURRENT_PHASE)
                .fetch_one(&mut *transaction)
                .await?;
            if !parse_phase(&phase)?.projects_can_change() {
                return Err(ReviewError::VotingStarted);
            }
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *transaction)
                    .await?;
            let status = status.ok_or(ReviewError::NotFound(id))?;
            let status = ProposalStatus::parse(&status).ok_or_else(|| {
                sqlx::Error::Decode(format!("unknown proposal status {status:?}").into())
            })?;
            if status != ProposalStatus::Published {
                return Err(ReviewError::NotPublished(id, status.as_str()));
            }
            sqlx::query(
                "INSERT INTO proposal_reviews \
                 (proposal_id, feasible, reason, reason_translations, services_cost, reviewed_on) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (proposal_id) DO UPDATE SET feasible = excluded.feasible, \
                 reason = excluded.reason, reason_translations = excluded.reason_translations, \
                 services_cost = excluded.services_cost, reviewed_on = excluded.reviewed_on",
            )
            .bind(id)
            .bind(decision.feasible)
            .bind(&decision.reason)
            .bind(&translations)
            .bind(cost)
            .bind(today())
            .execute(&mut *transaction)
            .await?;
            transaction.commit().await?;
        });
        let after = self
            .proposal_reviews()
            .await?
            .remove(&id)
            .ok_or(ReviewError::NotFound(id))?;
        Ok((before, after))
    }

    /// Every review, by proposal number.
    pub async fn proposal_reviews(&self) -> Result<BTreeMap<i64, ProposalReview>, sqlx::Error> {
        let rows: Vec<ReviewRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT proposal_id, feasible, reason, reason_translations, services_cost, \
                 reviewed_on, project_id FROM proposal_reviews ORDER BY proposal_id",
            )
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(
                |(id, feasible, reason, translations, cost, reviewed_on, project_id)| {
                    let review = ProposalReview {
                        decision: FeasibilityReview {
                            feasible,
                            reason,
                            reason_translations: serde_json::from_str(&translations)
                                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                            services_cost: cost.map(|cost| u64::try_from(cost).unwrap_or(0)),
                        },
                        reviewed_on,
                        project_id,
                    };
                    Ok((id, review))
                },
            )
            .collect()
    }
}
