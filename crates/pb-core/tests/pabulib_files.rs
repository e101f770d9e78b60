//! Reading and writing pabulib `.pb` files: real-world shapes, malformed files, round trips.

use pb_core::election::{Ballot, VoteType};
use pb_core::pabulib::{Section, read_pb, write_pb};

const CUMULATIVE: &str = "\u{feff}META
key;value
description;Test \"district\"
budget;921012.06
vote_type;cumulative
max_sum_points;10
min_length;1
PROJECTS
project_id;cost;name;category;votes
1;500000;\"Park; playground\";culture,education;2
2;1200,5;Library;none;1
VOTES
voter_id;age;vote;points
a;34;1,2;7,3
b;none;1;10
c;51;;
";

#[test]
fn reads_meta_projects_and_points_ballots() {
    let file = read_pb(CUMULATIVE).unwrap();
    let instance = &file.instance;
    assert_eq!(instance.vote_type, VoteType::Cumulative);
    assert_eq!(instance.amounts.decimals, 2);
    assert_eq!(instance.budget, 92_101_206);
    assert_eq!(instance.limits.max_sum_points, Some(10));
    assert_eq!(instance.limits.min_length, Some(1));
    assert_eq!(
        instance.meta_value("description"),
        Some("Test \"district\"")
    );
    let park = &instance.projects[0];
    assert_eq!(
        (park.id.as_str(), park.cost, park.name.as_str()),
        ("1", 50_000_000, "Park; playground")
    );
    assert_eq!(park.categories, ["culture", "education"]);
    assert_eq!(park.extra, [("votes".to_owned(), "2".to_owned())]);
    assert_eq!(instance.projects[1].cost, 120_050);
    assert!(instance.projects[1].categories.is_empty());
    let voters = &file.profile.voters;
    assert_eq!(voters.len(), 3);
    assert_eq!(
        voters[0].ballot,
        Ballot::Points {
            points: vec![("1".into(), 7), ("2".into(), 3)]
        }
    );
    assert_eq!(voters[0].extra, [("age".to_owned(), "34".to_owned())]);
    assert!(voters[1].extra.is_empty());
    assert_eq!(voters[2].ballot, Ballot::Points { points: vec![] });
}

#[test]
fn written_files_read_back_equal() {
    let file = read_pb(CUMULATIVE).unwrap();
    let written = write_pb(&file);
    assert_eq!(read_pb(&written).unwrap(), file, "written:\n{written}");
}

fn error_of(text: &str) -> pb_core::pabulib::PbError {
    read_pb(text).expect_err("the file should be refused")
}

const APPROVAL_HEAD: &str = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;40\n2;70\nVOTES\nvoter_id;vote\n";

#[test]
fn malformed_files_name_the_section_line_and_field() {
    let unknown = error_of(&format!("{APPROVAL_HEAD}v1;1,3\n"));
    assert_eq!(
        (unknown.section, unknown.line, unknown.field.as_deref()),
        (Some(Section::Votes), 11, Some("vote"))
    );
    assert!(unknown.message.contains("`3`"), "{unknown}");
    assert_eq!(
        unknown.to_string(),
        "line 11 (VOTES), field `vote`: unknown project id `3`"
    );

    let bad_cost = error_of(
        "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;4x0\n",
    );
    assert_eq!(
        (bad_cost.section, bad_cost.line, bad_cost.field.as_deref()),
        (Some(Section::Projects), 7, Some("cost"))
    );

    let short_row = error_of(
        "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;40\n",
    );
    assert_eq!(
        (short_row.section, short_row.line),
        (Some(Section::Projects), 7)
    );

    let no_budget =
        error_of("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;40\n");
    assert_eq!(
        (no_budget.section, no_budget.field.as_deref()),
        (Some(Section::Meta), Some("budget"))
    );

    let bad_type =
        error_of("META\nkey;value\nbudget;1\nvote_type;lottery\nPROJECTS\nproject_id;cost\n");
    assert_eq!(
        (bad_type.line, bad_type.field.as_deref()),
        (4, Some("vote_type"))
    );

    let no_projects = error_of("META\nkey;value\nbudget;1\nvote_type;approval\n");
    assert_eq!(
        (no_projects.section, no_projects.line),
        (Some(Section::Projects), 0)
    );

    let twice = error_of(&format!("{APPROVAL_HEAD}v1;1\nv1;2\n"));
    assert_eq!((twice.line, twice.field.as_deref()), (12, Some("voter_id")));

    let open_quote = error_of(
        "META\nkey;value\nbudget;1\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;4;\"Park\n",
    );
    assert_eq!(
        (open_quote.section, open_quote.line),
        (Some(Section::Projects), 7)
    );

    let points = error_of(
        "META\nkey;value\nbudget;1\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote;points\nv;1;x\n",
    );
    assert_eq!((points.line, points.field.as_deref()), (10, Some("points")));

    // Found by the fuzzer: a repeated column could not be written back.
    let repeated = error_of(
        "META\nkey;value\nbudget;1\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;sex;sex;vote\nv;K;M;1\n",
    );
    assert_eq!(
        (repeated.section, repeated.line, repeated.field.as_deref()),
        (Some(Section::Votes), 9, Some("sex"))
    );

    let before = error_of("hello\nMETA\n");
    assert_eq!((before.section, before.line), (None, 1));
}

/// Every stored real instance reads, and reads back equal after writing.
#[test]
fn real_pabulib_instances_read_and_round_trip() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pabulib");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let file = read_pb(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!file.instance.projects.is_empty() && !file.profile.voters.is_empty());
        let again = read_pb(&write_pb(&file)).unwrap();
        assert!(again == file, "{} does not read back equal", path.display());
        read += 1;
    }
    assert!(
        read >= 3,
        "expected the stored instances in {}",
        dir.display()
    );
}
