//! The automatic phases (`"automatic_phases": true` in the process file): the schedule's one
//! step in process at a given time, on a SQLite file and on PostgreSQL, and the endpoint binary
//! moving the phases by itself. Part of the `api` test binary.
use crate::api_support::{Backend, TestApp, fresh_database_url};
use crate::closing_process::{edited_process_file, set_date};
use crate::server_process::spawn_endpoint;
use crate::staff::{PASSWORD, add_account, as_staff, sign_in};
use endpoint::state::automatic_phases::advance_phase;
use endpoint::store::database::Database;
use pb_core::api::{Phase, StaffRole};
use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use tempfile::{NamedTempFile, TempDir};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// A process file with automatic phases whose schedule has passed `now`: proposals, review and
/// voting opened days ago, the vote closed an hour ago and the results opened then.
fn past_schedule(now: OffsetDateTime) -> NamedTempFile {
    edited_process_file(|process| {
        process["automatic_phases"] = Value::Bool(true);
        set_date(process, "proposals", "opens", now - Duration::days(4));
        set_date(process, "proposals", "closes", now - Duration::days(3));
        set_date(process, "review", "opens", now - Duration::days(3));
        set_date(process, "review", "closes", now - Duration::days(2));
        set_date(process, "voting", "opens", now - Duration::days(2));
        set_date(process, "voting", "closes", now - Duration::hours(1));
        set_date(process, "results", "opens", now - Duration::hours(1));
    })
}

/// The phase moves the audit log holds, oldest first: actor, phase before and after.
fn phase_moves(audit: &[pb_core::api::AuditEntry]) -> Vec<(String, Value, Value)> {
    audit
        .iter()
        .filter(|entry| entry.action == "phase.set")
        .map(|entry| {
            let phase = |record: &Option<Value>| {
                record.as_ref().map_or(Value::Null, |r| r["phase"].clone())
            };
            (
                entry.actor.clone(),
                phase(&entry.before),
                phase(&entry.after),
            )
        })
        .collect()
}

/// One check of the schedule opens the phase it has reached, audited as `schedule`; the
/// results wait while a workshop's grace period runs, and open at the first check after it.
async fn each_check_opens_the_phase_the_schedule_has_reached(backend: Backend) {
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap();
    let file = past_schedule(now);
    let app = TestApp::start(backend, &["--process", file.path().to_str().unwrap()]).await;
    add_account(&app, "admin.schedule", StaffRole::Administrator, None).await;
    let cookie = sign_in(&app, "admin.schedule", PASSWORD).await;
    let session = as_staff(&app, &cookie, "GET", "/api/staff/session", None).await;
    assert_eq!(
        session.json()["automatic_phases"],
        true,
        "{}",
        session.text()
    );
    let grace_until = (now + Duration::hours(1)).format(&Rfc3339).unwrap();
    let issued = app
        .admin(
            "POST",
            "/api/admin/workshops",
            &json!({"label": "Atelier Azilal", "grace_until": grace_until}),
        )
        .await;
    assert_eq!(
        issued.status,
        axum::http::StatusCode::CREATED,
        "{}",
        issued.text()
    );

    let step = |at| advance_phase(&app.state, at);
    assert_eq!(step(now).await.unwrap(), Some(Phase::Voting));
    assert_eq!(step(now).await.unwrap(), None, "the grace period runs");
    assert_eq!(
        step(now + Duration::hours(2)).await.unwrap(),
        Some(Phase::Results)
    );
    assert_eq!(step(now + Duration::days(30)).await.unwrap(), None);
    assert_eq!(app.get("/api/process").await.json()["phase"], "results");
    let mut audit = app.state.database.all_audit_entries().await.unwrap();
    audit.retain(|entry| entry.actor == "schedule");
    assert_eq!(
        phase_moves(&audit),
        vec![
            ("schedule".to_owned(), json!("proposals"), json!("voting")),
            ("schedule".to_owned(), json!("voting"), json!("results")),
        ]
    );
}
crate::on_both_backends!(
    schedule_step,
    each_check_opens_the_phase_the_schedule_has_reached
);

/// Kills the endpoint process when the test ends, whatever happens.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn the_endpoint_opens_the_phases_at_their_dates_by_itself() {
    let dir = TempDir::new().unwrap();
    let url = fresh_database_url(Backend::Sqlite, &dir).await;
    let file = past_schedule(OffsetDateTime::now_utc());
    let mut command = Command::new(env!("CARGO_BIN_EXE_endpoint"));
    command
        .args(["--addr", "127.0.0.1:0", "--log-format", "text"])
        .args(["--database-url", &url, "--schedule-check-seconds", "1"])
        .arg("--process")
        .arg(file.path())
        .arg("--dist")
        .arg(dir.path().join("no-dist"))
        .env("RUST_LOG", "error")
        .stderr(Stdio::inherit());
    let (child, _) = spawn_endpoint(command);
    let _running = Running(child);
    let database = Database::connect(&url).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while database.process_state().await.unwrap().phase != Phase::Results {
        assert!(
            std::time::Instant::now() < deadline,
            "the phase did not move"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let audit = database.all_audit_entries().await.unwrap();
    assert_eq!(
        phase_moves(&audit),
        vec![("schedule".to_owned(), json!("proposals"), json!("results"))]
    );
    database.close().await;
}
