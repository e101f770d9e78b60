//! Greedy utilitarian welfare: projects in order of satisfaction per dirham, skipping what no longer fits.

use std::cmp::Ordering;

use super::{Satisfaction, Supports};
use crate::election::Instance;

/// One project as the greedy rule reached it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GreedyStep {
    /// Project index.
    pub project: usize,
    /// 1-based position in the greedy order.
    pub rank: usize,
    /// Budget left (smallest units) when the project was reached.
    pub remaining_before: u64,
    /// Whether it fitted and was selected.
    pub selected: bool,
}

/// Satisfaction per unit of cost, compared exactly: `num / den`, with `den == 0` meaning infinite.
#[derive(Debug, Clone, Copy)]
struct Density {
    num: u128,
    den: u128,
}

impl Density {
    fn of(approvals: u64, cost: u64, satisfaction: Satisfaction) -> Self {
        // Total satisfaction over cost; a free project is infinitely dense if it brings satisfaction at all.
        match (approvals, cost, satisfaction) {
            (0, _, _) | (_, 0, Satisfaction::Cost) => Density { num: 0, den: 1 },
            (_, 0, Satisfaction::Cardinality) => Density { num: 1, den: 0 },
            (a, _, Satisfaction::Cost) => Density {
                num: a.into(),
                den: 1,
            },
            (a, c, Satisfaction::Cardinality) => Density {
                num: a.into(),
                den: c.into(),
            },
        }
    }

    fn cmp(self, other: Density) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

/// Runs the greedy rule from an initial selection (`initial`, e.g. an Equal Shares outcome), as pabutools'
/// `greedy_utilitarian_welfare` does: highest density first, ties broken by project id; a project is selected
/// when its cost fits in what is left. Returns every project reached, in order.
pub fn greedy(
    instance: &Instance,
    supports: &Supports,
    satisfaction: Satisfaction,
    initial: &[usize],
) -> Vec<GreedyStep> {
    let projects = &instance.projects;
    let spent = instance.total_cost(initial);
    let mut remaining = instance.budget.saturating_sub(spent);
    let mut order: Vec<usize> = (0..projects.len())
        .filter(|p| !initial.contains(p))
        .collect();
    let density = |p: usize| Density::of(supports.approvals[p], projects[p].cost, satisfaction);
    order.sort_by(|&a, &b| {
        density(b)
            .cmp(density(a))
            .then_with(|| projects[a].id.cmp(&projects[b].id))
    });
    let fits_initially = spent <= instance.budget;
    order
        .into_iter()
        .enumerate()
        .map(|(position, project)| {
            let cost = projects[project].cost;
            let selected = fits_initially && cost <= remaining;
            let step = GreedyStep {
                project,
                rank: position + 1,
                remaining_before: remaining,
                selected,
            };
            if selected {
                remaining -= cost;
            }
            step
        })
        .collect()
}
