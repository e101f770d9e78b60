//! Ballots checked against the rules of a process, with the stable codes the endpoint and the app use.

use std::collections::BTreeSet;

use pb_core::election::{Ballot, Project, VoteType};
use pb_core::validation::{
    BallotLimits, BallotRules, BallotViolation, ProvinceBudget, validate_ballot,
};

fn projects() -> Vec<Project> {
    let mut list = vec![
        Project::new("school", 600),
        Project::new("clinic", 500),
        Project::new("road", 300),
    ];
    list[0].province = Some("Azilal".into());
    list[1].province = Some("Azilal".into());
    list[2].province = Some("Khouribga".into());
    list
}

fn rules() -> BallotRules {
    BallotRules {
        vote_type: VoteType::Approval,
        limits: BallotLimits {
            min_length: Some(1),
            max_length: Some(2),
            ..BallotLimits::default()
        },
        knapsack_budget: Some(1000),
        province_budgets: vec![ProvinceBudget {
            province: "Azilal".into(),
            budget: 900,
        }],
        closed_projects: BTreeSet::from(["road".to_owned()]),
    }
}

fn approve(ids: &[&str]) -> Ballot {
    Ballot::Approval {
        projects: ids.iter().map(|id| id.to_string()).collect(),
    }
}

fn codes(ballot: &Ballot, rules: &BallotRules) -> Vec<&'static str> {
    match validate_ballot(ballot, &projects(), rules) {
        Ok(()) => vec![],
        Err(violations) => violations.iter().map(BallotViolation::code).collect(),
    }
}

#[test]
fn a_ballot_within_the_rules_passes() {
    assert_eq!(codes(&approve(&["school"]), &rules()), Vec::<&str>::new());
}

#[test]
fn every_broken_rule_is_reported_with_its_code() {
    assert_eq!(codes(&approve(&[]), &rules()), ["too_few_projects"]);
    assert_eq!(
        codes(&approve(&["school", "clinic"]), &rules()),
        ["over_budget", "province_over_budget"]
    );
    assert_eq!(codes(&approve(&["road"]), &rules()), ["project_not_open"]);
    assert_eq!(codes(&approve(&["park"]), &rules()), ["unknown_project"]);
    assert_eq!(
        codes(&approve(&["school", "school"]), &rules()),
        ["duplicate_project"]
    );
    let mut open = rules();
    open.closed_projects.clear();
    open.knapsack_budget = None;
    open.province_budgets.clear();
    assert_eq!(
        codes(&approve(&["school", "clinic", "road"]), &open),
        ["too_many_projects"]
    );
    let points = Ballot::Points {
        points: vec![("school".into(), 3)],
    };
    assert_eq!(codes(&points, &rules()), ["wrong_ballot_type"]);
}

#[test]
fn violations_carry_their_figures_for_the_message() {
    let Err(violations) = validate_ballot(&approve(&["school", "clinic"]), &projects(), &rules())
    else {
        panic!("over budget");
    };
    assert_eq!(
        violations[0],
        BallotViolation::OverBudget {
            limit: 1000,
            total: 1100
        }
    );
    let json = serde_json::to_value(&violations[1]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "code": "province_over_budget", "province": "Azilal", "limit": 900, "total": 1100 })
    );
}

#[test]
fn points_ballots_respect_per_project_and_total_points() {
    let rules = BallotRules {
        vote_type: VoteType::Cumulative,
        limits: BallotLimits {
            max_points: Some(5),
            max_sum_points: Some(6),
            ..BallotLimits::default()
        },
        knapsack_budget: None,
        province_budgets: vec![],
        closed_projects: BTreeSet::new(),
    };
    let ok = Ballot::Points {
        points: vec![("school".into(), 5), ("road".into(), 1)],
    };
    assert_eq!(codes(&ok, &rules), Vec::<&str>::new());
    let bad = Ballot::Points {
        points: vec![("school".into(), 6), ("road".into(), -1)],
    };
    assert_eq!(
        codes(&bad, &rules),
        ["points_out_of_range", "points_out_of_range"]
    );
    let too_many = Ballot::Points {
        points: vec![("school".into(), 4), ("road".into(), 4)],
    };
    assert_eq!(codes(&too_many, &rules), ["too_many_points"]);
}

#[test]
fn huge_points_cannot_wrap_around_the_total_limit() {
    let rules = BallotRules {
        vote_type: VoteType::Cumulative,
        limits: BallotLimits {
            max_sum_points: Some(10),
            ..BallotLimits::default()
        },
        knapsack_budget: None,
        province_budgets: vec![],
        closed_projects: BTreeSet::new(),
    };
    // In i64 these add up to -2 after wrapping around.
    let wrapping = Ballot::Points {
        points: vec![("school".into(), i64::MAX), ("road".into(), i64::MAX)],
    };
    assert_eq!(codes(&wrapping, &rules), ["too_many_points"]);
}
