//! Outcome rules on small instances whose answers are worked out by hand.

use pb_core::election::{Ballot, Instance, Profile, Project, Voter};
use pb_core::rules::{Reason, Rule, outcome};

fn instance(budget: u64, projects: &[(&str, u64)]) -> Instance {
    Instance::approval(
        budget,
        projects
            .iter()
            .map(|(id, cost)| Project::new(*id, *cost))
            .collect(),
    )
}

fn approvals(ballots: &[(usize, &[&str])]) -> Profile {
    let mut voters = Vec::new();
    for (copies, projects) in ballots {
        for _ in 0..*copies {
            let projects = projects.iter().map(|p| p.to_string()).collect();
            voters.push(Voter {
                id: voters.len().to_string(),
                ballot: Ballot::Approval { projects },
                extra: vec![],
            });
        }
    }
    Profile { voters }
}

fn winners(instance: &Instance, profile: &Profile, rule: Rule) -> Vec<String> {
    outcome(instance, profile, rule, true).selected
}

/// 51 voters want ten red projects, 49 want ten blue ones, and the money buys ten (the motivating example
/// of equalshares.net): greedy gives everything to the majority; Equal Shares funds 5 red and 4 blue, and
/// its completion 5 and 5.
#[test]
fn equal_shares_is_proportional_where_greedy_is_not() {
    let red: Vec<String> = (0..10).map(|i| format!("red{i}")).collect();
    let blue: Vec<String> = (0..10).map(|i| format!("blue{i}")).collect();
    let projects: Vec<(&str, u64)> = red
        .iter()
        .chain(&blue)
        .map(|id| (id.as_str(), 100))
        .collect();
    let instance = instance(1000, &projects);
    let red_ids: Vec<&str> = red.iter().map(String::as_str).collect();
    let blue_ids: Vec<&str> = blue.iter().map(String::as_str).collect();
    let profile = approvals(&[(51, &red_ids), (49, &blue_ids)]);
    let count =
        |winners: &[String], prefix: &str| winners.iter().filter(|w| w.starts_with(prefix)).count();

    let greedy = winners(&instance, &profile, Rule::GreedyCost);
    assert_eq!((count(&greedy, "red"), count(&greedy, "blue")), (10, 0));
    let mes = winners(&instance, &profile, Rule::MesCost);
    assert_eq!((count(&mes, "red"), count(&mes, "blue")), (5, 4));
    let completed = winners(&instance, &profile, Rule::MesEqualShares);
    assert_eq!(
        (count(&completed, "red"), count(&completed, "blue")),
        (5, 5)
    );
    // Ties between projects of equal support go to the smallest id.
    assert_eq!(&mes[..4], ["blue0", "blue1", "blue2", "blue3"]);
}

/// Five voters with 10 each. Y (7, voter a) is cheapest per supporter and goes first; then X (33, voters a to d):
/// a has only 3 left and pays it, b, c and d pay 10 each. Z (11, voter e) never fits e's 10.
#[test]
fn equal_shares_charges_poorer_supporters_what_they_have_left() {
    let instance = instance(50, &[("X", 33), ("Y", 7), ("Z", 11)]);
    let profile = approvals(&[(1, &["X", "Y"]), (3, &["X"]), (1, &["Z"])]);
    let result = outcome(&instance, &profile, Rule::MesCard, true);
    assert_eq!(result.selected, ["X", "Y"]);
    let explanation = &result.explanation;
    assert_eq!(explanation.per_voter_budget, Some(10.0));
    let order: Vec<&str> = explanation.projects.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(order, ["Y", "X", "Z"]);
    let Reason::Funded { round, payments } = &explanation.projects[1].reasons[0] else {
        panic!("X should be funded: {:?}", explanation.projects[1]);
    };
    assert_eq!(*round, 2);
    let paid: Vec<(u64, f64)> = payments.iter().map(|p| (p.voters, p.amount)).collect();
    assert_eq!(paid, [(3, 10.0), (1, 3.0)]);
    let Reason::SupportersRanOut {
        after_round,
        supporters_money,
        ..
    } = &explanation.projects[2].reasons[0]
    else {
        panic!(
            "Z should lose for lack of money: {:?}",
            explanation.projects[2]
        );
    };
    assert_eq!((*after_round, *supporters_money), (0, 10.0));
}

/// The explanation names the funded projects a losing project's supporters spent their money on.
#[test]
fn a_losing_project_shows_where_its_supporters_money_went() {
    let instance = instance(30, &[("A", 24), ("B", 9)]);
    let profile = approvals(&[(2, &["A", "B"]), (1, &["A"])]);
    let result = outcome(&instance, &profile, Rule::MesCost, true);
    assert_eq!(result.selected, ["A"]);
    let b = result
        .explanation
        .projects
        .iter()
        .find(|p| p.id == "B")
        .unwrap();
    let Reason::SupportersRanOut {
        after_round,
        supporters_money,
        spent_on,
    } = &b.reasons[0]
    else {
        panic!("B should lose for lack of money: {b:?}");
    };
    assert_eq!((*after_round, *supporters_money), (1, 4.0));
    assert_eq!(spent_on.len(), 1);
    assert_eq!(
        (spent_on[0].project.as_str(), spent_on[0].amount),
        ("A", 16.0)
    );
}

/// Z's supporters a and b paid for X from two groups (a had 3 left after Y, b still had 10): X is named once,
/// with the 13 they paid together, and Z's supporters had only e's 10 left after round 2.
#[test]
fn a_funded_project_paid_from_several_groups_is_named_once_in_a_losing_projects_explanation() {
    let instance = instance(50, &[("X", 33), ("Y", 7), ("Z", 23)]);
    let profile = approvals(&[
        (1, &["X", "Y", "Z"]),
        (1, &["X", "Z"]),
        (2, &["X"]),
        (1, &["Z"]),
    ]);
    let result = outcome(&instance, &profile, Rule::MesCard, true);
    assert_eq!(result.selected, ["X", "Y"]);
    let z = result
        .explanation
        .projects
        .iter()
        .find(|p| p.id == "Z")
        .unwrap();
    let Reason::SupportersRanOut {
        after_round,
        supporters_money,
        spent_on,
    } = &z.reasons[0]
    else {
        panic!("Z should lose for lack of money: {z:?}");
    };
    assert_eq!((*after_round, *supporters_money), (2, 10.0));
    let spent: Vec<(&str, f64)> = spent_on
        .iter()
        .map(|s| (s.project.as_str(), s.amount))
        .collect();
    assert_eq!(spent, [("X", 13.0), ("Y", 7.0)]);
}

/// Two voters share 100 000 000: Equal Shares alone funds only the project both want (each pays 20 000 000).
/// The completion raises each share until the second voter's own project fits, 20 000 000 later, which is
/// found in a few dozen runs instead of twenty million.
#[test]
fn the_completion_raises_the_shares_of_a_few_voters_by_millions_at_once() {
    let instance = instance(
        100_000_000,
        &[("p1", 60_000_000), ("p2", 50_000_000), ("p3", 40_000_000)],
    );
    let profile = approvals(&[(1, &["p1", "p3"]), (1, &["p2", "p3"])]);
    assert_eq!(winners(&instance, &profile, Rule::MesCost), ["p3"]);
    let result = outcome(&instance, &profile, Rule::MesEqualShares, true);
    assert_eq!(result.selected, ["p2", "p3"]);
    assert_eq!(result.explanation.per_voter_budget, Some(70_000_000.0));
    assert_eq!(result.explanation.spent, 90_000_000.0);
}

/// Greedy by votes skips what no longer fits and goes on; greedy by votes per dirham prefers cheap projects.
#[test]
fn greedy_rules_skip_what_does_not_fit() {
    let instance = instance(
        100,
        &[("big", 80), ("mid", 30), ("small", 20), ("tiny", 10)],
    );
    let profile = approvals(&[(6, &["big"]), (4, &["mid", "small"]), (1, &["tiny"])]);
    // By votes: big (6) fits, leaving 20; mid and small tie (4) and mid, the smaller id, comes first but does
    // not fit; small does; tiny no longer fits.
    let result = outcome(&instance, &profile, Rule::GreedyCost, true);
    assert_eq!(result.selected, ["big", "small"]);
    let mid = result
        .explanation
        .projects
        .iter()
        .find(|p| p.id == "mid")
        .unwrap();
    assert_eq!(
        mid.reasons,
        [Reason::Greedy {
            rank: 2,
            remaining_before: 20.0,
            fitted: false
        }]
    );
    // Per dirham: small 4/20, mid 4/30, tiny 1/10, big 6/80: the first three fit, big no longer does.
    assert_eq!(
        winners(&instance, &profile, Rule::GreedyCard),
        ["mid", "small", "tiny"]
    );
}

/// With no ballots, Equal Shares funds nothing; its completion fills the budget in id order.
#[test]
fn no_ballots() {
    let instance = instance(50, &[("b", 30), ("a", 30), ("c", 20)]);
    let profile = Profile::default();
    assert!(winners(&instance, &profile, Rule::MesCost).is_empty());
    assert_eq!(
        winners(&instance, &profile, Rule::MesEqualShares),
        ["a", "c"]
    );
}

/// A free project gives no satisfaction when satisfaction is its cost: cost-based Equal Shares leaves it out
/// (as pabutools does), the cardinality one funds it at once, and the completion adds it.
#[test]
fn a_free_project_under_each_rule() {
    let instance = instance(100, &[("free", 0), ("paid", 60)]);
    let profile = approvals(&[(3, &["free", "paid"])]);
    assert_eq!(winners(&instance, &profile, Rule::MesCost), ["paid"]);
    assert_eq!(
        winners(&instance, &profile, Rule::MesCard),
        ["free", "paid"]
    );
    assert_eq!(
        winners(&instance, &profile, Rule::MesEqualShares),
        ["free", "paid"]
    );
    let result = outcome(&instance, &profile, Rule::MesCost, true);
    let free = result
        .explanation
        .projects
        .iter()
        .find(|p| p.id == "free")
        .unwrap();
    assert_eq!(free.reasons, [Reason::FreeWithoutValue]);
}
