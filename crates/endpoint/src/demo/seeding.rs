//! Seeding the demonstration's database once, through the same store functions the API uses,
//! each step written to the audit log as the API would.
use crate::demo::seed_data::{
    DEMO_ACCOUNTS, DEMO_CODES, DemoFate, demo_projects, demo_proposals, fit_problems,
};
use crate::store::audit_log::NewAuditEntry;
use crate::store::catalogue::ReplaceCatalogueError;
use crate::store::database::Database;
use crate::store::demo_mark::DemoMark;
use crate::store::proposals::{ModerationError, ProposalStored};
use crate::store::staff_accounts::CreateAccountError;
use crate::store::voter_codes::VoterCodeBatch;
use pb_core::api::{Moderation, Phase, ProcessConfig};
use serde_json::json;

/// The audit actor of the seeding.
pub const DEMO_ACTOR: &str = "demo";

/// Why the demonstration could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The database holds data that is not the demonstration's.
    #[error(
        "the demo database holds other data: --demo seeds only a new, empty database \
         (give --demo-database-url another one)"
    )]
    NotEmpty,
    /// An earlier seeding stopped half-way.
    #[error(
        "an earlier seeding of the demo database did not finish: delete it (or give \
         --demo-database-url a new one) and start again"
    )]
    Unfinished,
    /// The example data does not fit the process file.
    #[error("the demo's example data does not fit the process file: {}", .0.join("; "))]
    DoesNotFit(Vec<String>),
    /// An example proposal was not stored as a new one.
    #[error("the example proposal {title:?} was not stored: {outcome:?}")]
    ProposalNotStored {
        /// Its title.
        title: String,
        /// What the store answered.
        outcome: ProposalStored,
    },
    /// A moderation decision was refused.
    #[error(transparent)]
    Moderation(#[from] ModerationError),
    /// The ballot could not be stored.
    #[error(transparent)]
    Catalogue(#[from] ReplaceCatalogueError),
    /// An account could not be created.
    #[error(transparent)]
    Account(#[from] CreateAccountError),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// What preparing the demonstration did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoSeeding {
    /// Seeded now: the example batch with its codes in plain text (never stored).
    Seeded(VoterCodeBatch),
    /// Seeded at an earlier start; nothing was added.
    AlreadySeeded,
}

/// Seeds a new database with the example process and marks it, or leaves a database seeded
/// before as it is; refuses a database holding anything else, or a half-seeded one.
pub async fn prepare_demo(
    database: &Database,
    process: &ProcessConfig,
) -> Result<DemoSeeding, DemoError> {
    match database.demo_mark().await? {
        DemoMark::Seeded => return Ok(DemoSeeding::AlreadySeeded),
        DemoMark::Unfinished => return Err(DemoError::Unfinished),
        DemoMark::NotDemo => {}
    }
    let problems = fit_problems(process);
    if !problems.is_empty() {
        return Err(DemoError::DoesNotFit(problems));
    }
    if !database.claim_for_demo().await? {
        return Err(DemoError::NotEmpty);
    }
    let batch = seed(database).await?;
    database.finish_demo_seeding().await?;
    Ok(DemoSeeding::Seeded(batch))
}

/// Stores the example proposals and moderates them, the ballot, the batch of codes and the
/// accounts, leaving the process in the proposals phase; returns the batch.
async fn seed(database: &Database) -> Result<VoterCodeBatch, DemoError> {
    database.set_phase(Phase::Proposals).await?;
    for (number, proposal) in demo_proposals().into_iter().enumerate() {
        let key = format!("demo-proposal-{number}");
        let id = match database
            .store_proposal(&key, &proposal.submission, None)
            .await?
        {
            ProposalStored::New(id) => id,
            outcome => {
                return Err(DemoError::ProposalNotStored {
                    title: proposal.submission.title,
                    outcome,
                });
            }
        };
        let (decision, action) = match proposal.fate {
            DemoFate::Pending => continue,
            DemoFate::Published => (Moderation::Publish, "proposal.publish"),
            DemoFate::Refused(reason) => (
                Moderation::Reject {
                    reason: reason.to_owned(),
                },
                "proposal.reject",
            ),
        };
        let (before, after) = database.moderate(id, &decision).await?;
        let entry = NewAuditEntry::new(DEMO_ACTOR, action, format!("proposal {id}"))
            .before(json!({ "status": before.as_str() }))
            .after(json!({
                "status": after.status.as_str(),
                "rejection_reason": after.rejection_reason,
            }));
        database.append_audit(&entry).await?;
    }
    let projects = demo_projects();
    database.replace_catalogue(&projects, &[]).await?;
    let ids: Vec<&str> = projects.iter().map(|project| project.id.as_str()).collect();
    let entry = NewAuditEntry::new(DEMO_ACTOR, "projects.import", "project list")
        .after(json!({ "count": ids.len(), "ids": ids }));
    database.append_audit(&entry).await?;
    let batch = database
        .create_voter_codes(
            DEMO_CODES.count,
            DEMO_CODES.label,
            Some(DEMO_CODES.province),
            Some(DEMO_CODES.place),
        )
        .await?;
    let entry = NewAuditEntry::new(
        DEMO_ACTOR,
        "voter_codes.create",
        format!("batch {}", batch.id),
    )
    .after(json!({
        "batch": batch.id,
        "label": DEMO_CODES.label,
        "place": DEMO_CODES.place,
        "province": DEMO_CODES.province,
        "count": batch.codes.len(),
    }));
    database.append_audit(&entry).await?;
    for account in DEMO_ACCOUNTS {
        database
            .add_staff_account(&account.new_account(), Some(account.password), DEMO_ACTOR)
            .await?;
    }
    Ok(batch)
}
