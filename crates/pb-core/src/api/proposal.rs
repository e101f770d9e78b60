//! Citizen proposals: what a citizen submits, and what is published after moderation.
use serde::{Deserialize, Serialize};

/// Body of `POST /api/proposals`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalSubmission {
    /// Short title.
    pub title: String,
    /// What should be done, where and why.
    pub description: String,
    /// One of the process's provinces.
    pub province: String,
    /// Commune (municipality) concerned.
    pub commune: String,
    /// One of the process's sectors.
    pub sector: String,
    /// Estimated cost in dirhams.
    pub estimated_cost: u64,
    /// Optional e-mail or phone number so the region can ask questions; never published.
    #[serde(default)]
    pub contact: Option<String>,
}

/// Answer to an accepted proposal: it waits for moderation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalAccepted {
    /// Number of the proposal.
    pub id: i64,
    /// Always `pending` on submission.
    pub status: ProposalStatus,
}

/// Where a proposal stands in moderation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    /// Waiting for moderation.
    Pending,
    /// Public.
    Published,
    /// Refused, with a reason.
    Rejected,
    /// Folded into another proposal.
    Merged,
}

impl ProposalStatus {
    /// The status as JSON and the database spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "pending",
            ProposalStatus::Published => "published",
            ProposalStatus::Rejected => "rejected",
            ProposalStatus::Merged => "merged",
        }
    }

    /// Reads the spelling of [`ProposalStatus::as_str`].
    pub fn parse(text: &str) -> Option<ProposalStatus> {
        [
            ProposalStatus::Pending,
            ProposalStatus::Published,
            ProposalStatus::Rejected,
            ProposalStatus::Merged,
        ]
        .into_iter()
        .find(|status| status.as_str() == text)
    }
}

/// A published proposal, as anyone may read it (no contact details).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedProposal {
    /// Number of the proposal.
    pub id: i64,
    /// Short title.
    pub title: String,
    /// Description, as plain text.
    pub description: String,
    /// Province.
    pub province: String,
    /// Commune.
    pub commune: String,
    /// Sector.
    pub sector: String,
    /// Estimated cost in dirhams.
    pub estimated_cost: u64,
    /// Day it was submitted (YYYY-MM-DD, UTC).
    pub submitted_on: String,
    /// Numbers of the proposals merged into this one.
    pub merged_from: Vec<i64>,
}

/// A proposal as moderators see it, with its status and contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModeratedProposal {
    /// The proposal as it would be published.
    #[serde(flatten)]
    pub proposal: PublishedProposal,
    /// Moderation status.
    pub status: ProposalStatus,
    /// Reason given when rejected.
    pub rejection_reason: Option<String>,
    /// The proposal this one was merged into.
    pub merged_into: Option<i64>,
    /// Contact the citizen left, if any.
    pub contact: Option<String>,
}
