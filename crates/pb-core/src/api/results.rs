//! Body of `GET /api/results`: tallies and the outcome, published once voting has ended.
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::{CatalogueProject, PublishedBallot, VotingRules};
use crate::election::{Ballot, Instance, Profile, Voter};
use crate::rules::{Explanation, Rule, outcome};

/// Votes one project received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectTally {
    /// Project id.
    pub project: String,
    /// Ballots naming the project.
    pub votes: u64,
    /// Points given to it (points ballots; 0 otherwise).
    pub points: i64,
}

/// Tallies, funded projects and why each project won or lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Results {
    /// The rule applied.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "mes-equalshares"))]
    pub rule: Rule,
    /// Money shared among the projects, in dirhams.
    pub budget: u64,
    /// Ballots counted.
    pub ballots: u64,
    /// Voter codes handed out, when the endpoint knows (the turnout is `ballots` out of these).
    #[serde(default)]
    pub voter_codes_issued: Option<u64>,
    /// Ids of the funded projects.
    pub selected: Vec<String>,
    /// Cost of the funded projects, in dirhams.
    pub spent: u64,
    /// Votes per project, in catalogue order.
    pub tallies: Vec<ProjectTally>,
    /// Per project, the reason it was funded or not (pb-core's explanation).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub explanation: Explanation,
}

/// The instance and profile of a finished vote: the catalogue as projects, each ballot as a
/// voter named by its receipt. The `.pb` export writes exactly this.
pub fn election_of(
    projects: &[CatalogueProject],
    ballots: &[PublishedBallot],
    voting: &VotingRules,
) -> (Instance, Profile) {
    let mut instance = Instance::approval(
        voting.budget,
        projects.iter().map(CatalogueProject::to_project).collect(),
    );
    instance.vote_type = voting.vote_type;
    instance.limits = voting.limits;
    let profile = Profile {
        voters: ballots
            .iter()
            .map(|published| Voter {
                id: published.receipt.clone(),
                ballot: published.ballot.clone(),
                extra: Vec::new(),
            })
            .collect(),
    };
    (instance, profile)
}

/// Tallies and outcome of a finished vote under the configured rule, with explanations; the
/// endpoint adds the number of voter codes issued.
pub fn compute_results(
    projects: &[CatalogueProject],
    ballots: &[PublishedBallot],
    voting: &VotingRules,
) -> Results {
    let (instance, profile) = election_of(projects, ballots, voting);
    let outcome = outcome(&instance, &profile, voting.rule, true);
    let mut tallies: Vec<ProjectTally> = projects
        .iter()
        .map(|project| ProjectTally {
            project: project.id.clone(),
            votes: 0,
            points: 0,
        })
        .collect();
    let position: BTreeMap<&str, usize> = projects
        .iter()
        .enumerate()
        .map(|(index, project)| (project.id.as_str(), index))
        .collect();
    for published in ballots {
        let points: Vec<(&str, i64)> = match &published.ballot {
            Ballot::Points { points } => points.iter().map(|(id, p)| (id.as_str(), *p)).collect(),
            other => other.projects().into_iter().map(|id| (id, 0)).collect(),
        };
        for (id, points) in points {
            if let Some(&index) = position.get(id) {
                tallies[index].votes += 1;
                tallies[index].points = tallies[index].points.saturating_add(points);
            }
        }
    }
    let spent = projects
        .iter()
        .filter(|project| outcome.selected.contains(&project.id))
        .map(|project| project.cost)
        .sum();
    Results {
        rule: voting.rule,
        budget: voting.budget,
        ballots: ballots.len() as u64,
        voter_codes_issued: None,
        selected: outcome.selected,
        spent,
        tallies,
        explanation: outcome.explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::VoteType;
    use crate::validation::BallotLimits;

    fn project(id: &str, cost: u64) -> CatalogueProject {
        CatalogueProject {
            id: id.to_owned(),
            name: id.to_uppercase(),
            cost,
            province: None,
            sectors: vec![],
            description: String::new(),
            translations: Default::default(),
        }
    }

    fn approval(receipt: &str, ids: &[&str]) -> PublishedBallot {
        PublishedBallot {
            receipt: receipt.to_owned(),
            ballot: Ballot::Approval {
                projects: ids.iter().map(|id| id.to_string()).collect(),
            },
        }
    }

    #[test]
    fn tallies_count_each_ballot_and_the_rule_picks_within_budget() {
        let projects = [project("a", 60), project("b", 50), project("c", 40)];
        let ballots = [
            approval("r1", &["a", "b"]),
            approval("r2", &["a"]),
            approval("r3", &["a", "c"]),
            approval("r4", &["c"]),
        ];
        let voting = VotingRules {
            vote_type: VoteType::Approval,
            limits: BallotLimits::default(),
            budget: 100,
            knapsack: false,
            province_budgets: vec![],
            rule: Rule::GreedyCost,
        };
        let results = compute_results(&projects, &ballots, &voting);
        let votes: Vec<u64> = results.tallies.iter().map(|t| t.votes).collect();
        assert_eq!(votes, vec![3, 1, 2]);
        assert_eq!(results.ballots, 4);
        assert_eq!(results.selected, vec!["a".to_owned(), "c".to_owned()]);
        assert_eq!(results.spent, 100);
        assert_eq!(results.explanation.projects.len(), 3);
    }
}
