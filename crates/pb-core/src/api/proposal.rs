//! Citizen proposals: what a citizen submits, and what is published after moderation.
use super::review::ProposalReview;
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
    /// The services' technical review, once made.
    #[serde(default)]
    pub review: Option<ProposalReview>,
}

/// A proposal as anyone may follow it by its number (`GET /api/proposals/{id}`): where it stands
/// and why, never the contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalFollowUp {
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
    /// Day it was submitted (YYYY-MM-DD, UTC).
    pub submitted_on: String,
    /// Where it stands: `pending` (under review), `published`, `rejected` or `merged`.
    pub status: ProposalStatus,
    /// Why the region refused it, when rejected.
    pub rejection_reason: Option<String>,
    /// The proposal it was merged into, when merged.
    pub merged_into: Option<ProposalLink>,
    /// Numbers of the proposals merged into this one.
    pub merged_from: Vec<i64>,
    /// Whether the region's services found a published proposal feasible, once reviewed. The
    /// review's fields are flat here, not a nested object: each nested type costs the citizens'
    /// download its own deserializer.
    #[serde(default)]
    pub feasible: Option<bool>,
    /// The review's public reason, once reviewed: in the language asked for (`?lang=`), else in
    /// French.
    #[serde(default)]
    pub review_reason: Option<String>,
    /// The services' cost estimate, shown instead of the citizen's.
    #[serde(default)]
    pub services_cost: Option<u64>,
    /// The id of the ballot project made from a published proposal, once there is one.
    #[serde(default)]
    pub project_id: Option<String>,
}

/// Another proposal named by its number and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalLink {
    /// Number of the proposal.
    pub id: i64,
    /// Its title.
    pub title: String,
}

impl ProposalFollowUp {
    /// What anyone may read of a moderated proposal: never the contact, and the citizen's text
    /// (title, description, commune) only once moderators let it through (published or merged), so
    /// a pending or refused text is never shown; with the title of the proposal it was merged
    /// into, if any, looked up by `title_of`; the review's reason in `language` (else French).
    pub fn of(
        moderated: ModeratedProposal,
        title_of: impl Fn(i64) -> Option<String>,
        language: &str,
    ) -> Self {
        let ModeratedProposal {
            proposal,
            status,
            rejection_reason,
            merged_into,
            contact: _,
            review,
        } = moderated;
        let review = review.filter(|_| status == ProposalStatus::Published);
        let shown = matches!(status, ProposalStatus::Published | ProposalStatus::Merged);
        let text = |text: String| if shown { text } else { String::new() };
        ProposalFollowUp {
            id: proposal.id,
            title: text(proposal.title),
            description: text(proposal.description),
            province: proposal.province,
            commune: text(proposal.commune),
            sector: proposal.sector,
            submitted_on: proposal.submitted_on,
            status,
            rejection_reason: rejection_reason.filter(|_| status == ProposalStatus::Rejected),
            merged_into: merged_into
                .filter(|_| status == ProposalStatus::Merged)
                .map(|id| ProposalLink {
                    id,
                    title: title_of(id).unwrap_or_default(),
                }),
            merged_from: proposal.merged_from,
            feasible: review.as_ref().map(|review| review.decision.feasible),
            review_reason: review
                .as_ref()
                .map(|review| review.decision.reason_in(language).to_owned()),
            services_cost: review
                .as_ref()
                .and_then(|review| review.decision.services_cost),
            project_id: review.and_then(|review| review.project_id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moderated(
        status: ProposalStatus,
        reason: Option<&str>,
        into: Option<i64>,
    ) -> ModeratedProposal {
        ModeratedProposal {
            proposal: PublishedProposal {
                id: 7,
                title: "Bibliothèque".to_owned(),
                description: "Pour les élèves".to_owned(),
                province: "Azilal".to_owned(),
                commune: "Tabant".to_owned(),
                sector: "education".to_owned(),
                estimated_cost: 100,
                submitted_on: "2026-12-01".to_owned(),
                merged_from: vec![3],
            },
            status,
            rejection_reason: reason.map(str::to_owned),
            merged_into: into,
            contact: Some("0600000000".to_owned()),
            review: None,
        }
    }

    #[test]
    fn a_followed_proposal_keeps_its_reason_and_merge_but_never_the_contact() {
        let rejected = ProposalFollowUp::of(
            moderated(ProposalStatus::Rejected, Some("Hors compétence"), None),
            |_| None,
            "fr",
        );
        assert_eq!(
            rejected.rejection_reason.as_deref(),
            Some("Hors compétence")
        );
        assert_eq!(rejected.merged_into, None);
        assert_eq!(
            (rejected.title.as_str(), rejected.description.as_str()),
            ("", ""),
            "a refused text is never shown"
        );
        assert_eq!(rejected.merged_from, [3]);
        let json = serde_json::to_string(&rejected).unwrap();
        assert!(
            !json.contains("0600000000") && !json.contains("contact"),
            "{json}"
        );

        let merged = ProposalFollowUp::of(
            moderated(ProposalStatus::Merged, None, Some(2)),
            |id| (id == 2).then(|| "Terrain de sport".to_owned()),
            "fr",
        );
        assert_eq!(
            merged.merged_into,
            Some(ProposalLink {
                id: 2,
                title: "Terrain de sport".to_owned()
            })
        );
    }

    #[test]
    fn a_reason_or_merge_left_from_another_status_is_not_shown() {
        let published = ProposalFollowUp::of(
            moderated(ProposalStatus::Published, Some("old"), Some(2)),
            |_| Some("x".to_owned()),
            "fr",
        );
        assert_eq!(published.rejection_reason, None);
        assert_eq!(published.merged_into, None);
    }
}
