//! The `pb` command: its output, exit codes and errors.

use std::process::{Command, Output};

fn pb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pb"))
        .args(args)
        .output()
        .unwrap()
}

fn stored(name: &str) -> String {
    format!("{}/tests/data/pabulib/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn outcome_prints_the_funded_ids_sorted_as_strings() {
    let output = pb(&[
        "outcome",
        "--rule",
        "greedy-cost",
        &stored("synthetic_ordinal.pb"),
    ]);
    assert!(output.status.success());
    let ids: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert!(!ids.is_empty());
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(
        ids.iter().any(|id| id.len() == 2),
        "two-digit ids sort as strings: {ids:?}"
    );
}

#[test]
fn explain_tells_why_each_project_won_or_lost() {
    let output = pb(&[
        "outcome",
        "--rule",
        "mes-cost",
        "--explain",
        &stored("synthetic_cumulative.pb"),
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("rule mes-cost: budget 120500.50"),
        "{text}"
    );
    assert!(
        text.contains("FUNDED") && text.contains("funded in round 1:"),
        "{text}"
    );
    assert!(
        text.contains("not funded") && text.contains("its supporters had only"),
        "{text}"
    );
}

#[test]
fn validate_and_stats() {
    let valid = pb(&["validate", &stored("synthetic_ordinal.pb")]);
    assert!(
        valid.status.success(),
        "{}",
        String::from_utf8_lossy(&valid.stdout)
    );
    // The approval file has empty ballots although it asks for at least one project.
    let invalid = pb(&["validate", &stored("synthetic_approval.pb")]);
    assert_eq!(invalid.status.code(), Some(1));
    assert!(
        String::from_utf8(invalid.stdout)
            .unwrap()
            .contains(": too_few_projects\n")
    );
    let stats = String::from_utf8(pb(&["stats", &stored("synthetic_approval.pb")]).stdout).unwrap();
    assert!(stats.contains("ballots          300\n"), "{stats}");
}

#[test]
fn bad_input_is_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("pb-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.pb");
    std::fs::write(
        &file,
        "META\nkey;value\nbudget;ten\nvote_type;approval\nPROJECTS\nproject_id;cost\n",
    )
    .unwrap();
    let output = pb(&["outcome", "--rule", "mes-cost", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.contains("line 3 (META), field `budget`"),
        "{message}"
    );
    let unknown = pb(&["outcome", "--rule", "lottery", file.to_str().unwrap()]);
    assert!(
        String::from_utf8(unknown.stderr)
            .unwrap()
            .contains("unknown rule `lottery`")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
