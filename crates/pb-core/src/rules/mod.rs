//! Outcome rules: which projects are funded, and why. They give the same winners as pabutools.

pub mod completed_equal_shares;
pub mod equal_shares;
pub mod explanation;
pub mod fraction;
pub mod greedy;
pub mod satisfaction;
pub mod support;

mod explanation_builder;
mod reason_fields;

pub use explanation::{Explanation, PaidShare, ProjectExplanation, Reason, SpentOn};
pub use fraction::Fraction;
pub use satisfaction::Satisfaction;
pub use support::Supports;

use serde::{Deserialize, Serialize};

use crate::election::{Instance, Profile};

/// An outcome rule; the region's default is Equal Shares completed as equalshares.net recommends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    /// Greedy by supporters per dirham (pabutools `greedy_utilitarian_welfare` with `Cardinality_Sat`).
    #[serde(rename = "greedy-card")]
    GreedyCard,
    /// Greedy by number of supporters: "most votes first, skip what no longer fits" (`Cost_Sat`).
    #[serde(rename = "greedy-cost")]
    GreedyCost,
    /// Method of Equal Shares with cost satisfaction.
    #[serde(rename = "mes-cost")]
    MesCost,
    /// Method of Equal Shares with cardinality satisfaction.
    #[serde(rename = "mes-card")]
    MesCard,
    /// Equal Shares with cost satisfaction, budget raised per voter, completed greedily (equalshares.net).
    #[default]
    #[serde(rename = "mes-equalshares")]
    MesEqualShares,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 5] = [
        Rule::GreedyCard,
        Rule::GreedyCost,
        Rule::MesCost,
        Rule::MesCard,
        Rule::MesEqualShares,
    ];

    /// The rule's name as the `pb` tool and the configuration spell it.
    pub fn name(self) -> &'static str {
        match self {
            Rule::GreedyCard => "greedy-card",
            Rule::GreedyCost => "greedy-cost",
            Rule::MesCost => "mes-cost",
            Rule::MesCard => "mes-card",
            Rule::MesEqualShares => "mes-equalshares",
        }
    }

    /// Reads a rule name.
    pub fn parse(name: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.name() == name)
    }
}

/// The funded projects and the explanation of the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Ids of the funded projects, sorted as strings.
    pub selected: Vec<String>,
    /// Why each project won or lost (detailed Equal Shares reasons only when asked for).
    pub explanation: Explanation,
}

/// Computes the outcome of `rule`; with `detailed`, Equal Shares also records where losing projects'
/// supporters spent their money (slower).
pub fn outcome(instance: &Instance, profile: &Profile, rule: Rule, detailed: bool) -> Outcome {
    let supports = Supports::new(instance, profile);
    let selection = match rule {
        Rule::GreedyCard | Rule::GreedyCost => {
            let satisfaction = if rule == Rule::GreedyCard {
                Satisfaction::Cardinality
            } else {
                Satisfaction::Cost
            };
            explanation_builder::Selection::Greedy(greedy::greedy(
                instance,
                &supports,
                satisfaction,
                &[],
            ))
        }
        Rule::MesCost | Rule::MesCard => {
            let satisfaction = if rule == Rule::MesCost {
                Satisfaction::Cost
            } else {
                Satisfaction::Cardinality
            };
            let per_voter = equal_shares::equal_share(instance, &supports);
            let run = equal_shares::equal_shares(
                instance,
                &supports,
                satisfaction,
                &per_voter,
                &[],
                detailed,
            );
            explanation_builder::Selection::EqualShares {
                run,
                per_voter,
                completion: Vec::new(),
            }
        }
        Rule::MesEqualShares => {
            let completed =
                completed_equal_shares::completed_equal_shares(instance, &supports, detailed);
            explanation_builder::Selection::EqualShares {
                run: completed.run,
                per_voter: completed.per_voter,
                completion: completed.completion,
            }
        }
    };
    let explanation = explanation_builder::explain(instance, &supports, rule, &selection);
    let mut selected: Vec<String> = selection
        .selected()
        .into_iter()
        .map(|p| instance.projects[p].id.clone())
        .collect();
    selected.sort();
    Outcome {
        selected,
        explanation,
    }
}
