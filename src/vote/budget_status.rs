//! What the chosen projects use of the ballot's limits: money, number of projects, and each
//! province's envelope; shown by the budget bar.
use pb_core::api::{CatalogueProject, VotingRules};

/// Money and count used by a selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetStatus {
    /// Cost of the chosen projects.
    pub spent: u64,
    /// The ballot's money limit, if it has one (knapsack vote).
    pub limit: Option<u64>,
    /// Projects chosen.
    pub count: u32,
    /// Most projects a ballot may name, if limited.
    pub max_count: Option<u32>,
    /// Per province with its own envelope: name, spent, limit.
    pub provinces: Vec<(String, u64, u64)>,
}

impl BudgetStatus {
    /// Money left under the limit (0 when over it).
    pub fn left(&self) -> Option<u64> {
        self.limit.map(|limit| limit.saturating_sub(self.spent))
    }
}

/// The status of choosing `chosen` among `projects` under `rules`.
pub fn budget_status(
    projects: &[CatalogueProject],
    chosen: &[String],
    rules: &VotingRules,
) -> BudgetStatus {
    let picked: Vec<&CatalogueProject> =
        projects.iter().filter(|p| chosen.contains(&p.id)).collect();
    let ballot_rules = rules.ballot_rules();
    BudgetStatus {
        spent: picked.iter().map(|p| p.cost).sum(),
        limit: ballot_rules.cost_limit(),
        count: picked.len() as u32,
        max_count: ballot_rules.max_projects(),
        provinces: rules
            .province_budgets
            .iter()
            .map(|envelope| {
                let spent = picked
                    .iter()
                    .filter(|p| p.province.as_deref() == Some(&envelope.province))
                    .map(|p| p.cost)
                    .sum();
                (envelope.province.clone(), spent, envelope.budget)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::election::VoteType;
    use pb_core::rules::Rule;
    use pb_core::validation::{BallotLimits, ProvinceBudget};

    fn project(id: &str, province: &str, cost: u64) -> CatalogueProject {
        CatalogueProject {
            id: id.to_owned(),
            name: id.to_owned(),
            cost,
            province: Some(province.to_owned()),
            sectors: vec![],
            description: String::new(),
            translations: Default::default(),
        }
    }

    #[test]
    fn money_left_count_and_province_envelopes_follow_the_choice() {
        let projects = [
            project("a", "Azilal", 60),
            project("b", "Azilal", 30),
            project("c", "Khénifra", 50),
        ];
        let rules = VotingRules {
            vote_type: VoteType::Approval,
            limits: BallotLimits {
                max_length: Some(2),
                ..Default::default()
            },
            budget: 100,
            knapsack: true,
            province_budgets: vec![ProvinceBudget {
                province: "Azilal".to_owned(),
                budget: 70,
            }],
            rule: Rule::GreedyCost,
        };
        let chosen = ["a".to_owned(), "c".to_owned()];
        let status = budget_status(&projects, &chosen, &rules);
        assert_eq!(
            (status.spent, status.limit, status.left()),
            (110, Some(100), Some(0))
        );
        assert_eq!((status.count, status.max_count), (2, Some(2)));
        assert_eq!(status.provinces, [("Azilal".to_owned(), 60, 70)]);
        let free = VotingRules {
            knapsack: false,
            ..rules
        };
        assert_eq!(budget_status(&projects, &chosen, &free).left(), None);
    }
}
