//! The demonstration's database on a SQLite file and on PostgreSQL: seeded once through the
//! store, only when it holds nothing else, and refused by a start without `--demo`. Part of the
//! `api` test binary.
use crate::api_support::{Backend, TestApp, fresh_database_url};
use crate::published_process::PROCESS_FILE;
use clap::Parser;
use endpoint::demo::seed_data::{DEMO_ACCOUNTS, DEMO_CODES, demo_projects, demo_proposals};
use endpoint::demo::seeding::{DemoError, DemoSeeding, prepare_demo};
use endpoint::state::StartError;
use endpoint::store::demo_mark::DemoMark;
use endpoint::{AppState, Config};
use pb_core::api::{NewStaffAccount, Phase, ProposalStatus, StaffRole};
use tempfile::TempDir;

/// Opens the app state on `url`, with `--demo` or without.
async fn open(url: &str, demo: bool) -> Result<AppState, StartError> {
    let mut args = vec!["endpoint", "--process", PROCESS_FILE];
    if demo {
        args.extend_from_slice(&["--demo", "--demo-database-url", url]);
    } else {
        args.extend_from_slice(&["--database-url", url]);
    }
    AppState::open(&Config::parse_from(args)).await
}

async fn the_example_process_is_seeded_once_and_only_into_an_empty_database(backend: Backend) {
    let dir = TempDir::new().unwrap();
    let url = fresh_database_url(backend, &dir).await;
    let state = open(&url, true).await.unwrap();
    assert!(state.demo);
    let database = &state.database;
    assert_eq!(database.demo_mark().await.unwrap(), DemoMark::NotDemo);
    let seeded = prepare_demo(database, &state.process).await.unwrap();
    let DemoSeeding::Seeded(batch) = seeded else {
        panic!("a new database is seeded: {seeded:?}");
    };
    assert_eq!(batch.codes.len(), DEMO_CODES.count as usize);
    assert_eq!(database.demo_mark().await.unwrap(), DemoMark::Seeded);
    assert_eq!(
        database.process_state().await.unwrap().phase,
        Phase::Proposals
    );

    let again = prepare_demo(database, &state.process).await.unwrap();
    assert_eq!(again, DemoSeeding::AlreadySeeded);
    let proposals = database.proposals(None).await.unwrap();
    assert_eq!(proposals.len(), demo_proposals().len());
    let published = database
        .proposals(Some(ProposalStatus::Published))
        .await
        .unwrap();
    assert_eq!(published.len(), 5);
    assert_eq!(database.catalogue().await.unwrap(), demo_projects());
    assert_eq!(database.voter_code_batches().await.unwrap().len(), 1);
    let accounts = database.staff_accounts().await.unwrap();
    assert_eq!(accounts.len(), DEMO_ACCOUNTS.len());
    assert!(
        accounts
            .iter()
            .all(|account| !account.password_change_required)
    );

    database.close().await;
    let refused = open(&url, false).await.err();
    assert!(
        matches!(refused, Some(StartError::DemoDatabase)),
        "{refused:?}"
    );
    assert!(open(&url, true).await.unwrap().demo);

    let other = TestApp::start(backend, &[]).await;
    let account = NewStaffAccount {
        name: "amina".to_owned(),
        role: StaffRole::Moderator,
        province: None,
    };
    other
        .state
        .database
        .add_staff_account(&account, None, "test")
        .await
        .unwrap();
    let refused = prepare_demo(&other.state.database, &other.state.process).await;
    assert!(matches!(refused, Err(DemoError::NotEmpty)), "{refused:?}");
    assert_eq!(
        other.state.database.demo_mark().await.unwrap(),
        DemoMark::NotDemo
    );
    assert_eq!(
        other.state.database.staff_accounts().await.unwrap().len(),
        1
    );
}
crate::on_both_backends!(
    the_example_process_is_seeded_once_and_only_into_an_empty_database,
    the_example_process_is_seeded_once_and_only_into_an_empty_database
);
