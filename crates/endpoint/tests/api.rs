//! The submissions API end to end in process, on a SQLite file and on PostgreSQL: the same
//! scenarios run against both.
mod api_security;
mod api_support;
mod automatic_phases;
mod closing_process;
mod demo_database;
mod grace_period;
mod in_process;
mod published_process;
mod results_preview;
mod review;
mod server_process;
mod staff;

use api_support::{Backend, TestApp, approval_ballot, proposal};
use axum::http::StatusCode;
use pb_core::api::{ErrorCode, receipt_for_key};
use serde_json::json;

const KEY_A: &str = "key-aaaaaaaaaaaaaaaa-1";
const KEY_B: &str = "key-bbbbbbbbbbbbbbbb-2";
const KEY_C: &str = "key-cccccccccccccccc-3";

/// The process starts in its configured phase and admins move it.
async fn process_phase_follows_the_administrator(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let process = app.get("/api/process").await.json();
    assert_eq!(process["phase"], "proposals");
    assert_eq!(process["provinces"].as_array().unwrap().len(), 5);
    assert_eq!(process["voting"]["rule"], "mes-equalshares");
    app.set_phase("review").await;
    let process = app.get("/api/process").await.json();
    assert_eq!(process["phase"], "review");
    assert!(process["phase_since"].as_str().unwrap().ends_with('Z'));
}
on_both_backends!(process, process_phase_follows_the_administrator);

/// Proposals: validation, idempotency, moderation, and no contact in public.
async fn proposals_are_validated_stored_once_and_moderated(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let missing_key = app
        .submit("/api/proposals", "", &proposal("Eau potable"))
        .await;
    assert_eq!(missing_key.status, StatusCode::BAD_REQUEST);
    assert_eq!(missing_key.error_code(), "missing_idempotency_key");

    let mut invalid = proposal("Eau");
    invalid["province"] = json!("Casablanca");
    let answer = app.submit("/api/proposals", KEY_A, &invalid).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.error_code(), "invalid_proposal");
    let fields: Vec<&str> = answer.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["field"].as_str().unwrap().to_owned())
        .collect::<Vec<_>>()
        .leak()
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(fields, ["title", "province"]);

    let mut no_contact = proposal("Eau potable");
    no_contact["contact"] = json!("appelez Fatima");
    let answer = app.submit("/api/proposals", KEY_A, &no_contact).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    assert_eq!(
        answer.json()["error"]["fields"],
        json!([{"field": "contact", "code": "invalid_contact"}]),
        "a contact is an e-mail address or a phone number"
    );

    let markup = "<script>alert('x')</script> école";
    let first = app.submit("/api/proposals", KEY_A, &proposal(markup)).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(first.json()["status"], "pending");
    let id = first.json()["id"].as_i64().unwrap();
    let replay = app.submit("/api/proposals", KEY_A, &proposal(markup)).await;
    assert_eq!(replay.status, StatusCode::OK);
    assert_eq!(replay.json()["id"], id);
    let reused = app
        .submit("/api/proposals", KEY_A, &proposal("Another title"))
        .await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reused.error_code(), "idempotency_key_reused");
    let pending = app
        .admin_get("/api/admin/proposals?status=pending")
        .await
        .json();
    assert_eq!(pending.as_array().unwrap().len(), 1, "stored once");
    assert_eq!(pending[0]["contact"], "0600000000");

    assert_eq!(app.get("/api/proposals").await.json(), json!([]));
    let moderation = format!("/api/admin/proposals/{id}/moderation");
    let published = app
        .admin("POST", &moderation, &json!({"action": "publish"}))
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text());
    let public = app.get("/api/proposals").await;
    let list = public.json();
    assert_eq!(list[0]["title"], markup, "stored verbatim, as plain text");
    assert!(list[0].get("contact").is_none());
    assert!(!public.text().contains("0600000000"));

    let second = app
        .submit("/api/proposals", KEY_B, &proposal("Piste rurale"))
        .await;
    let second_id = second.json()["id"].as_i64().unwrap();
    let merge = format!("/api/admin/proposals/{second_id}/moderation");
    let merged = app
        .admin("POST", &merge, &json!({"action": "merge", "into": id}))
        .await;
    assert_eq!(merged.json()["status"], "merged");
    assert_eq!(
        app.get("/api/proposals").await.json()[0]["merged_from"],
        json!([second_id])
    );
    let again = app
        .admin("POST", &merge, &json!({"action": "publish"}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    let third = app
        .submit("/api/proposals", KEY_C, &proposal("Centre de santé"))
        .await;
    let third_id = third.json()["id"].as_i64().unwrap();
    let reject = format!("/api/admin/proposals/{third_id}/moderation");
    let empty_reason = app
        .admin("POST", &reject, &json!({"action": "reject", "reason": " "}))
        .await;
    assert_eq!(empty_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let rejected = app
        .admin(
            "POST",
            &reject,
            &json!({"action": "reject", "reason": "Hors compétence"}),
        )
        .await;
    assert_eq!(rejected.json()["rejection_reason"], "Hors compétence");
    let missing = app
        .admin(
            "POST",
            "/api/admin/proposals/999/moderation",
            &json!({"action": "publish"}),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    app.set_phase("review").await;
    let late = app
        .submit(
            "/api/proposals",
            "key-late-late-late-late",
            &proposal("Trop tard"),
        )
        .await;
    assert_eq!(late.status, StatusCode::FORBIDDEN);
    assert_eq!(late.error_code(), "wrong_phase");
    let replay_after = app.submit("/api/proposals", KEY_A, &proposal(markup)).await;
    assert_eq!(
        replay_after.status,
        StatusCode::OK,
        "a replay is answered in any phase"
    );
}
on_both_backends!(proposals, proposals_are_validated_stored_once_and_moderated);

/// Following a proposal by its number: every status in plain fields, the rejection reason and
/// the merge both ways, the decided ones listed with their reasons, an unknown number refused
/// with its own code, and the contact never in any public answer.
async fn a_proposal_is_followed_by_its_number_with_its_reason_and_never_its_contact(
    backend: Backend,
) {
    let app = TestApp::start(backend, &[]).await;
    let submit = |key: &'static str, title: &'static str| {
        let app = &app;
        async move {
            let answer = app.submit("/api/proposals", key, &proposal(title)).await;
            assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
            answer.json()["id"].as_i64().unwrap()
        }
    };
    let kept = submit(KEY_A, "Eau potable à Tabant").await;
    let folded = submit(KEY_B, "Réseau d'eau du douar").await;
    let refused = submit(KEY_C, "Stade couvert").await;

    let pending = app.get(&format!("/api/proposals/{refused}")).await;
    assert_eq!(pending.status, StatusCode::OK, "{}", pending.text());
    assert_eq!(pending.json()["status"], "pending");
    assert_eq!(
        pending.json()["title"],
        "",
        "a text moderators have not let through is not shown"
    );
    assert_eq!(pending.json()["rejection_reason"], json!(null));
    assert_eq!(
        app.get("/api/proposals/decisions").await.json(),
        json!([]),
        "nothing decided yet"
    );

    let moderate = |id: i64, decision: serde_json::Value| {
        let app = &app;
        async move {
            let path = format!("/api/admin/proposals/{id}/moderation");
            let answer = app.admin("POST", &path, &decision).await;
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        }
    };
    moderate(kept, json!({"action": "publish"})).await;
    moderate(folded, json!({"action": "merge", "into": kept})).await;
    let reason = "Ce projet relève de la commune, pas de la Région.";
    moderate(refused, json!({"action": "reject", "reason": reason})).await;

    let rejected = app.get(&format!("/api/proposals/{refused}")).await.json();
    assert_eq!(rejected["id"], refused);
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["rejection_reason"], reason);
    assert_eq!(rejected["province"], "Azilal");
    assert_eq!(rejected["sector"], "water");
    assert_eq!(
        (
            &rejected["title"],
            &rejected["description"],
            &rejected["commune"]
        ),
        (&json!(""), &json!(""), &json!("")),
        "a refused text is never shown"
    );
    assert!(rejected["submitted_on"].as_str().unwrap().len() == 10);
    let merged = app.get(&format!("/api/proposals/{folded}")).await.json();
    assert_eq!(merged["status"], "merged");
    assert_eq!(
        merged["merged_into"],
        json!({"id": kept, "title": "Eau potable à Tabant"})
    );
    let target = app.get(&format!("/api/proposals/{kept}")).await.json();
    assert_eq!(target["status"], "published");
    assert_eq!(target["merged_from"], json!([folded]));
    assert_eq!(target["merged_into"], json!(null));

    let decisions = app.get("/api/proposals/decisions").await.json();
    let statuses: Vec<(i64, &str)> = decisions
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_i64().unwrap(), p["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [
            (kept, "published"),
            (folded, "merged"),
            (refused, "rejected")
        ]
    );
    assert_eq!(decisions[2]["rejection_reason"], reason);

    let unknown = app.get("/api/proposals/999").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error_code(), "unknown_proposal");
    let not_a_number = app.get("/api/proposals/abc").await;
    assert_eq!(not_a_number.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_a_number.error_code(), "bad_request");

    for path in [
        "/api/proposals".to_owned(),
        "/api/proposals/decisions".to_owned(),
        format!("/api/proposals/{kept}"),
        format!("/api/proposals/{folded}"),
        format!("/api/proposals/{refused}"),
    ] {
        let text = app.get(&path).await.text();
        assert!(
            !text.contains("0600000000") && !text.contains("contact"),
            "{path} shows the contact: {text}"
        );
    }
}
on_both_backends!(
    follow,
    a_proposal_is_followed_by_its_number_with_its_reason_and_never_its_contact
);

/// Voting: codes, validation, receipts, replays, one ballot per code, results only after.
async fn ballots_count_once_per_code_and_results_wait_for_the_end(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[60_000_000, 50_000_000, 40_000_000])
        .await;
    let codes = app.voter_codes(3, Some("Azilal")).await;
    assert_eq!(codes.len(), 3);
    assert!(
        codes.iter().all(|code| code.len() == 13
            && code.as_bytes()[5] == b'-'
            && code.as_bytes()[11] == b'-')
    );

    let early = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[0], &["p1"]))
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    assert_eq!(early.error_code(), "wrong_phase");

    app.set_phase("voting").await;
    let frozen = app
        .admin(
            "PUT",
            "/api/admin/projects",
            &json!({"projects": [{"id": "x", "name": "X", "cost": 1}]}),
        )
        .await;
    assert_eq!(frozen.status, StatusCode::FORBIDDEN);
    assert_eq!(frozen.error_code(), "wrong_phase");

    let unknown = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot("AAAAA-AAAAA", &["p1"]),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::FORBIDDEN);
    assert_eq!(unknown.error_code(), "unknown_voter_code");

    let over_budget = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(&codes[0], &["p1", "p2", "p9"]),
        )
        .await;
    assert_eq!(over_budget.status, StatusCode::UNPROCESSABLE_ENTITY);
    let violations: Vec<String> = over_budget.json()["error"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(violations, ["unknown_project", "over_budget"]);

    let typed = codes[0].to_lowercase().replace('-', " ");
    let cast = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(&typed, &["p1", "p3"]),
        )
        .await;
    assert_eq!(cast.status, StatusCode::CREATED, "{}", cast.text());
    let receipt = cast.json()["receipt"].as_str().unwrap().to_owned();
    assert_eq!(
        receipt,
        receipt_for_key(KEY_A),
        "the receipt a client computes from its key"
    );
    let replay = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(&typed, &["p1", "p3"]),
        )
        .await;
    assert_eq!(replay.status, StatusCode::OK);
    assert_eq!(replay.json()["receipt"], receipt.as_str());
    let other_ballot_same_key = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[1], &["p2"]))
        .await;
    assert_eq!(other_ballot_same_key.error_code(), "idempotency_key_reused");
    let second_vote = app
        .submit("/api/ballots", KEY_B, &approval_ballot(&codes[0], &["p2"]))
        .await;
    assert_eq!(second_vote.status, StatusCode::CONFLICT);
    assert_eq!(second_vote.error_code(), "voter_code_used");
    let other = app
        .submit(
            "/api/ballots",
            KEY_C,
            &approval_ballot(&codes[1], &["p2", "p3"]),
        )
        .await;
    assert_eq!(other.status, StatusCode::CREATED);
    assert_eq!(other.json()["receipt"], receipt_for_key(KEY_C));

    for hidden in ["/api/results", "/api/ballots"] {
        let answer = app.get(hidden).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{hidden}");
        assert_eq!(answer.error_code(), "results_not_available");
    }
    let export = app.admin_get("/api/admin/export/ballots.pb").await;
    assert_eq!(
        export.status,
        StatusCode::FORBIDDEN,
        "not even administrators before the end"
    );

    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_issued"], 3);
    assert_eq!(counts["voter_codes_used"], 2);
    assert_eq!(
        counts["ballots_by_province"],
        json!([{"key": "Azilal", "count": 2}])
    );

    app.set_phase("results").await;
    let late = app
        .submit(
            "/api/ballots",
            "key-late-ballot-0001",
            &approval_ballot(&codes[2], &["p1"]),
        )
        .await;
    assert_eq!(late.error_code(), "wrong_phase");
    let results = app.get("/api/results").await.json();
    assert_eq!(results["ballots"], 2);
    assert_eq!(
        results["voter_codes_issued"], 3,
        "the turnout: 2 ballots of 3 codes"
    );
    let votes: Vec<u64> = results["tallies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tally| tally["votes"].as_u64().unwrap())
        .collect();
    assert_eq!(votes, [1, 1, 2]);
    assert_eq!(results["rule"], "mes-equalshares");
    assert_eq!(
        results["explanation"]["projects"].as_array().unwrap().len(),
        3
    );
    let spent = results["spent"].as_u64().unwrap();
    assert!(spent <= 100_000_000, "{spent}");

    let published = app.get("/api/ballots").await.json();
    let receipts: Vec<&str> = published
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["receipt"].as_str().unwrap())
        .collect();
    assert_eq!(receipts.len(), 2);
    assert!(receipts.contains(&receipt.as_str()));
    let mine = published
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["receipt"] == receipt.as_str())
        .unwrap();
    assert_eq!(
        mine["ballot"],
        json!({"type": "approval", "projects": ["p1", "p3"]})
    );

    let pb = app.admin_get("/api/admin/export/ballots.pb").await.text();
    let file = pb_core::pabulib::read_pb(&pb).unwrap();
    assert_eq!(file.profile.voters.len(), 2);
    assert_eq!(file.instance.projects.len(), 3);
    assert_eq!(file.instance.budget, 100_000_000);
    let p3 = file.instance.project("p3").unwrap();
    let column = |name: &str| {
        p3.extra
            .iter()
            .find(|(key, _)| key == name)
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(
        (column("votes"), column("selected"), column("name_ar")),
        ("2".to_owned(), "1".to_owned(), "المشروع 3".to_owned())
    );
    assert_eq!(column("description"), "A test project.");
    let ballots_csv = app.admin_get("/api/admin/export/ballots.csv").await.text();
    assert_eq!(ballots_csv.lines().count(), 3);
    assert!(ballots_csv.contains(&format!("{receipt},Azilal,approval,p1 p3,")));
    let results_csv = app.admin_get("/api/admin/export/results.csv").await.text();
    assert!(results_csv.starts_with(
        "project,name,name_ar,name_fr,name_zgh-Tfng,name_en,cost,votes,points,selected\n"
    ));
    assert!(
        results_csv.contains("p3,Project 3,المشروع 3,,,,40000000,2,0,yes"),
        "{results_csv}"
    );
}
on_both_backends!(
    voting,
    ballots_count_once_per_code_and_results_wait_for_the_end
);

/// Ballots sent at the same moment are stored together: still one per code, once per key.
async fn simultaneous_ballots_count_once_per_code_and_key(backend: Backend) {
    let app = TestApp::start(backend, &["--submissions-per-minute", "0"]).await;
    app.import_projects(&[1_000, 2_000, 3_000]).await;
    let codes = app.voter_codes(10, None).await;
    app.set_phase("voting").await;
    let mut sent = tokio::task::JoinSet::new();
    for (index, code) in codes.iter().enumerate() {
        let body = approval_ballot(code, &["p1", "p3"]);
        for key in [
            format!("same-key-{index:012}"),
            format!("same-key-{index:012}"),
            format!("other-key-{index:011}"),
        ] {
            let router = app.router.clone();
            let request = axum::http::Request::post("/api/ballots")
                .header("content-type", "application/json")
                .header("idempotency-key", key.as_str())
                .body(axum::body::Body::from(body.to_string()))
                .unwrap();
            sent.spawn(async move {
                use http_body_util::BodyExt;
                use tower::ServiceExt;
                let response = router.oneshot(request).await.unwrap();
                let status = response.status();
                let body = response.into_body().collect().await.unwrap().to_bytes();
                (
                    index,
                    status,
                    serde_json::from_slice::<serde_json::Value>(&body).unwrap(),
                )
            });
        }
    }
    let mut per_code = vec![Vec::new(); codes.len()];
    while let Some(answer) = sent.join_next().await {
        let (index, status, body) = answer.unwrap();
        per_code[index].push((status, body));
    }
    for answers in &per_code {
        let created: Vec<&serde_json::Value> = answers
            .iter()
            .filter(|(status, _)| *status == StatusCode::CREATED)
            .map(|(_, body)| &body["receipt"])
            .collect();
        assert_eq!(created.len(), 1, "one ballot per code: {answers:?}");
        for (status, body) in answers {
            match *status {
                StatusCode::CREATED => {}
                StatusCode::OK => {
                    assert_eq!(&body["receipt"], created[0], "a replay gets the receipt")
                }
                StatusCode::CONFLICT => assert_eq!(body["error"]["code"], "voter_code_used"),
                other => panic!("unexpected {other}: {body}"),
            }
        }
    }
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 10);
    app.set_phase("results").await;
    assert_eq!(app.get("/api/results").await.json()["ballots"], 10);
}
on_both_backends!(
    simultaneous,
    simultaneous_ballots_count_once_per_code_and_key
);

/// Reusing a stored key with another, unused code is not a replay: that voter has not voted.
async fn a_stored_key_with_an_unused_code_is_refused(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(2, None).await;
    app.set_phase("voting").await;
    let first = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[0], &["p1"]))
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    let other_code = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[1], &["p1"]))
        .await;
    assert_eq!(other_code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other_code.error_code(), "idempotency_key_reused");
    let fresh = app
        .submit("/api/ballots", KEY_B, &approval_ballot(&codes[1], &["p1"]))
        .await;
    assert_eq!(
        fresh.status,
        StatusCode::CREATED,
        "the second code is still unused"
    );
}
on_both_backends!(
    key_with_other_code,
    a_stored_key_with_an_unused_code_is_refused
);

/// Nothing in the database links a ballot to its code, and codes are stored only as hashes.
async fn storage_keeps_ballots_secret_and_codes_hashed(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000, 2_000]).await;
    let codes = app.voter_codes(2, None).await;
    app.set_phase("voting").await;
    let cast = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[0], &["p2"]))
        .await;
    assert_eq!(cast.status, StatusCode::CREATED);
    let dump = endpoint_dump(&app).await;
    for code in &codes {
        assert!(
            !dump.contains(code.as_str()),
            "a code is stored in plain text"
        );
        assert!(!dump.contains(&code.replace('-', "")));
    }
    let ballot_columns = table_columns(&app, "ballots").await;
    assert_eq!(ballot_columns, ["ballot", "cast_on", "province", "receipt"]);
    let code_columns = table_columns(&app, "voter_codes").await;
    assert_eq!(code_columns, ["batch_id", "code_hash", "province", "used"]);
}
on_both_backends!(secrecy, storage_keeps_ballots_secret_and_codes_hashed);

/// Once the vote's announced closing time has passed, a new ballot is refused (`wrong_phase`)
/// although nobody moved the phase, while a ballot cast before it is still answered with its
/// receipt when sent again.
async fn ballots_are_refused_after_the_announced_closing_time(backend: Backend) {
    let closes = time::OffsetDateTime::now_utc() + time::Duration::seconds(3);
    let file = closing_process::process_file_closing_at(closes);
    let app = TestApp::start(backend, &["--process", file.path().to_str().unwrap()]).await;
    app.import_projects(&[10_000_000]).await;
    app.set_phase("voting").await;
    let codes = app.voter_codes(2, Some("Azilal")).await;
    let before = app
        .submit(
            "/api/ballots",
            "closing-time-key-0001",
            &approval_ballot(&codes[0], &["p1"]),
        )
        .await;
    assert_eq!(before.status, StatusCode::CREATED, "{}", before.text());
    while time::OffsetDateTime::now_utc() < closes {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let after = app
        .submit(
            "/api/ballots",
            "closing-time-key-0002",
            &approval_ballot(&codes[1], &["p1"]),
        )
        .await;
    assert_eq!(
        (after.status, after.error_code()),
        (StatusCode::FORBIDDEN, "wrong_phase".to_owned()),
        "{}",
        after.text()
    );
    assert_eq!(
        checked_status(&app, &codes[1]).await,
        "unused",
        "the refused ballot used no code"
    );
    let replay = app
        .submit(
            "/api/ballots",
            "closing-time-key-0001",
            &approval_ballot(&codes[0], &["p1"]),
        )
        .await;
    assert_eq!(replay.status, StatusCode::OK, "{}", replay.text());
    assert_eq!(replay.json(), before.json(), "the same receipt");
}
on_both_backends!(
    closing_time,
    ballots_are_refused_after_the_announced_closing_time
);

/// Column names of a table, sorted.
async fn table_columns(app: &TestApp, table: &str) -> Vec<String> {
    use endpoint::store::database::Database;
    let mut columns: Vec<String> = match &app.state.database {
        Database::Sqlite(pools) => {
            sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .fetch_all(&pools.read)
                .await
                .unwrap()
        }
        Database::Postgres(pool) => sqlx::query_scalar(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = $1",
        )
        .bind(table)
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    columns.sort();
    columns
}

/// Every text value of the tables that hold submissions, concatenated.
async fn endpoint_dump(app: &TestApp) -> String {
    use endpoint::store::database::Database;
    let query = "SELECT code_hash || ' ' || COALESCE(province, '') FROM voter_codes \
                 UNION ALL SELECT receipt || ' ' || ballot FROM ballots \
                 UNION ALL SELECT idempotency_key || ' ' || fingerprint || ' ' || receipt \
                 FROM ballot_submissions";
    let rows: Vec<String> = match &app.state.database {
        Database::Sqlite(pools) => sqlx::query_scalar(query).fetch_all(&pools.read).await,
        Database::Postgres(pool) => sqlx::query_scalar(query).fetch_all(pool).await,
    }
    .unwrap();
    assert!(rows.len() >= 4);
    rows.join("\n")
}

/// Administrators' routes need the exact token; without a configured token they are off.
async fn admin_routes_need_the_token(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let none = app.get("/api/admin/counts").await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.error_code(), "unauthorized");
    let wrong = app
        .send(
            axum::http::Request::get("/api/admin/counts")
                .header("authorization", "Bearer test-admin-token-012345678")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.admin_get("/api/admin/counts").await.status,
        StatusCode::OK
    );
    let too_many = app
        .admin(
            "POST",
            "/api/admin/voter-codes",
            &json!({"count": 100_001, "label": "x"}),
        )
        .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);

    let off = TestApp::start(backend, &["--admin-token", ""]).await;
    let answer = off.admin_get("/api/admin/counts").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(answer.error_code(), "admin_disabled");
}
on_both_backends!(admin_auth, admin_routes_need_the_token);

/// A pabulib file imports as the project list, and bad lists are refused with field errors.
async fn projects_import_from_pabulib_or_json(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let pb = "META\nkey;value\nnum_projects;2\nnum_votes;0\nbudget;1000\nvote_type;approval\n\
              PROJECTS\nproject_id;cost;name;province;description;name_ar;description_ar;name_en\n\
              a1;400;Piste Tanant;Azilal;12 km;مسلك تانانت;12 كلم;Tanant road\n\
              a2;700;Lycée;Khouribga;;;;\nVOTES\nvoter_id;vote\n";
    let answer = app
        .send(
            axum::http::Request::put("/api/admin/projects")
                .header(
                    "authorization",
                    format!("Bearer {}", api_support::ADMIN_TOKEN),
                )
                .header("content-type", "text/plain")
                .body(axum::body::Body::from(pb))
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let projects = app.get("/api/projects").await.json();
    assert_eq!(projects[0]["id"], "a1");
    assert_eq!(projects[0]["description"], "12 km");
    assert_eq!(
        projects[0]["translations"],
        json!({
            "ar": {"name": "مسلك تانانت", "description": "12 كلم"},
            "en": {"name": "Tanant road"}
        }),
        "name_LANG and description_LANG columns are the translations"
    );
    assert!(projects[1].get("translations").is_none());
    assert_eq!(projects[1]["province"], "Khouribga");
    let unknown_language = app
        .admin(
            "PUT",
            "/api/admin/projects",
            &json!({"projects": [{"id": "a", "name": "A", "cost": 1, "translations": {"es": {"name": "Camino"}}}]}),
        )
        .await;
    assert_eq!(unknown_language.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        unknown_language.json()["error"]["fields"][0],
        json!({"field": "projects[0].translations", "code": "unknown_value"})
    );
    let duplicate = app
        .admin(
            "PUT",
            "/api/admin/projects",
            &json!({"projects": [{"id": "a", "name": "A", "cost": 1}, {"id": "a", "name": "B", "cost": 2}]}),
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        duplicate.json()["error"]["fields"][0]["field"],
        "projects[1].id"
    );
    assert_eq!(
        app.get("/api/projects").await.json(),
        projects,
        "the old list is kept"
    );
}
on_both_backends!(projects_import, projects_import_from_pabulib_or_json);

#[tokio::test]
async fn submissions_are_rate_limited_per_address_with_a_json_429() {
    let app = TestApp::start(
        Backend::Sqlite,
        &["--submissions-per-minute", "1", "--submission-burst", "2"],
    )
    .await;
    let mut statuses = Vec::new();
    for index in 0..3 {
        let key = format!("rate-limit-key-{index:04}");
        let answer = app
            .submit(
                "/api/proposals",
                &key,
                &proposal(&format!("Proposition {index}")),
            )
            .await;
        statuses.push(answer.status);
        if answer.status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(answer.error_code(), "too_many_requests");
            assert!(answer.headers.contains_key("retry-after"));
        }
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    assert_eq!(
        app.get("/api/proposals").await.status,
        StatusCode::OK,
        "reading is not limited"
    );
}

#[tokio::test]
async fn guessing_voter_codes_is_blocked_after_a_few_wrong_ones() {
    let app = TestApp::start(Backend::Sqlite, &["--code-failures", "3"]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(1, None).await;
    app.set_phase("voting").await;
    for attempt in 0..3 {
        let key = format!("guess-key-000000-{attempt}");
        let guess = format!("ZZZZZ-ZZZZ{attempt}");
        let answer = app
            .submit("/api/ballots", &key, &approval_ballot(&guess, &["p1"]))
            .await;
        assert_eq!(answer.error_code(), "unknown_voter_code");
    }
    let blocked = app
        .submit(
            "/api/ballots",
            "guess-key-000000-real",
            &approval_ballot(&codes[0], &["p1"]),
        )
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(blocked.error_code(), "too_many_requests");
    assert!(blocked.headers.contains_key("retry-after"));
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(
        counts["voter_codes_used"], 0,
        "a blocked attempt casts nothing"
    );
}

/// `POST /api/voter-codes/check` with the typed code.
async fn check_code(app: &TestApp, code: &str) -> api_support::Answer {
    app.send(
        axum::http::Request::post("/api/voter-codes/check")
            .header("content-type", "application/json")
            .body(axum::body::Body::from(json!({ "code": code }).to_string()))
            .unwrap(),
    )
    .await
}

/// The check tells an unused, a used and an unknown code apart, in any typing, during voting only.
async fn a_code_check_says_unused_used_or_unknown_during_voting(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(2, None).await;
    let early = check_code(&app, &codes[0]).await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    assert_eq!(early.error_code(), "wrong_phase");
    app.set_phase("voting").await;
    let cast = app
        .submit("/api/ballots", KEY_A, &approval_ballot(&codes[1], &["p1"]))
        .await;
    assert_eq!(cast.status, StatusCode::CREATED, "{}", cast.text());
    let status = |answer: api_support::Answer| {
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        answer.json()["status"].as_str().unwrap().to_owned()
    };
    let typed = codes[0].to_lowercase().replace('-', " ");
    assert_eq!(status(check_code(&app, &typed).await), "unused");
    assert_eq!(status(check_code(&app, &codes[1]).await), "used");
    assert_eq!(status(check_code(&app, "ZZZZZ-ZZZZZ").await), "unknown");
    assert_eq!(status(check_code(&app, "not a code").await), "unknown");
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 1, "checking uses no code");
}
on_both_backends!(
    code_check,
    a_code_check_says_unused_used_or_unknown_during_voting
);

/// `POST /api/admin/voter-codes` asking for JSON: the new batch's summary and its printed codes.
async fn create_batch_as_json(app: &TestApp, body: serde_json::Value) -> serde_json::Value {
    let answer = app
        .send(
            axum::http::Request::post("/api/admin/voter-codes")
                .header(
                    "authorization",
                    format!("Bearer {}", api_support::ADMIN_TOKEN),
                )
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    assert_eq!(answer.headers["cache-control"], "no-store");
    answer.json()
}

/// The status word `POST /api/voter-codes/check` answers for a typed code.
async fn checked_status(app: &TestApp, code: &str) -> String {
    let answer = check_code(app, code).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()["status"].as_str().unwrap().to_owned()
}

/// Batches are listed newest first with their place, province, issued and used codes; asked for
/// JSON, creation answers the batch's summary and its codes, each with its check character.
async fn batches_are_listed_newest_first_with_their_issued_and_used_codes(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000]).await;
    let first = app.voter_codes(3, Some("Azilal")).await;
    let created = create_batch_as_json(
        &app,
        json!({"count": 2, "label": "Lycée", "province": "Khouribga", "place": " Lycée Ibn Khaldoun "}),
    )
    .await;
    let second: Vec<String> = serde_json::from_value(created["codes"].clone()).unwrap();
    assert_eq!(second.len(), 2);
    for code in first.iter().chain(&second) {
        assert_eq!(code.len(), "XXXXX-XXXXX-C".len(), "{code}");
        assert!(pb_core::api::read_voter_code(code).is_ok(), "{code}");
    }
    let batch = &created["batch"];
    assert_eq!(
        (
            batch["label"].clone(),
            batch["place"].clone(),
            batch["province"].clone(),
            batch["size"].clone(),
            batch["used"].clone(),
            batch["revoked_at"].clone(),
        ),
        (
            json!("Lycée"),
            json!("Lycée Ibn Khaldoun"),
            json!("Khouribga"),
            json!(2),
            json!(0),
            json!(null)
        )
    );
    app.set_phase("voting").await;
    for (key, code) in [(KEY_A, &first[0]), (KEY_B, &first[1]), (KEY_C, &second[0])] {
        let cast = app
            .submit("/api/ballots", key, &approval_ballot(code, &["p1"]))
            .await;
        assert_eq!(cast.status, StatusCode::CREATED, "{}", cast.text());
    }
    let listed = app.admin_get("/api/admin/voter-codes/batches").await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text());
    let listed = listed.json();
    let rows: Vec<_> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|batch| {
            (
                batch["id"].as_i64().unwrap(),
                batch["place"].clone(),
                batch["size"].as_u64().unwrap(),
                batch["used"].as_u64().unwrap(),
            )
        })
        .collect();
    let second_id = batch["id"].as_i64().unwrap();
    assert_eq!(
        rows,
        [
            (second_id, json!("Lycée Ibn Khaldoun"), 2, 1),
            (second_id - 1, json!(null), 3, 2)
        ]
    );
    assert_eq!(listed[1]["province"], "Azilal");
    assert!(listed[1]["created_at"].as_str().unwrap().ends_with('Z'));
    let empty_place = app
        .admin(
            "POST",
            "/api/admin/voter-codes",
            &json!({"count": 1, "label": "x", "place": "  "}),
        )
        .await;
    assert_eq!(empty_place.error_code(), "invalid_request");
}
on_both_backends!(
    voter_code_batches,
    batches_are_listed_newest_first_with_their_issued_and_used_codes
);

/// After its batch is revoked, an unused code is refused (`voter_code_revoked`, not counted as a
/// wrong code) and checks as `revoked`, a used one stays `used`, and another batch still votes;
/// revoking twice conflicts and an unknown batch is not found.
async fn a_revoked_batch_refuses_its_unused_codes_and_other_batches_still_vote(backend: Backend) {
    let app = TestApp::start(backend, &["--code-failures", "1"]).await;
    app.import_projects(&[1_000]).await;
    let lost = create_batch_as_json(&app, json!({"count": 3, "label": "lost box"})).await;
    let lost_codes: Vec<String> = serde_json::from_value(lost["codes"].clone()).unwrap();
    let other = app.voter_codes(1, None).await;
    app.set_phase("voting").await;
    let cast = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(&lost_codes[0], &["p1"]),
        )
        .await;
    assert_eq!(cast.status, StatusCode::CREATED, "{}", cast.text());

    let id = lost["batch"]["id"].as_i64().unwrap();
    let revoke = format!("/api/admin/voter-codes/batches/{id}/revoke");
    let revoked = app.admin("POST", &revoke, &json!({})).await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.text());
    let revoked = revoked.json();
    assert_eq!(
        (revoked["size"].clone(), revoked["used"].clone()),
        (json!(3), json!(1))
    );
    assert!(revoked["revoked_at"].as_str().unwrap().ends_with('Z'));

    for attempt in 0..2 {
        let refused = app
            .submit(
                "/api/ballots",
                &format!("revoked-key-00000-{attempt}"),
                &approval_ballot(&lost_codes[1], &["p1"]),
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(refused.error_code(), "voter_code_revoked");
    }
    assert_eq!(checked_status(&app, &lost_codes[2]).await, "revoked");
    assert_eq!(checked_status(&app, &lost_codes[0]).await, "used");
    let replay = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(&lost_codes[0], &["p1"]),
        )
        .await;
    assert_eq!(
        replay.status,
        StatusCode::OK,
        "a counted ballot stays counted"
    );
    let used_again = app
        .submit(
            "/api/ballots",
            KEY_B,
            &approval_ballot(&lost_codes[0], &["p1"]),
        )
        .await;
    assert_eq!(used_again.error_code(), "voter_code_used");
    let other_vote = app
        .submit("/api/ballots", KEY_C, &approval_ballot(&other[0], &["p1"]))
        .await;
    assert_eq!(
        other_vote.status,
        StatusCode::CREATED,
        "revoked codes are no wrong codes for the address: {}",
        other_vote.text()
    );

    let twice = app.admin("POST", &revoke, &json!({})).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(twice.error_code(), "conflict");
    let unknown = app
        .admin(
            "POST",
            "/api/admin/voter-codes/batches/999999/revoke",
            &json!({}),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error_code(), "not_found");
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 2);
}
on_both_backends!(
    revoked_batches,
    a_revoked_batch_refuses_its_unused_codes_and_other_batches_still_vote
);

/// A new code votes whether typed with its check character or without it (the same stored code),
/// while one symbol typed wrong is an unknown code.
async fn a_code_is_the_same_with_or_without_its_check_character(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(1, None).await;
    app.set_phase("voting").await;
    let printed = &codes[0];
    let without_check = &printed[..11];
    let last = printed.chars().last().unwrap();
    let wrong_check = format!("{without_check}-{}", if last == '0' { '1' } else { '0' });
    assert_eq!(checked_status(&app, printed).await, "unused");
    assert_eq!(checked_status(&app, without_check).await, "unused");
    assert_eq!(checked_status(&app, &wrong_check).await, "unknown");
    let cast = app
        .submit(
            "/api/ballots",
            KEY_A,
            &approval_ballot(without_check, &["p1"]),
        )
        .await;
    assert_eq!(cast.status, StatusCode::CREATED, "{}", cast.text());
    assert_eq!(checked_status(&app, printed).await, "used");
}
on_both_backends!(
    check_character,
    a_code_is_the_same_with_or_without_its_check_character
);

#[tokio::test]
async fn wrong_codes_on_the_check_and_the_ballot_routes_count_against_one_limit() {
    let app = TestApp::start(Backend::Sqlite, &["--code-failures", "3"]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(1, None).await;
    app.set_phase("voting").await;
    for attempt in 0..2 {
        let answer = check_code(&app, &format!("ZZZZZ-ZZZZ{attempt}")).await;
        assert_eq!(answer.json()["status"], "unknown");
    }
    let used = check_code(&app, &codes[0]).await;
    assert_eq!(used.json()["status"], "unused", "a good code is no failure");
    let third = app
        .submit(
            "/api/ballots",
            "guess-key-000000-3",
            &approval_ballot("ZZZZZ-ZZZZ3", &["p1"]),
        )
        .await;
    assert_eq!(third.error_code(), "unknown_voter_code");
    let blocked_check = check_code(&app, &codes[0]).await;
    assert_eq!(blocked_check.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(blocked_check.error_code(), "too_many_requests");
    assert!(blocked_check.headers.contains_key("retry-after"));
    let blocked_ballot = app
        .submit(
            "/api/ballots",
            "guess-key-000000-real",
            &approval_ballot(&codes[0], &["p1"]),
        )
        .await;
    assert_eq!(blocked_ballot.error_code(), "too_many_requests");

    let app = TestApp::start(Backend::Sqlite, &["--code-failures", "2"]).await;
    app.import_projects(&[1_000]).await;
    app.set_phase("voting").await;
    let first = app
        .submit(
            "/api/ballots",
            "guess-key-000001-1",
            &approval_ballot("ZZZZZ-ZZZZ1", &["p1"]),
        )
        .await;
    assert_eq!(first.error_code(), "unknown_voter_code");
    assert_eq!(
        check_code(&app, "ZZZZZ-ZZZZ2").await.json()["status"],
        "unknown"
    );
    let blocked = check_code(&app, "ZZZZZ-ZZZZ3").await;
    assert_eq!(
        blocked.error_code(),
        "too_many_requests",
        "the ballot route's failures count on the check route too"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_address_has_its_own_count() {
    let app = TestApp::start(
        Backend::Sqlite,
        &["--code-failures", "1", "--trust-forwarded-for"],
    )
    .await;
    app.import_projects(&[1_000]).await;
    app.set_phase("voting").await;
    let from = |address: &'static str, key: &'static str| {
        axum::http::Request::post("/api/ballots")
            .header("content-type", "application/json")
            .header("idempotency-key", key)
            .header("x-forwarded-for", address)
            .body(axum::body::Body::from(
                approval_ballot("ZZZZZ-ZZZZZ", &["p1"]).to_string(),
            ))
            .unwrap()
    };
    let first = app.send(from("203.0.113.7", "forwarded-key-00001")).await;
    assert_eq!(first.error_code(), "unknown_voter_code");
    let again = app.send(from("203.0.113.7", "forwarded-key-00002")).await;
    assert_eq!(again.error_code(), "too_many_requests");
    let neighbour = app.send(from("203.0.113.8", "forwarded-key-00003")).await;
    assert_eq!(neighbour.error_code(), "unknown_voter_code");
}

#[tokio::test]
async fn only_allowed_origins_get_cors_headers() {
    let app = TestApp::start(
        Backend::Sqlite,
        &[
            "--allowed-origins",
            "https://www.cr-bmk.ma,https://embed.example.org",
        ],
    )
    .await;
    let preflight = |origin: &'static str| {
        axum::http::Request::builder()
            .method("OPTIONS")
            .uri("/api/ballots")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,idempotency-key,x-workshop-token",
            )
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let allowed = app.send(preflight("https://www.cr-bmk.ma")).await;
    assert_eq!(
        allowed.headers.get("access-control-allow-origin").unwrap(),
        "https://www.cr-bmk.ma"
    );
    let allowed_headers = allowed.headers.get("access-control-allow-headers").unwrap();
    for header in ["idempotency-key", "x-workshop-token"] {
        assert!(
            allowed_headers.to_str().unwrap().contains(header),
            "{header}"
        );
    }
    let other = app.send(preflight("https://evil.example.com")).await;
    assert!(other.headers.get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn the_openapi_document_lists_every_route_and_the_router_serves_each() {
    let app = TestApp::start(Backend::Sqlite, &[]).await;
    let document = app.get("/api/openapi.json").await.json();
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let paths: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for expected in [
        "/api/health",
        "/api/process",
        "/api/projects",
        "/api/proposals",
        "/api/proposals/decisions",
        "/api/proposals/{id}",
        "/api/ballots",
        "/api/voter-codes/check",
        "/api/results",
        "/api/admin/voter-codes",
        "/api/admin/voter-codes/batches",
        "/api/admin/voter-codes/batches/{id}/revoke",
        "/api/admin/proposals",
        "/api/admin/proposals/{id}/moderation",
        "/api/admin/phase",
        "/api/admin/projects",
        "/api/admin/export/ballots.pb",
        "/api/admin/export/ballots.csv",
        "/api/admin/export/results.csv",
        "/api/admin/counts",
        "/api/admin/workshops",
        "/api/admin/workshops/{id}/revoke",
        "/api/admin/workshops/{id}/grace",
        "/api/staff/login",
        "/api/staff/logout",
        "/api/staff/session",
        "/api/staff/password",
        "/api/staff/accounts",
        "/api/staff/audit",
        "/api/staff/audit.csv",
        "/api/workshop",
        "/api/workshop/ballots",
        "/api/workshop/voter-codes/check",
        "/api/workshop/proposals",
    ] {
        assert!(paths.contains(&expected), "{expected} is not documented");
    }
    for path in &paths {
        let concrete = path.replace("{id}", "1");
        for (method, _) in document["paths"][path].as_object().unwrap() {
            let request = axum::http::Request::builder()
                .method(method.to_uppercase().as_str())
                .uri(&concrete)
                .body(axum::body::Body::empty())
                .unwrap();
            let answer = app.send(request).await;
            assert_ne!(
                (answer.status, answer.error_code_or_empty()),
                (StatusCode::NOT_FOUND, "not_found".to_owned()),
                "{method} {path} is documented but not routed"
            );
        }
    }
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for schema in [
        "BallotSubmission",
        "ProposalSubmission",
        "ErrorBody",
        "Results",
        "WorkshopTokenRequest",
        "WorkshopToken",
        "WorkshopInfo",
        "WorkshopTokenSummary",
        "WorkshopGrace",
        "ProposalFollowUp",
        "VoterCodeCheck",
        "VoterCodeCheckAnswer",
        "VoterCodeStatus",
        "StaffLogin",
        "StaffSession",
        "PasswordChange",
        "NewStaffAccount",
        "CreatedStaffAccount",
        "AuditEntry",
        "VoterCodeBatchSummary",
        "VoterCodeBatchCreated",
    ] {
        assert!(schemas.contains_key(schema), "{schema}");
    }
    let documented_codes = schemas["ErrorCode"]["enum"].as_array().unwrap();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
    assert_eq!(documented_codes, &codes, "every error code is documented");
    assert!(codes.contains(&"workshop_token_invalid"));
    let field_codes = schemas["FieldProblem"]["enum"].as_array().unwrap();
    for code in ["too_short", "invalid_contact", "not_whole"] {
        assert!(
            field_codes.contains(&json!(code)),
            "{code} in {field_codes:?}"
        );
    }
    let security = document["components"]["securitySchemes"]["workshop_token"].clone();
    assert_eq!(
        (
            security["type"].clone(),
            security["in"].clone(),
            security["name"].clone()
        ),
        (json!("apiKey"), json!("header"), json!("x-workshop-token"))
    );
    let session = document["components"]["securitySchemes"]["staff_session"].clone();
    assert_eq!(
        (
            session["type"].clone(),
            session["in"].clone(),
            session["name"].clone()
        ),
        (json!("apiKey"), json!("cookie"), json!("bmk_staff"))
    );
}

#[tokio::test]
async fn a_backup_is_a_consistent_copy_made_while_serving() {
    let app = TestApp::start(Backend::Sqlite, &["--submissions-per-minute", "0"]).await;
    app.import_projects(&[1_000, 2_000]).await;
    let codes = app.voter_codes(40, None).await;
    app.set_phase("voting").await;
    let writer = {
        let router_app = &app;
        async move {
            for (index, code) in codes.iter().enumerate() {
                let key = format!("backup-key-{index:08}");
                let answer = router_app
                    .submit("/api/ballots", &key, &approval_ballot(code, &["p1"]))
                    .await;
                assert_eq!(answer.status, StatusCode::CREATED);
            }
        }
    };
    let target = app.dir.path().join("copy.db");
    let backup = app.state.database.backup(&target);
    let (_, backed_up) = tokio::join!(writer, backup);
    backed_up.unwrap();
    let copy =
        endpoint::store::database::Database::connect(&format!("sqlite://{}", target.display()))
            .await
            .unwrap();
    let endpoint::store::database::Database::Sqlite(pools) = &copy else {
        unreachable!()
    };
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pools.read)
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    let (ballots, used): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM ballots), (SELECT COUNT(*) FROM voter_codes WHERE used)",
    )
    .fetch_one(&pools.read)
    .await
    .unwrap();
    assert_eq!(ballots, used, "the copy is one consistent moment");
    let again = app.state.database.backup(&target).await;
    assert!(again.is_err(), "a backup never overwrites a file");
}
