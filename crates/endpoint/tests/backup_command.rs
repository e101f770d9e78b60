//! `endpoint backup PATH` as an operator runs it, against a database another process has open.
use endpoint::store::database::Database;
use std::process::Command;
use tempfile::TempDir;

#[tokio::test]
async fn the_backup_command_copies_an_open_database_and_never_overwrites() {
    let dir = TempDir::new().unwrap();
    let url = format!("sqlite://{}", dir.path().join("live.db").display());
    let live = Database::connect(&url).await.unwrap();
    live.migrate().await.unwrap();
    live.init_process_state(pb_core::api::Phase::Voting)
        .await
        .unwrap();
    let target = dir.path().join("backup.db");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_endpoint"))
            .args(["--database-url", &url, "--log-format", "text", "backup"])
            .arg(&target)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{first:?}");
    assert!(String::from_utf8_lossy(&first.stdout).contains("Backup written"));
    let copy = Database::connect(&format!("sqlite://{}", target.display()))
        .await
        .unwrap();
    assert_eq!(
        copy.process_state().await.unwrap().phase,
        pb_core::api::Phase::Voting
    );
    let second = run();
    assert!(!second.status.success());
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("exists already"),
        "{second:?}"
    );
    live.close().await;
}
