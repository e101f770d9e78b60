//! One feasible proposal as the ballot project it may become, as the administrator edits it,
//! apart from its markup.
use pb_core::api::{CatalogueProject, ModeratedProposal, ProposalProject, proposal_project_id};
use pb_core::validation::read_whole_amount;

/// The editable project made from a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectDraft {
    /// Number of the proposal.
    pub proposal_id: i64,
    /// Whether it goes on the ballot in this step.
    pub chosen: bool,
    /// Name on the ballot.
    pub name: String,
    /// Description on the ballot.
    pub description: String,
    /// Cost as typed.
    pub cost: String,
    /// Province.
    pub province: String,
    /// Sectors.
    pub sectors: Vec<String>,
}

impl ProjectDraft {
    /// The draft of a reviewed proposal: its title, description, province and sector, and the
    /// services' estimate (else the citizen's); chosen unless already on the ballot.
    pub fn of(proposal: &ModeratedProposal) -> Self {
        let published = &proposal.proposal;
        let review = proposal.review.as_ref();
        let cost = review
            .and_then(|review| review.decision.services_cost)
            .unwrap_or(published.estimated_cost);
        ProjectDraft {
            proposal_id: published.id,
            chosen: review.is_none_or(|review| review.project_id.is_none()),
            name: published.title.clone(),
            description: published.description.clone(),
            cost: cost.to_string(),
            province: published.province.clone(),
            sectors: vec![published.sector.clone()],
        }
    }

    /// Whether the proposal is reviewed as feasible, so it may become a project.
    pub fn may_become_a_project(proposal: &ModeratedProposal) -> bool {
        proposal
            .review
            .as_ref()
            .is_some_and(|review| review.decision.feasible)
    }

    /// The project to send, or `None` when the cost is not a whole amount.
    pub fn to_project(&self) -> Option<ProposalProject> {
        let cost = read_whole_amount(&self.cost).ok()?;
        Some(ProposalProject {
            proposal_id: self.proposal_id,
            project: CatalogueProject {
                id: proposal_project_id(self.proposal_id),
                name: self.name.trim().to_owned(),
                cost,
                province: Some(self.province.clone()).filter(|p| !p.is_empty()),
                sectors: self.sectors.clone(),
                description: self.description.trim().to_owned(),
                translations: Default::default(),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::api::{FeasibilityReview, ProposalReview, ProposalStatus, PublishedProposal};

    fn reviewed(
        feasible: bool,
        services_cost: Option<u64>,
        project: Option<&str>,
    ) -> ModeratedProposal {
        ModeratedProposal {
            proposal: PublishedProposal {
                id: 7,
                title: "Eau potable".to_owned(),
                description: "Réseau du douar".to_owned(),
                province: "Azilal".to_owned(),
                commune: "Ait Mhamed".to_owned(),
                sector: "water".to_owned(),
                estimated_cost: 2_500_000,
                submitted_on: "2027-02-01".to_owned(),
                merged_from: vec![],
            },
            status: ProposalStatus::Published,
            rejection_reason: None,
            merged_into: None,
            contact: None,
            review: Some(ProposalReview {
                decision: FeasibilityReview {
                    feasible,
                    reason: "Oui".to_owned(),
                    reason_translations: Default::default(),
                    services_cost,
                },
                reviewed_on: "2027-03-20".to_owned(),
                project_id: project.map(str::to_owned),
            }),
        }
    }

    #[test]
    fn a_draft_starts_from_the_proposal_with_the_services_estimate() {
        let draft = ProjectDraft::of(&reviewed(true, Some(1_800_000), None));
        assert!(draft.chosen);
        assert_eq!(draft.cost, "1800000");
        assert_eq!(draft.sectors, ["water"]);
        let project = draft.to_project().unwrap();
        assert_eq!(project.project.id, "proposal-7");
        assert_eq!(project.project.cost, 1_800_000);
        assert_eq!(project.project.province.as_deref(), Some("Azilal"));
        let citizen_cost = ProjectDraft::of(&reviewed(true, None, Some("proposal-7")));
        assert_eq!(citizen_cost.cost, "2500000");
        assert!(!citizen_cost.chosen, "already on the ballot");
    }

    #[test]
    fn only_feasible_proposals_become_projects_and_a_bad_cost_is_held_back() {
        assert!(ProjectDraft::may_become_a_project(&reviewed(
            true, None, None
        )));
        assert!(!ProjectDraft::may_become_a_project(&reviewed(
            false, None, None
        )));
        let mut draft = ProjectDraft::of(&reviewed(true, None, None));
        draft.cost = "beaucoup".to_owned();
        assert_eq!(draft.to_project(), None);
    }
}
