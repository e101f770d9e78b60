//! The administrators' preview of the outcome, on a SQLite file and on PostgreSQL: refused
//! while the vote is open, shown once its announced closing time has passed while citizens still
//! see nothing, and equal to what citizens see once the results are published. Part of the `api`
//! test binary.
use crate::api_support::{Backend, TestApp, approval_ballot};
use crate::closing_process::process_file_closing_at;
use axum::http::StatusCode;

/// Before the closing time the preview is refused; after it, the preview counts the ballots
/// while `GET /api/results` still answers `results_not_available`; publishing (moving to the
/// results phase) shows citizens the same outcome.
async fn the_outcome_is_previewed_after_the_close_and_before_publication(backend: Backend) {
    let closes = time::OffsetDateTime::now_utc() + time::Duration::seconds(3);
    let file = process_file_closing_at(closes);
    let app = TestApp::start(backend, &["--process", file.path().to_str().unwrap()]).await;
    app.import_projects(&[4_000_000, 3_000_000]).await;
    app.set_phase("voting").await;
    let codes = app.voter_codes(2, Some("Azilal")).await;
    for (n, code) in codes.iter().enumerate() {
        let key = format!("preview-ballot-key-{n:04}");
        let answer = app
            .submit("/api/ballots", &key, &approval_ballot(code, &["p1"]))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    }
    let early = app.admin_get("/api/admin/results/preview").await;
    assert_eq!(
        (early.status, early.error_code()),
        (StatusCode::FORBIDDEN, "results_not_available".to_owned())
    );
    while time::OffsetDateTime::now_utc() < closes {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let preview = app.admin_get("/api/admin/results/preview").await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text());
    let preview = preview.json();
    let votes: Vec<u64> = preview["tallies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tally| tally["votes"].as_u64().unwrap())
        .collect();
    assert_eq!(votes, [2, 0], "{preview}");
    let public = app.get("/api/results").await;
    assert_eq!(public.error_code(), "results_not_available");
    app.set_phase("results").await;
    let published = app.get("/api/results").await;
    assert_eq!(published.status, StatusCode::OK);
    assert_eq!(published.json()["selected"], preview["selected"]);
    assert_eq!(published.json()["tallies"], preview["tallies"]);
}
crate::on_both_backends!(
    preview,
    the_outcome_is_previewed_after_the_close_and_before_publication
);
