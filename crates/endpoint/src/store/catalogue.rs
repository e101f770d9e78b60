//! The list of projects on the ballot.
use crate::store::database::Database;
use crate::store::process_state::{CURRENT_PHASE, parse_phase};
use crate::{with_read_pool, with_write_pool};
use pb_core::api::CatalogueProject;

/// Why a project list could not be replaced.
#[derive(Debug, thiserror::Error)]
pub enum ReplaceCatalogueError {
    /// Voting has begun (or ended): the list people vote on must not change.
    #[error("the project list cannot change once voting has begun")]
    VotingStarted,
    /// A project was to come from a proposal that is not reviewed as feasible.
    #[error("proposal {0} is not reviewed as feasible")]
    NotFeasible(i64),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl Database {
    /// The projects in list order.
    pub async fn catalogue(&self) -> Result<Vec<CatalogueProject>, sqlx::Error> {
        let rows = with_read_pool!(self, |pool| {
            sqlx::query_as::<_, (String, String, i64, Option<String>, String, String, String)>(
                "SELECT id, name, cost, province, sectors, description, translations \
                 FROM projects ORDER BY position",
            )
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(
                |(id, name, cost, province, sectors, description, translations)| {
                    Ok(CatalogueProject {
                        id,
                        name,
                        cost: u64::try_from(cost).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                        province,
                        sectors: serde_json::from_str(&sectors)
                            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                        description,
                        translations: serde_json::from_str(&translations)
                            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                    })
                },
            )
            .collect()
    }

    /// Replaces the whole list (already validated), in one transaction, unless voting has begun;
    /// `from_proposals` links feasible proposals (by number) to the project made from each (by
    /// id), and a proposal whose project left the list loses its link.
    pub async fn replace_catalogue(
        &self,
        projects: &[CatalogueProject],
        from_proposals: &[(i64, String)],
    ) -> Result<(), ReplaceCatalogueError> {
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let phase: String = sqlx::query_scalar(CURRENT_PHASE)
                .fetch_one(&mut *transaction)
                .await?;
            if !parse_phase(&phase)?.projects_can_change() {
                return Err(ReplaceCatalogueError::VotingStarted);
            }
            sqlx::query("DELETE FROM projects")
                .execute(&mut *transaction)
                .await?;
            for (position, project) in projects.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO projects \
                     (position, id, name, cost, province, sectors, description, translations) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(position as i64)
                .bind(&project.id)
                .bind(&project.name)
                .bind(i64::try_from(project.cost).unwrap_or(i64::MAX))
                .bind(&project.province)
                .bind(serde_json::to_string(&project.sectors).unwrap_or_else(|_| "[]".to_owned()))
                .bind(&project.description)
                .bind(
                    serde_json::to_string(&project.translations)
                        .unwrap_or_else(|_| "{}".to_owned()),
                )
                .execute(&mut *transaction)
                .await?;
            }
            for (proposal_id, project_id) in from_proposals {
                let linked = sqlx::query(
                    "UPDATE proposal_reviews SET project_id = $1 \
                     WHERE proposal_id = $2 AND feasible",
                )
                .bind(project_id)
                .bind(proposal_id)
                .execute(&mut *transaction)
                .await?;
                if linked.rows_affected() == 0 {
                    return Err(ReplaceCatalogueError::NotFeasible(*proposal_id));
                }
            }
            sqlx::query(
                "UPDATE proposal_reviews SET project_id = NULL \
                 WHERE project_id IS NOT NULL AND project_id NOT IN (SELECT id FROM projects)",
            )
            .execute(&mut *transaction)
            .await?;
            sqlx::query(
                "UPDATE process_state SET catalogue_version = catalogue_version + 1 WHERE id = 1",
            )
            .execute(&mut *transaction)
            .await?;
            transaction.commit().await?;
        });
        Ok(())
    }
}
