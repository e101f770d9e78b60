//! Properties every outcome must have, on random small instances.

use num_rational::BigRational;
use proptest::prelude::*;

use pb_core::election::{Ballot, Instance, Profile, Project, Voter};
use pb_core::rules::equal_shares::{equal_share, equal_shares};
use pb_core::rules::{Fraction, Rule, Satisfaction, Supports, outcome};

/// A random approval election: up to 8 projects (some free), up to 30 voters.
fn election() -> impl Strategy<Value = (Instance, Profile)> {
    (1usize..8, 0u64..250).prop_flat_map(|(projects, budget)| {
        let costs = prop::collection::vec(prop_oneof![1 => Just(0u64), 9 => 1u64..120], projects);
        let ballots = prop::collection::vec(prop::collection::vec(any::<bool>(), projects), 0..30);
        (costs, ballots).prop_map(move |(costs, ballots)| {
            let projects = costs
                .iter()
                .enumerate()
                .map(|(i, &cost)| Project::new(format!("p{i}"), cost))
                .collect();
            let voters = ballots
                .iter()
                .enumerate()
                .map(|(v, approved)| Voter {
                    id: v.to_string(),
                    ballot: Ballot::Approval {
                        projects: (0..approved.len())
                            .filter(|&i| approved[i])
                            .map(|i| format!("p{i}"))
                            .collect(),
                    },
                    extra: vec![],
                })
                .collect();
            (Instance::approval(budget, projects), Profile { voters })
        })
    })
}

fn cost_of(instance: &Instance, ids: &[String]) -> u64 {
    ids.iter()
        .map(|id| instance.project(id).unwrap().cost)
        .sum()
}

fn rational(fraction: &Fraction) -> BigRational {
    BigRational::new(fraction.num().clone(), fraction.den().clone())
}

proptest! {
    #[test]
    fn no_outcome_exceeds_the_budget((instance, profile) in election()) {
        for rule in Rule::ALL {
            let selected = outcome(&instance, &profile, rule, false).selected;
            prop_assert!(cost_of(&instance, &selected) <= instance.budget, "{rule:?} overspends");
        }
    }

    #[test]
    fn greedy_rules_are_exhaustive((instance, profile) in election()) {
        for rule in [Rule::GreedyCard, Rule::GreedyCost, Rule::MesEqualShares] {
            let selected = outcome(&instance, &profile, rule, false).selected;
            let left = instance.budget - cost_of(&instance, &selected);
            for project in &instance.projects {
                prop_assert!(
                    selected.contains(&project.id) || project.cost > left,
                    "{rule:?} leaves {} out although it fits in {left}", project.id
                );
            }
        }
    }

    /// Replays every Equal Shares round voter by voter in exact arithmetic: each supporter pays the round's
    /// price times their satisfaction, or what they have left; payments cover the cost exactly and no voter
    /// ever pays more than their share.
    #[test]
    fn equal_shares_payments_never_exceed_a_voters_share((instance, profile) in election()) {
        let supports = Supports::new(&instance, &profile);
        for satisfaction in [Satisfaction::Cost, Satisfaction::Cardinality] {
            let share = equal_share(&instance, &supports);
            let run = equal_shares(&instance, &supports, satisfaction, &share, &[], false);
            let mut left = vec![rational(&share); supports.voters.len()];
            for round in &run.rounds {
                let cost = instance.projects[round.project].cost;
                let due = rational(&round.price) * BigRational::from_integer(satisfaction.of(cost).into());
                let mut paid = BigRational::from_integer(0.into());
                for (v, budget) in left.iter_mut().enumerate() {
                    if supports.supports(v, round.project as u32) {
                        let payment = due.clone().min(budget.clone());
                        *budget -= &payment;
                        paid += payment;
                    }
                }
                prop_assert_eq!(paid, BigRational::from_integer(cost.into()));
            }
            prop_assert!(left.iter().all(|budget| *budget >= BigRational::from_integer(0.into())));
        }
    }

    #[test]
    fn the_result_does_not_depend_on_ballot_order((instance, profile) in election(), seed in any::<u64>()) {
        let mut shuffled = profile.clone();
        let n = shuffled.voters.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize;
            shuffled.voters.swap(i, j);
        }
        for rule in Rule::ALL {
            prop_assert_eq!(
                outcome(&instance, &profile, rule, false).selected,
                outcome(&instance, &shuffled, rule, false).selected
            );
        }
    }
}
