//! Turns what a rule did into an [`Explanation`].

use super::equal_shares::{EqualSharesRun, Fate};
use super::greedy::GreedyStep;
use super::{
    Explanation, Fraction, PaidShare, ProjectExplanation, Reason, Rule, SpentOn, Supports,
};
use crate::election::Instance;

/// What a rule did, before it is explained.
pub enum Selection {
    /// A greedy pass.
    Greedy(Vec<GreedyStep>),
    /// An Equal Shares run, possibly completed greedily.
    EqualShares {
        /// The run.
        run: EqualSharesRun,
        /// Money per voter in the run.
        per_voter: Fraction,
        /// Greedy completion steps, if any.
        completion: Vec<GreedyStep>,
    },
}

impl Selection {
    /// Selected project indices in the order they were chosen.
    pub fn selected(&self) -> Vec<usize> {
        let greedy_selected = |steps: &[GreedyStep]| -> Vec<usize> {
            steps
                .iter()
                .filter(|s| s.selected)
                .map(|s| s.project)
                .collect()
        };
        match self {
            Selection::Greedy(steps) => greedy_selected(steps),
            Selection::EqualShares {
                run, completion, ..
            } => {
                let mut selected = run.selected.clone();
                selected.extend(greedy_selected(completion));
                selected
            }
        }
    }
}

/// Explains a selection.
pub fn explain(
    instance: &Instance,
    supports: &Supports,
    rule: Rule,
    selection: &Selection,
) -> Explanation {
    let money = |amount: f64| instance.amounts.in_units(amount);
    let exact = |amount: &Fraction| money(amount.to_f64());
    let projects = &instance.projects;
    let mut reasons: Vec<Vec<Reason>> = vec![Vec::new(); projects.len()];
    let greedy_reasons = |steps: &[GreedyStep], reasons: &mut Vec<Vec<Reason>>| {
        for step in steps {
            reasons[step.project].push(Reason::Greedy {
                rank: step.rank,
                remaining_before: money(step.remaining_before as f64),
                fitted: step.selected,
            });
        }
    };
    let mut per_voter_budget = None;
    match selection {
        Selection::Greedy(steps) => greedy_reasons(steps, &mut reasons),
        Selection::EqualShares {
            run,
            per_voter,
            completion,
        } => {
            per_voter_budget = Some(exact(per_voter));
            for (p, fate) in run.fates.iter().enumerate() {
                let reason = match fate {
                    Fate::Initial => continue,
                    Fate::ZeroCost => Reason::FreeProject,
                    Fate::FreeWithoutValue => Reason::FreeWithoutValue,
                    Fate::NoSupport => Reason::NoSupport,
                    Fate::Funded { round } => Reason::Funded {
                        round: *round,
                        payments: run.rounds[round - 1]
                            .payments
                            .iter()
                            .map(|paid| PaidShare {
                                voters: paid.voters,
                                amount: exact(&paid.amount),
                            })
                            .collect(),
                    },
                    Fate::Unaffordable {
                        after_round,
                        supporters_money,
                        spent_on,
                    } => Reason::SupportersRanOut {
                        after_round: *after_round,
                        supporters_money: exact(supporters_money),
                        spent_on: spent_on
                            .iter()
                            .map(|(funded, amount)| SpentOn {
                                project: projects[*funded].id.clone(),
                                amount: exact(amount),
                            })
                            .collect(),
                    },
                };
                reasons[p].push(reason);
            }
            greedy_reasons(completion, &mut reasons);
        }
    }
    let selected = selection.selected();
    let mut order = selected.clone();
    let mut others: Vec<usize> = (0..projects.len())
        .filter(|p| !selected.contains(p))
        .collect();
    others.sort_by(|&a, &b| {
        supports.approvals[b]
            .cmp(&supports.approvals[a])
            .then_with(|| projects[a].id.cmp(&projects[b].id))
    });
    order.extend(others);
    let spent = instance.total_cost(&selected);
    Explanation {
        rule,
        budget: money(instance.budget as f64),
        spent: money(spent as f64),
        per_voter_budget,
        projects: order
            .into_iter()
            .map(|p| ProjectExplanation {
                id: projects[p].id.clone(),
                name: projects[p].name.clone(),
                cost: money(projects[p].cost as f64),
                votes: supports.approvals[p],
                selected: selected.contains(&p),
                reasons: std::mem::take(&mut reasons[p]),
            })
            .collect(),
    }
}
