//! Workshops' grace periods after the vote's announced closing time, in process on a SQLite file
//! and on PostgreSQL: set and checked by an administrator, a tablet's late ballots accepted
//! until then, and the results waiting for it. Part of the `api` test binary.
use crate::api_support::{Backend, TestApp, approval_ballot};
use crate::closing_process::process_file_closing_at;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use pb_core::api::WORKSHOP_TOKEN_HEADER;
use serde_json::{Value, json};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// A moment as RFC 3339.
fn rfc3339(moment: OffsetDateTime) -> String {
    moment.format(&Rfc3339).unwrap()
}

/// A test app whose vote closed an hour ago, in the voting phase with one project and `codes`
/// voter codes.
async fn app_after_closing(backend: Backend, codes: u32) -> (TestApp, Vec<String>, OffsetDateTime) {
    let closes = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap() - Duration::hours(1);
    let file = process_file_closing_at(closes);
    let app = TestApp::start(backend, &["--process", file.path().to_str().unwrap()]).await;
    app.import_projects(&[10_000_000]).await;
    let codes = app.voter_codes(codes, Some("Azilal")).await;
    app.set_phase("voting").await;
    (app, codes, closes)
}

/// Issues a token with `request`'s fields, asserting success; its id and token.
async fn issued(app: &TestApp, request: Value) -> (i64, String) {
    let answer = app.admin("POST", "/api/admin/workshops", &request).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let body = answer.json();
    (
        body["id"].as_i64().unwrap(),
        body["token"].as_str().unwrap().to_owned(),
    )
}

/// A workshop ballot with `token`.
async fn workshop_ballot(
    app: &TestApp,
    token: &str,
    key: &str,
    code: &str,
) -> (StatusCode, String) {
    let answer = app
        .send(
            Request::post("/api/workshop/ballots")
                .header("content-type", "application/json")
                .header("idempotency-key", key)
                .header(WORKSHOP_TOKEN_HEADER, token)
                .body(Body::from(approval_ballot(code, &["p1"]).to_string()))
                .unwrap(),
        )
        .await;
    (answer.status, answer.error_code_or_empty())
}

/// After the closing time, a token in its grace period still casts ballots, while a token without
/// one and a voter on the public route are refused; the results wait for the grace period.
async fn a_grace_period_lets_a_workshop_vote_after_the_closing_time_and_delays_the_results(
    backend: Backend,
) {
    let (app, codes, closes) = app_after_closing(backend, 4).await;
    let grace_until = closes + Duration::hours(3);
    let (late_id, late) = issued(&app, json!({"label": "Atelier Tilougguit"})).await;
    let (_, on_time) = issued(&app, json!({"label": "Atelier Azilal"})).await;
    let set = app
        .admin(
            "PUT",
            &format!("/api/admin/workshops/{late_id}/grace"),
            &json!({ "grace_until": rfc3339(grace_until.to_offset(time::UtcOffset::from_hms(1, 0, 0).unwrap())) }),
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text());
    assert_eq!(set.json()["grace_until"], rfc3339(grace_until));

    assert_eq!(
        workshop_ballot(&app, &late, "grace-ballot-key-0001", &codes[0]).await,
        (StatusCode::CREATED, String::new())
    );
    assert_eq!(
        workshop_ballot(&app, &on_time, "grace-ballot-key-0002", &codes[1]).await,
        (StatusCode::FORBIDDEN, "wrong_phase".to_owned())
    );
    let public = app
        .submit(
            "/api/ballots",
            "grace-ballot-key-0003",
            &approval_ballot(&codes[2], &["p1"]),
        )
        .await;
    assert_eq!(
        (public.status, public.error_code()),
        (StatusCode::FORBIDDEN, "wrong_phase".to_owned())
    );

    let refused = app
        .admin("PUT", "/api/admin/phase", &json!({"phase": "results"}))
        .await;
    assert_eq!(
        (refused.status, refused.error_code()),
        (StatusCode::CONFLICT, "grace_period_running".to_owned())
    );
    let message = refused.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(message.contains(&rfc3339(grace_until)), "{message}");
    assert_eq!(
        app.get("/api/results").await.error_code(),
        "results_not_available"
    );

    let cleared = app
        .admin(
            "PUT",
            &format!("/api/admin/workshops/{late_id}/grace"),
            &json!({ "grace_until": null }),
        )
        .await;
    assert_eq!(cleared.json()["grace_until"], Value::Null);
    assert_eq!(cleared.json()["ballots"], 1);
    assert_eq!(
        workshop_ballot(&app, &late, "grace-ballot-key-0004", &codes[3]).await,
        (StatusCode::FORBIDDEN, "wrong_phase".to_owned())
    );
    app.set_phase("results").await;
    assert_eq!(app.get("/api/results").await.json()["ballots"], 1);

    let audit = app.admin_get("/api/staff/audit").await.json();
    let changes: Vec<(Value, Value)> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["action"] == "workshop_token.grace")
        .map(|entry| {
            (
                entry["before"]["grace_until"].clone(),
                entry["after"]["grace_until"].clone(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (json!(rfc3339(grace_until)), Value::Null),
            (Value::Null, json!(rfc3339(grace_until))),
        ],
        "newest first"
    );
}
crate::on_both_backends!(
    late_workshop_ballots,
    a_grace_period_lets_a_workshop_vote_after_the_closing_time_and_delays_the_results
);

/// A grace period ends between the vote's closing time and 14 days after it, and is a date-time;
/// a revoked token's grace period holds nothing back.
async fn a_grace_period_outside_its_range_is_refused(backend: Backend) {
    let (app, _, closes) = app_after_closing(backend, 1).await;
    let (id, _) = issued(&app, json!({"label": "Atelier Béni Mellal"})).await;
    let grace = format!("/api/admin/workshops/{id}/grace");
    for refused_end in [
        json!(rfc3339(closes - Duration::seconds(1))),
        json!(rfc3339(closes + Duration::days(14) + Duration::seconds(1))),
        json!("2027-06-02"),
    ] {
        let refused = app
            .admin("PUT", &grace, &json!({ "grace_until": refused_end }))
            .await;
        assert_eq!(
            (refused.status, refused.error_code()),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "grace_period_out_of_range".to_owned()
            ),
            "{refused_end}"
        );
    }
    let at_the_latest = json!(rfc3339(closes + Duration::days(14)));
    let accepted = app
        .admin("PUT", &grace, &json!({ "grace_until": at_the_latest }))
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text());
    let refused_at_issue = app
        .admin(
            "POST",
            "/api/admin/workshops",
            &json!({"label": "Atelier", "grace_until": rfc3339(closes - Duration::days(1))}),
        )
        .await;
    assert_eq!(refused_at_issue.error_code(), "grace_period_out_of_range");
    let unknown = app
        .admin(
            "PUT",
            "/api/admin/workshops/999/grace",
            &json!({ "grace_until": null }),
        )
        .await;
    assert_eq!(unknown.error_code(), "not_found");

    let refused = app
        .admin("PUT", "/api/admin/phase", &json!({"phase": "closed"}))
        .await;
    assert_eq!(refused.error_code(), "grace_period_running");
    let revoked = app
        .admin(
            "POST",
            &format!("/api/admin/workshops/{id}/revoke"),
            &json!(null),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::OK);
    app.set_phase("results").await;
}
crate::on_both_backends!(grace_range, a_grace_period_outside_its_range_is_refused);
