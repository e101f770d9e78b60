//! Workshop tokens end to end in process: issued by an administrator, checked on the workshop
//! routes, which take a whole room's submissions from one address without the per-address limits.
mod api_support;
mod in_process;
mod published_process;

use api_support::{ADMIN_TOKEN, Answer, Backend, TestApp, approval_ballot, proposal};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use pb_core::api::{WORKSHOP_TOKEN_HEADER, receipt_for_key};
use serde_json::{Value, json};

/// Issues a workshop token, asserting success.
async fn workshop_token(app: &TestApp, label: &str) -> String {
    let answer = app
        .admin("POST", "/api/admin/workshops", &json!({ "label": label }))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    answer.json()["token"].as_str().unwrap().to_owned()
}

/// A submission `POST path` with a JSON body, an idempotency key and a workshop token.
fn workshop_request(path: &str, token: &str, key: &str, body: &Value) -> Request<Body> {
    Request::post(path)
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .header(WORKSHOP_TOKEN_HEADER, token)
        .body(Body::from(body.to_string()))
        .unwrap()
}

/// Sends every request at once (all from the same, unknown, address) and returns the answers in
/// request order.
async fn burst(app: &TestApp, requests: Vec<Request<Body>>) -> Vec<Answer> {
    let mut sent = tokio::task::JoinSet::new();
    for (index, request) in requests.into_iter().enumerate() {
        let router = app.router.clone();
        sent.spawn(async move {
            use http_body_util::BodyExt;
            use tower::ServiceExt;
            let response = router.oneshot(request).await.unwrap();
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            let answer = Answer {
                status,
                headers,
                body: body.to_vec(),
            };
            (index, answer)
        });
    }
    let mut answers: Vec<Option<Answer>> = (0..sent.len()).map(|_| None).collect();
    while let Some(answer) = sent.join_next().await {
        let (index, answer) = answer.unwrap();
        answers[index] = Some(answer);
    }
    answers.into_iter().map(Option::unwrap).collect()
}

/// Status and error code (`""` for a success) of each answer.
fn outcomes(answers: &[Answer]) -> Vec<(StatusCode, String)> {
    answers
        .iter()
        .map(|answer| (answer.status, answer.error_code_or_empty()))
        .collect()
}

/// Issuing needs the administrator; the token then opens the workshop routes and nothing else does.
async fn tokens_are_issued_by_administrators_and_checked(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let anonymous = app
        .send(
            Request::post("/api/admin/workshops")
                .header("content-type", "application/json")
                .body(Body::from(json!({"label": "Atelier"}).to_string()))
                .unwrap(),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.error_code(), "unauthorized");
    for (label, field_code) in [("   ", "required"), (&*"é".repeat(121), "too_long")] {
        let refused = app
            .admin("POST", "/api/admin/workshops", &json!({ "label": label }))
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{label:?}"
        );
        assert_eq!(refused.error_code(), "invalid_request");
        assert_eq!(
            refused.json()["error"]["fields"],
            json!([{"field": "label", "code": field_code}])
        );
    }

    let created = app
        .admin(
            "POST",
            "/api/admin/workshops",
            &json!({"label": "  Azilal — maison des jeunes  "}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let body = created.json();
    assert_eq!(body["label"], "Azilal — maison des jeunes");
    let token = body["token"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 32, "{token}");
    assert!(token.bytes().all(|byte| byte.is_ascii_hexdigit()));
    let other = workshop_token(&app, "Khouribga").await;
    assert_ne!(token, other, "each workshop gets its own token");

    let info = |token: Option<&str>| {
        let mut request = Request::get("/api/workshop");
        if let Some(token) = token {
            request = request.header(WORKSHOP_TOKEN_HEADER, token);
        }
        app.send(request.body(Body::empty()).unwrap())
    };
    let known = info(Some(&token)).await;
    assert_eq!(known.status, StatusCode::OK, "{}", known.text());
    assert_eq!(known.json(), json!({"label": "Azilal — maison des jeunes"}));
    assert_eq!(
        info(Some(&other)).await.json(),
        json!({"label": "Khouribga"})
    );
    let last_digit_changed = if token.ends_with('0') { '1' } else { '0' };
    let wrong_token = format!("{}{last_digit_changed}", &token[..31]);
    assert_ne!(wrong_token, token);
    for refused in [
        info(Some(&wrong_token)).await,
        info(Some(ADMIN_TOKEN)).await,
        info(None).await,
    ] {
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
        assert_eq!(refused.error_code(), "workshop_token_invalid");
    }
    for path in ["/api/workshop/ballots", "/api/workshop/proposals"] {
        let refused = app
            .send(workshop_request(
                path,
                &wrong_token,
                "workshop-key-refused-1",
                &proposal("Eau potable"),
            ))
            .await;
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(refused.error_code(), "workshop_token_invalid", "{path}");
    }
    let pending = app.admin_get("/api/admin/proposals").await.json();
    assert_eq!(pending, json!([]), "nothing was stored without a token");
}
on_both_backends!(tokens, tokens_are_issued_by_administrators_and_checked);

/// A ballot sent again from the tablet with its key is answered with the same receipt, the one
/// the tablet computed from the key, and counted once.
async fn a_workshop_replay_counts_once_with_the_same_receipt(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.import_projects(&[1_000, 2_000]).await;
    let codes = app.voter_codes(1, Some("Azilal")).await;
    app.set_phase("voting").await;
    let token = workshop_token(&app, "Atelier Azilal").await;
    let key = "workshop-ballot-key-0001";
    let ballot = approval_ballot(&codes[0], &["p2"]);
    let first = app
        .send(workshop_request(
            "/api/workshop/ballots",
            &token,
            key,
            &ballot,
        ))
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(first.json()["receipt"], receipt_for_key(key));
    let replay = app
        .send(workshop_request(
            "/api/workshop/ballots",
            &token,
            key,
            &ballot,
        ))
        .await;
    assert_eq!(replay.status, StatusCode::OK, "{}", replay.text());
    assert_eq!(replay.json()["receipt"], receipt_for_key(key));
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 1);
    assert_eq!(
        counts["ballots_by_province"],
        json!([{"key": "Azilal", "count": 1}])
    );
    app.set_phase("results").await;
    assert_eq!(
        app.get("/api/ballots").await.json(),
        json!([{"receipt": receipt_for_key(key), "ballot": {"type": "approval", "projects": ["p2"]}}])
    );
}
on_both_backends!(
    workshop_replay,
    a_workshop_replay_counts_once_with_the_same_receipt
);

#[tokio::test]
async fn a_burst_of_workshop_ballots_from_one_address_is_all_counted_but_not_on_the_public_route() {
    let app = TestApp::start(
        Backend::Sqlite,
        &["--submissions-per-minute", "1", "--submission-burst", "3"],
    )
    .await;
    app.import_projects(&[1_000, 2_000, 3_000]).await;
    let codes = app.voter_codes(80, None).await;
    app.set_phase("voting").await;
    let token = workshop_token(&app, "Atelier Béni Mellal").await;
    let (workshop_codes, public_codes) = codes.split_at(40);

    let requests = workshop_codes
        .iter()
        .enumerate()
        .map(|(index, code)| {
            workshop_request(
                "/api/workshop/ballots",
                &token,
                &format!("workshop-burst-{index:08}"),
                &approval_ballot(code, &["p1", "p3"]),
            )
        })
        .collect();
    let answers = outcomes(&burst(&app, requests).await);
    assert!(
        answers
            .iter()
            .all(|(status, _)| *status == StatusCode::CREATED),
        "{answers:?}"
    );
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 40);

    let requests = public_codes
        .iter()
        .enumerate()
        .map(|(index, code)| {
            Request::post("/api/ballots")
                .header("content-type", "application/json")
                .header("idempotency-key", format!("public-burst-{index:08}"))
                .body(Body::from(approval_ballot(code, &["p2"]).to_string()))
                .unwrap()
        })
        .collect();
    let public = burst(&app, requests).await;
    assert!(
        public
            .iter()
            .filter(|answer| answer.status == StatusCode::TOO_MANY_REQUESTS)
            .all(|answer| answer.headers.contains_key("retry-after"))
    );
    let answers = outcomes(&public);
    let created = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::CREATED)
        .count();
    let limited = answers
        .iter()
        .filter(|answer| **answer == (StatusCode::TOO_MANY_REQUESTS, "too_many_requests".into()))
        .count();
    assert_eq!(
        (created, limited),
        (3, 37),
        "the burst allowance, then 429: {answers:?}"
    );
    let counts = app.admin_get("/api/admin/counts").await.json();
    assert_eq!(counts["voter_codes_used"], 43);
    app.set_phase("results").await;
    assert_eq!(app.get("/api/results").await.json()["ballots"], 43);
}

#[tokio::test]
async fn a_burst_of_workshop_proposals_is_all_stored_and_replays_are_answered() {
    let app = TestApp::start(
        Backend::Sqlite,
        &["--submissions-per-minute", "1", "--submission-burst", "2"],
    )
    .await;
    let token = workshop_token(&app, "Atelier Khénifra").await;
    let requests = (0..20)
        .map(|index| {
            workshop_request(
                "/api/workshop/proposals",
                &token,
                &format!("workshop-proposal-{index:06}"),
                &proposal(&format!("Proposition d'atelier {index}")),
            )
        })
        .collect();
    let answers = outcomes(&burst(&app, requests).await);
    assert!(
        answers
            .iter()
            .all(|(status, _)| *status == StatusCode::CREATED),
        "{answers:?}"
    );
    let replay = app
        .send(workshop_request(
            "/api/workshop/proposals",
            &token,
            "workshop-proposal-000007",
            &proposal("Proposition d'atelier 7"),
        ))
        .await;
    assert_eq!(replay.status, StatusCode::OK, "{}", replay.text());
    let mut invalid = proposal("Eau");
    invalid["sector"] = json!("space");
    let refused = app
        .send(workshop_request(
            "/api/workshop/proposals",
            &token,
            "workshop-proposal-invalid",
            &invalid,
        ))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.error_code(), "invalid_proposal");
    let pending = app
        .admin_get("/api/admin/proposals?status=pending")
        .await
        .json();
    assert_eq!(pending.as_array().unwrap().len(), 20);
    let public = (0..3)
        .map(|index| {
            Request::post("/api/proposals")
                .header("content-type", "application/json")
                .header("idempotency-key", format!("public-proposal-{index:06}"))
                .body(Body::from(proposal("Proposition publique").to_string()))
                .unwrap()
        })
        .collect();
    let statuses: Vec<StatusCode> = burst(&app, public)
        .await
        .iter()
        .map(|answer| answer.status)
        .collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|status| **status == StatusCode::TOO_MANY_REQUESTS)
            .count(),
        1,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn wrong_voter_codes_from_a_workshop_do_not_block_its_address() {
    let app = TestApp::start(Backend::Sqlite, &["--code-failures", "2"]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(2, None).await;
    app.set_phase("voting").await;
    let token = workshop_token(&app, "Atelier Fquih Ben Salah").await;
    for attempt in 0..5 {
        let answer = app
            .send(workshop_request(
                "/api/workshop/ballots",
                &token,
                &format!("workshop-typo-key-{attempt:04}"),
                &approval_ballot(&format!("ZZZZZ-ZZZZ{attempt}"), &["p1"]),
            ))
            .await;
        assert_eq!(answer.error_code(), "unknown_voter_code", "{attempt}");
    }
    let counted = app
        .send(workshop_request(
            "/api/workshop/ballots",
            &token,
            "workshop-typo-key-real",
            &approval_ballot(&codes[0], &["p1"]),
        ))
        .await;
    assert_eq!(counted.status, StatusCode::CREATED, "{}", counted.text());
    for attempt in 0..2 {
        let key = format!("public-typo-key-{attempt:04}");
        let guess = approval_ballot(&format!("YYYYY-YYYY{attempt}"), &["p1"]);
        let answer = app.submit("/api/ballots", &key, &guess).await;
        assert_eq!(answer.error_code(), "unknown_voter_code");
    }
    let blocked = app
        .submit(
            "/api/ballots",
            "public-typo-key-real",
            &approval_ballot(&codes[1], &["p1"]),
        )
        .await;
    assert_eq!(
        blocked.error_code(),
        "too_many_requests",
        "the public route still counts wrong codes"
    );
}

#[tokio::test]
async fn the_sqlite_file_holds_the_hash_of_a_workshop_token_never_the_token() {
    use endpoint::store::database::Database;
    let app = TestApp::start(Backend::Sqlite, &[]).await;
    let token = workshop_token(&app, "Atelier Azilal").await;
    let hash = endpoint::store::sha256_hex(token.as_bytes());
    let Database::Sqlite(pools) = &app.state.database else {
        unreachable!()
    };
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT token_hash, label, created_on FROM workshop_tokens")
            .fetch_all(&pools.read)
            .await
            .unwrap();
    assert_eq!(rows.len(), 1);
    let (stored_hash, label, created_on) = &rows[0];
    assert_eq!(stored_hash, &hash);
    assert_eq!(label, "Atelier Azilal");
    assert_eq!(created_on.len(), "2026-11-25".len(), "{created_on}");

    let mut bytes = Vec::new();
    for suffix in ["", "-wal"] {
        let path = app.dir.path().join(format!("var/test.db{suffix}"));
        if let Ok(content) = std::fs::read(&path) {
            bytes.extend(content);
        }
    }
    let contains = |needle: &str| {
        bytes
            .windows(needle.len())
            .any(|window| window == needle.as_bytes())
    };
    assert!(contains(&hash), "the files read are the database's");
    assert!(!contains(&token), "the token is stored in plain text");
    assert!(!contains(&token.to_uppercase()));
}

#[tokio::test]
async fn a_workshop_checks_many_wrong_codes_from_one_address_without_being_blocked() {
    let app = TestApp::start(Backend::Sqlite, &["--code-failures", "2"]).await;
    app.import_projects(&[1_000]).await;
    let codes = app.voter_codes(1, None).await;
    app.set_phase("voting").await;
    let token = workshop_token(&app, "Atelier Fquih Ben Salah").await;
    let check = |code: String| {
        Request::post("/api/workshop/voter-codes/check")
            .header("content-type", "application/json")
            .header(WORKSHOP_TOKEN_HEADER, token.as_str())
            .body(Body::from(json!({ "code": code }).to_string()))
            .unwrap()
    };
    for attempt in 0..5 {
        let answer = app.send(check(format!("ZZZZZ-ZZZZ{attempt}"))).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        assert_eq!(answer.json()["status"], "unknown");
    }
    let good = app.send(check(codes[0].clone())).await;
    assert_eq!(good.json()["status"], "unused");
    let without_token = Request::post("/api/workshop/voter-codes/check")
        .header("content-type", "application/json")
        .body(Body::from(json!({ "code": codes[0] }).to_string()))
        .unwrap();
    assert_eq!(
        app.send(without_token).await.error_code(),
        "workshop_token_invalid"
    );
}

/// The tokens are listed newest first, never with the token itself, each with the ballots and
/// proposals sent through it.
async fn tokens_are_listed_with_the_ballots_and_proposals_each_sent(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let azilal = workshop_token(&app, "Atelier Azilal").await;
    let khenifra = workshop_token(&app, "Atelier Khénifra").await;
    let stored = app
        .send(workshop_request(
            "/api/workshop/proposals",
            &azilal,
            "listed-proposal-0001",
            &proposal("Piste rurale"),
        ))
        .await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.text());
    let public = app
        .submit(
            "/api/proposals",
            "listed-proposal-0002",
            &proposal("Dispensaire"),
        )
        .await;
    assert_eq!(public.status, StatusCode::CREATED, "{}", public.text());
    app.import_projects(&[1_000, 2_000]).await;
    let codes = app.voter_codes(2, Some("Azilal")).await;
    app.set_phase("voting").await;
    let key = "listed-ballot-0001";
    let ballot = approval_ballot(&codes[0], &["p1"]);
    for expected in [StatusCode::CREATED, StatusCode::OK] {
        let cast = app
            .send(workshop_request(
                "/api/workshop/ballots",
                &azilal,
                key,
                &ballot,
            ))
            .await;
        assert_eq!(
            cast.status,
            expected,
            "a replay counts once: {}",
            cast.text()
        );
    }
    let public_ballot = app
        .submit(
            "/api/ballots",
            "listed-ballot-0002",
            &approval_ballot(&codes[1], &["p2"]),
        )
        .await;
    assert_eq!(public_ballot.status, StatusCode::CREATED);

    let listed = app.admin_get("/api/admin/workshops").await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text());
    let listed = listed.json();
    let tokens = listed.as_array().unwrap();
    assert_eq!(tokens.len(), 2);
    let newest = &tokens[0];
    assert_eq!(newest["label"], "Atelier Khénifra");
    assert_eq!(
        (newest["ballots"].clone(), newest["proposals"].clone()),
        (json!(0), json!(0))
    );
    let first = &tokens[1];
    assert_eq!(first["label"], "Atelier Azilal");
    assert_eq!(
        (first["ballots"].clone(), first["proposals"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(first["revoked_at"], Value::Null);
    assert_eq!(first["grace_until"], Value::Null);
    assert_eq!(
        first["created_on"].as_str().unwrap().len(),
        "2026-12-03".len()
    );
    assert!(first["id"].as_i64().unwrap() < newest["id"].as_i64().unwrap());
    let text = listed.to_string();
    assert!(
        !text.contains(&azilal) && !text.contains(&khenifra),
        "{text}"
    );
}
on_both_backends!(
    listing,
    tokens_are_listed_with_the_ballots_and_proposals_each_sent
);

/// A revoked token is refused on every workshop route from then on; what it sent stays, and the
/// revocation is audited with the token before and after.
async fn a_revoked_token_is_refused_on_every_workshop_route(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let token = workshop_token(&app, "Atelier Khouribga").await;
    let stored = app
        .send(workshop_request(
            "/api/workshop/proposals",
            &token,
            "revoked-proposal-0001",
            &proposal("Bibliothèque"),
        ))
        .await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.text());
    let id = app.admin_get("/api/admin/workshops").await.json()[0]["id"]
        .as_i64()
        .unwrap();
    let revoke = format!("/api/admin/workshops/{id}/revoke");
    let revoked = app.admin("POST", &revoke, &json!(null)).await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.text());
    assert!(revoked.json()["revoked_at"].is_string());
    assert_eq!(revoked.json()["proposals"], 1);

    let with_token = |request: axum::http::request::Builder| {
        request
            .header("content-type", "application/json")
            .header("idempotency-key", "revoked-key-0002")
            .header(WORKSHOP_TOKEN_HEADER, token.as_str())
    };
    let requests = [
        with_token(Request::get("/api/workshop")).body(Body::empty()),
        with_token(Request::post("/api/workshop/proposals"))
            .body(Body::from(proposal("Piste").to_string())),
        with_token(Request::post("/api/workshop/ballots")).body(Body::from(
            approval_ballot("ABCDE-FGHJK", &["p1"]).to_string(),
        )),
        with_token(Request::post("/api/workshop/voter-codes/check"))
            .body(Body::from(json!({"code": "ABCDE-FGHJK"}).to_string())),
    ];
    for request in requests {
        let request = request.unwrap();
        let path = request.uri().to_string();
        let refused = app.send(request).await;
        assert_eq!(
            (refused.status, refused.error_code()),
            (
                StatusCode::UNAUTHORIZED,
                "workshop_token_invalid".to_owned()
            ),
            "{path}"
        );
    }
    let again = app.admin("POST", &revoke, &json!(null)).await;
    assert_eq!(
        (again.status, again.error_code()),
        (StatusCode::CONFLICT, "conflict".to_owned())
    );
    let unknown = app
        .admin("POST", "/api/admin/workshops/999/revoke", &json!(null))
        .await;
    assert_eq!(unknown.error_code(), "not_found");
    let pending = app
        .admin_get("/api/admin/proposals?status=pending")
        .await
        .json();
    assert_eq!(pending.as_array().unwrap().len(), 1, "its proposal stays");
    let audit = app.admin_get("/api/staff/audit").await.json();
    let entry = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["action"] == "workshop_token.revoke")
        .expect("the revocation is audited");
    assert_eq!(entry["subject"], format!("workshop token {id}"));
    assert_eq!(entry["before"]["revoked_at"], Value::Null);
    assert_eq!(entry["after"]["revoked_at"], revoked.json()["revoked_at"]);
    assert_eq!(entry["after"]["label"], "Atelier Khouribga");
}
on_both_backends!(
    revocation,
    a_revoked_token_is_refused_on_every_workshop_route
);
