//! Fuzzes the API's request bodies as the endpoint reads them: the first byte picks the body
//! (proposal, ballot, project list), the rest is read as its JSON and checked by the same
//! functions the endpoint uses, against the region's process file. Nothing may panic, and a body
//! that reads also writes and reads back equal.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pb_core::api::{
    BallotSubmission, CatalogueImport, ProcessConfig, ProposalSubmission, normalize_voter_code,
    validate_catalogue,
};
use pb_core::election::{Ballot, Project};
use pb_core::validation::{ProposalRules, validate_ballot, validate_proposal};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;
use std::sync::LazyLock;

const PROCESS: &str = include_str!("../../../../public/data/bmk/process.json");

static PROCESS_CONFIG: LazyLock<ProcessConfig> =
    LazyLock::new(|| serde_json::from_str(PROCESS).expect("the published process file reads"));

/// Projects on the ballot: a few in provinces, one region-wide.
static CATALOGUE: LazyLock<Vec<Project>> = LazyLock::new(|| {
    let import: CatalogueImport = serde_json::from_str(
        r#"{"projects": [
            {"id": "p1", "name": "Piste", "cost": 40000000, "province": "Azilal", "sectors": ["roads_transport"]},
            {"id": "p2", "name": "Centre de santé", "cost": 30000000, "province": "Béni Mellal", "sectors": ["health"]},
            {"id": "p3", "name": "Eau", "cost": 50000000, "sectors": ["water"]}
        ]}"#,
    )
    .expect("the catalogue reads");
    import.projects.iter().map(|p| p.to_project()).collect()
});

/// Reads `body` as `T`; when it reads, checks it writes and reads back equal.
fn read<T: DeserializeOwned + Serialize + PartialEq + Debug>(body: &[u8]) -> Option<T> {
    let value: T = serde_json::from_slice(body).ok()?;
    let written = serde_json::to_vec(&value).expect("a read body writes");
    let again: T = serde_json::from_slice(&written).expect("a written body reads back");
    assert_eq!(again, value, "written body reads back different");
    Some(value)
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, body)) = data.split_first() else {
        return;
    };
    let process = &*PROCESS_CONFIG;
    match kind % 3 {
        0 => {
            if let Some(proposal) = read::<ProposalSubmission>(body) {
                let rules = ProposalRules {
                    provinces: &process.provinces,
                    sectors: &process.sectors,
                    max_cost: process.max_proposal_cost,
                };
                let _ = validate_proposal(&proposal, &rules);
            }
        }
        1 => {
            if let Some(submission) = read::<BallotSubmission>(body) {
                let _ = normalize_voter_code(&submission.voter_code);
                let _ = validate_ballot(&submission.ballot, &CATALOGUE, &process.voting.ballot_rules());
            }
        }
        _ => {
            if let Some(import) = read::<CatalogueImport>(body) {
                if validate_catalogue(&import.projects).is_ok() {
                    let projects: Vec<_> = import.projects.iter().map(|p| p.to_project()).collect();
                    let _ = validate_ballot(
                        &Ballot::Approval {
                            projects: projects.iter().map(|p| p.id.clone()).collect(),
                        },
                        &projects,
                        &process.voting.ballot_rules(),
                    );
                }
            }
        }
    }
});
