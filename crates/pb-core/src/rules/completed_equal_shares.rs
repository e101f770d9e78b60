//! Equal Shares completed as equalshares.net recommends: raise every voter's budget by one unit (dirham) at a
//! time while the outcome stays within the budget and is not exhaustive, then fill what is left greedily by
//! number of votes (pabutools: `method_of_equal_shares(..., Cost_Sat, voter_budget_increment=1)` followed by
//! `greedy_utilitarian_welfare(..., Cost_Sat)` in `completion_by_rule_combination`).
//!
//! Raises that leave the outcome unchanged are skipped: the next raise that changes it is found by doubling
//! the raise, then halving the gap, so a few voters sharing millions of dirhams need dozens of runs, not
//! millions. This gives the unit-by-unit result whenever the raises keeping an outcome are consecutive.

use num_bigint::BigInt;

use super::equal_shares::{EqualSharesRun, equal_share, equal_shares};
use super::greedy::{GreedyStep, greedy};
use super::{Fraction, Satisfaction, Supports};
use crate::election::Instance;

/// The completed outcome: the Equal Shares run kept, the budget per voter it used, and the greedy steps after it.
pub struct CompletedEqualShares {
    /// The last Equal Shares run within the budget (or the first exhaustive one).
    pub run: EqualSharesRun,
    /// Money per voter in that run, in smallest units.
    pub per_voter: Fraction,
    /// Greedy completion steps (empty when the run was already exhaustive).
    pub completion: Vec<GreedyStep>,
}

/// Runs the completed Equal Shares (cost satisfaction).
pub fn completed_equal_shares(
    instance: &Instance,
    supports: &Supports,
    explain: bool,
) -> CompletedEqualShares {
    let voters = BigInt::from(supports.voters.len().max(1));
    let step = BigInt::from(instance.amounts.one()) * &voters;
    let candidates: Vec<usize> = (0..instance.projects.len())
        .filter(|&p| supports.approvals[p] > 0 && instance.projects[p].cost > 0)
        .collect();
    let run_with = |per_voter: &Fraction, explain: bool| {
        equal_shares(
            instance,
            supports,
            Satisfaction::Cost,
            per_voter,
            &[],
            explain,
        )
    };
    let mut per_voter = equal_share(instance, supports);
    let mut run = run_with(&per_voter, false);
    if !supports.voters.is_empty() {
        while !is_exhaustive(instance, &run.selected, &candidates) {
            let raised = |units: u64| {
                Fraction::new(
                    per_voter.num() + &step * BigInt::from(units),
                    voters.clone(),
                )
            };
            // The first raise (in whole units per voter) that changes the outcome: raising one unit at
            // a time would take millions of runs when a few voters share a budget of millions.
            let (mut same, mut changed) = (0u64, 1u64);
            let mut next = run_with(&raised(changed), false);
            while next.selected == run.selected {
                (same, changed) = (changed, changed * 2);
                next = run_with(&raised(changed), false);
            }
            while changed - same > 1 {
                let middle = same + (changed - same) / 2;
                let run_in_middle = run_with(&raised(middle), false);
                if run_in_middle.selected == run.selected {
                    same = middle;
                } else {
                    (changed, next) = (middle, run_in_middle);
                }
            }
            if instance.total_cost(&next.selected) > instance.budget {
                per_voter = raised(same);
                break;
            }
            (run, per_voter) = (next, raised(changed));
        }
    }
    if explain {
        run = run_with(&per_voter, true);
    }
    let all: Vec<usize> = (0..instance.projects.len()).collect();
    let completion = if is_exhaustive(instance, &run.selected, &all) {
        Vec::new()
    } else {
        greedy(instance, supports, Satisfaction::Cost, &run.selected)
    };
    CompletedEqualShares {
        run,
        per_voter,
        completion,
    }
}

/// Whether no project of `available` outside `selected` still fits in the budget.
fn is_exhaustive(instance: &Instance, selected: &[usize], available: &[usize]) -> bool {
    let spent = instance.total_cost(selected);
    !available
        .iter()
        .any(|p| !selected.contains(p) && spent + instance.projects[*p].cost <= instance.budget)
}
