//! Staff accounts end to end in process, on a SQLite file and on PostgreSQL: signing in with the
//! session cookie, the roles of every staff and administration route, sessions ending, the
//! same-origin rule, wrong passwords throttled, password changes, the audit log, the automation
//! token, and `endpoint staff add` as an operator runs it. Part of the `api` test binary.
use crate::api_support::{ADMIN_TOKEN, Answer, Backend, TestApp, proposal};
use crate::in_process;
use crate::published_process::PROCESS_FILE;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clap::Parser;
use endpoint::Config;
use endpoint::store::database::Database;
use pb_core::api::{NewStaffAccount, StaffRole};
use serde_json::{Value, json};

/// The host the test requests are sent to.
const HOST: &str = "bmk.example";

/// The console's origin on that host.
const ORIGIN: &str = "http://bmk.example";

/// The password of the accounts the tests create directly.
pub const PASSWORD: &str = "correct horse battery staple";

/// Creates an account with [`PASSWORD`] (no change required), straight in the database.
pub async fn add_account(app: &TestApp, name: &str, role: StaffRole, province: Option<&str>) {
    let account = NewStaffAccount {
        name: name.to_owned(),
        role,
        province: province.map(str::to_owned),
    };
    app.state
        .database
        .add_staff_account(&account, Some(PASSWORD), "test")
        .await
        .unwrap();
}

/// A request from the console's own page: Host and Origin of the console, the cookie if any,
/// and the JSON body if any.
fn console_request(
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&Value>,
) -> Request<Body> {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    match body {
        Some(body) => request
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap(),
        None => request.body(Body::empty()).unwrap(),
    }
}

/// `POST /api/staff/login` from the console.
async fn login(app: &TestApp, name: &str, password: &str) -> Answer {
    let body = json!({ "name": name, "password": password });
    app.send(console_request(
        "POST",
        "/api/staff/login",
        None,
        Some(&body),
    ))
    .await
}

/// The `name=value` part of the answer's session cookie.
fn cookie_of(answer: &Answer) -> String {
    let set_cookie = answer
        .headers
        .get(header::SET_COOKIE)
        .unwrap_or_else(|| panic!("no Set-Cookie: {} {}", answer.status, answer.text()))
        .to_str()
        .unwrap();
    set_cookie.split(';').next().unwrap().to_owned()
}

/// Signs in, asserting success; returns the cookie to send.
pub async fn sign_in(app: &TestApp, name: &str, password: &str) -> String {
    let answer = login(app, name, password).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    cookie_of(&answer)
}

/// A request of the signed-in console.
pub async fn as_staff(
    app: &TestApp,
    cookie: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Answer {
    app.send(console_request(method, path, Some(cookie), body))
        .await
}

/// Runs SQL on the app's database for writing, as an operator with a database client would.
async fn execute_sql(app: &TestApp, sql: &str) -> Result<u64, sqlx::Error> {
    match &app.state.database {
        Database::Sqlite(pools) => sqlx::query(sql)
            .execute(&pools.write)
            .await
            .map(|done| done.rows_affected()),
        Database::Postgres(pool) => sqlx::query(sql)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()),
    }
}

/// Every role-restricted route, with a body it accepts and the roles that may use it.
fn restricted_routes() -> Vec<(
    &'static str,
    &'static str,
    Option<Value>,
    &'static [&'static str],
)> {
    const ALL: &[&str] = &["administrator", "moderator", "code_officer"];
    const MODERATION: &[&str] = &["administrator", "moderator"];
    const CODES: &[&str] = &["administrator", "code_officer"];
    const ADMINISTRATORS: &[&str] = &["administrator"];
    vec![
        ("GET", "/api/admin/counts", None, ALL),
        ("GET", "/api/admin/proposals", None, MODERATION),
        (
            "POST",
            "/api/admin/proposals/1/moderation",
            Some(json!({"action": "publish"})),
            MODERATION,
        ),
        (
            "POST",
            "/api/admin/voter-codes",
            Some(json!({"count": 2, "label": "Lycée", "province": "Azilal"})),
            CODES,
        ),
        ("GET", "/api/admin/voter-codes/batches", None, CODES),
        (
            "POST",
            "/api/admin/voter-codes/batches/1/revoke",
            None,
            CODES,
        ),
        (
            "PUT",
            "/api/admin/proposals/1/review",
            Some(json!({"feasible": true, "reason": "Terrain disponible"})),
            MODERATION,
        ),
        (
            "POST",
            "/api/admin/projects/from-proposals",
            Some(json!({"projects": [{"proposal_id": 1,
                "project": {"id": "", "name": "Piste", "cost": 1000}}]})),
            ADMINISTRATORS,
        ),
        ("GET", "/api/admin/results/preview", None, ADMINISTRATORS),
        (
            "PUT",
            "/api/admin/phase",
            Some(json!({"phase": "proposals"})),
            ADMINISTRATORS,
        ),
        (
            "PUT",
            "/api/admin/projects",
            Some(json!({"projects": [{"id": "p1", "name": "Piste", "cost": 1000}]})),
            ADMINISTRATORS,
        ),
        ("GET", "/api/admin/export/ballots.pb", None, ADMINISTRATORS),
        ("GET", "/api/admin/export/ballots.csv", None, ADMINISTRATORS),
        ("GET", "/api/admin/export/results.csv", None, ADMINISTRATORS),
        (
            "POST",
            "/api/admin/workshops",
            Some(json!({"label": "Atelier"})),
            ADMINISTRATORS,
        ),
        ("GET", "/api/admin/workshops", None, ADMINISTRATORS),
        (
            "POST",
            "/api/admin/workshops/1/revoke",
            None,
            ADMINISTRATORS,
        ),
        (
            "PUT",
            "/api/admin/workshops/1/grace",
            Some(json!({"grace_until": null})),
            ADMINISTRATORS,
        ),
        ("GET", "/api/staff/accounts", None, ADMINISTRATORS),
        (
            "POST",
            "/api/staff/accounts",
            Some(json!({"name": "new.moderator", "role": "moderator"})),
            ADMINISTRATORS,
        ),
        ("GET", "/api/staff/audit", None, ADMINISTRATORS),
        ("GET", "/api/staff/audit.csv", None, ADMINISTRATORS),
    ]
}

/// Each role-restricted route refuses each role that may not use it with `403 forbidden`, lets
/// the others through, and refuses a request without credentials with `401 unauthorized`.
async fn each_route_refuses_the_roles_that_may_not_use_it(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    add_account(&app, "officer.one", StaffRole::CodeOfficer, Some("Azilal")).await;
    for (name, role) in [
        ("moderator.one", "moderator"),
        ("officer.one", "code_officer"),
        ("admin.one", "administrator"),
    ] {
        let cookie = sign_in(&app, name, PASSWORD).await;
        for (method, path, body, roles) in restricted_routes() {
            let answer = as_staff(&app, &cookie, method, path, body.as_ref()).await;
            let outcome = (answer.status, answer.error_code_or_empty());
            if roles.contains(&role) {
                assert!(
                    answer.status != StatusCode::UNAUTHORIZED
                        && !matches!(outcome.1.as_str(), "forbidden" | "password_change_required"),
                    "{role} may use {method} {path}: {:?} {}",
                    outcome,
                    answer.text()
                );
            } else {
                assert_eq!(
                    outcome,
                    (StatusCode::FORBIDDEN, "forbidden".to_owned()),
                    "{role} may not use {method} {path}"
                );
            }
        }
    }
    let signed_in_routes = [
        ("GET", "/api/staff/session", None),
        ("POST", "/api/staff/logout", None),
        (
            "PUT",
            "/api/staff/password",
            Some(json!({"current": PASSWORD, "new": "another long password"})),
        ),
    ];
    let anonymous = restricted_routes()
        .into_iter()
        .map(|(method, path, body, _)| (method, path, body))
        .chain(signed_in_routes);
    for (method, path, body) in anonymous {
        let answer = app
            .send(console_request(method, path, None, body.as_ref()))
            .await;
        assert_eq!(
            (answer.status, answer.error_code()),
            (StatusCode::UNAUTHORIZED, "unauthorized".to_owned()),
            "{method} {path} without a cookie"
        );
    }
}
crate::on_both_backends!(roles, each_route_refuses_the_roles_that_may_not_use_it);

/// A code officer creates voter codes for their own province only.
async fn a_code_officer_creates_codes_for_their_own_province_only(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(
        &app,
        "officer.azilal",
        StaffRole::CodeOfficer,
        Some("Azilal"),
    )
    .await;
    let cookie = sign_in(&app, "officer.azilal", PASSWORD).await;
    for (province, expected) in [
        (json!("Azilal"), StatusCode::CREATED),
        (json!("Khouribga"), StatusCode::FORBIDDEN),
        (json!(null), StatusCode::FORBIDDEN),
    ] {
        let body = json!({"count": 3, "label": "Lycée", "province": province});
        let answer = as_staff(&app, &cookie, "POST", "/api/admin/voter-codes", Some(&body)).await;
        assert_eq!(answer.status, expected, "{province}: {}", answer.text());
        if expected == StatusCode::FORBIDDEN {
            assert_eq!(answer.error_code(), "forbidden");
        }
    }
    let counts = as_staff(&app, &cookie, "GET", "/api/admin/counts", None).await;
    assert_eq!(counts.json()["voter_codes_issued"], 3);
    // Another province's batch is neither listed to them nor revocable by them.
    let other = app
        .admin(
            "POST",
            "/api/admin/voter-codes",
            &json!({"count": 1, "label": "Lycée", "province": "Khouribga"}),
        )
        .await;
    assert_eq!(other.status, StatusCode::CREATED, "{}", other.text());
    let listed = as_staff(&app, &cookie, "GET", "/api/admin/voter-codes/batches", None).await;
    let provinces: Vec<Value> = listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["province"].clone())
        .collect();
    assert_eq!(provinces, vec![json!("Azilal")]);
    let all = app.admin_get("/api/admin/voter-codes/batches").await.json();
    let khouribga = all
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["province"] == "Khouribga")
        .unwrap()["id"]
        .clone();
    let revoke = format!("/api/admin/voter-codes/batches/{khouribga}/revoke");
    let refused = as_staff(&app, &cookie, "POST", &revoke, None).await;
    assert_eq!(
        (refused.status, refused.error_code()),
        (StatusCode::FORBIDDEN, "forbidden".to_owned())
    );
}
crate::on_both_backends!(
    code_officer,
    a_code_officer_creates_codes_for_their_own_province_only
);

/// The cookie lasts the configured minutes; once the session's end has passed it answers 401.
async fn an_expired_session_no_longer_works(backend: Backend) {
    let app = TestApp::start(backend, &["--staff-session-minutes", "5"]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    let answer = login(&app, "admin.one", PASSWORD).await;
    let set_cookie = answer.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set_cookie.starts_with("bmk_staff=")
            && set_cookie.contains("; HttpOnly; SameSite=Strict; Path=/; Max-Age=300")
            && !set_cookie.contains("Secure"),
        "{set_cookie}"
    );
    let session = answer.json();
    assert_eq!(session["account"]["name"], "admin.one");
    assert_eq!(session["account"]["role"], "administrator");
    assert!(session["expires_at"].as_str().unwrap().ends_with('Z'));
    let cookie = cookie_of(&answer);
    let token = cookie.trim_start_matches("bmk_staff=");
    assert_eq!(token.len(), 64, "32 random bytes in hexadecimal");
    let now = as_staff(&app, &cookie, "GET", "/api/staff/session", None).await;
    assert_eq!(now.status, StatusCode::OK);
    assert_eq!(now.json(), session);

    execute_sql(
        &app,
        "UPDATE staff_sessions SET expires_at = '2000-01-01T00:00:00Z'",
    )
    .await
    .unwrap();
    for path in ["/api/staff/session", "/api/admin/counts"] {
        let later = as_staff(&app, &cookie, "GET", path, None).await;
        assert_eq!(later.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(later.error_code(), "unauthorized");
    }
}
crate::on_both_backends!(expiry, an_expired_session_no_longer_works);

/// Signing out ends the session in the database and clears the cookie; the old cookie, sent
/// again, answers 401.
async fn signing_out_ends_the_session_and_the_old_cookie_is_refused(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    let cookie = sign_in(&app, "moderator.one", PASSWORD).await;
    let out = as_staff(&app, &cookie, "POST", "/api/staff/logout", None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT, "{}", out.text());
    let cleared = out.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cleared.starts_with("bmk_staff=;") && cleared.contains("Max-Age=0"),
        "{cleared}"
    );
    for (method, path) in [
        ("GET", "/api/staff/session"),
        ("GET", "/api/admin/proposals"),
    ] {
        let replay = as_staff(&app, &cookie, method, path, None).await;
        assert_eq!(replay.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(replay.error_code(), "unauthorized");
    }
}
crate::on_both_backends!(
    logout,
    signing_out_ends_the_session_and_the_old_cookie_is_refused
);

/// A request changing something with the cookie must come from the console's own origin: another
/// `Origin`, or no `Origin` with `Sec-Fetch-Site: cross-site` or without it, is refused with
/// `403 forbidden` and changes nothing; signing in is held to the same rule.
async fn cross_origin_changes_with_the_cookie_are_refused_and_change_nothing(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    let cookie = sign_in(&app, "admin.one", PASSWORD).await;
    let phase_change = |origin: Option<&str>, fetch_site: Option<&str>| {
        let mut request = Request::put("/api/admin/phase")
            .header(header::HOST, HOST)
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        if let Some(site) = fetch_site {
            request = request.header("sec-fetch-site", site);
        }
        request
            .body(Body::from(json!({"phase": "voting"}).to_string()))
            .unwrap()
    };
    for (origin, fetch_site) in [
        (Some("https://evil.example"), None),
        (Some("https://bmk.example"), None),
        (Some("null"), Some("same-origin")),
        (None, Some("cross-site")),
        (None, Some("same-site")),
        (None, None),
    ] {
        let answer = app.send(phase_change(origin, fetch_site)).await;
        assert_eq!(
            (answer.status, answer.error_code()),
            (StatusCode::FORBIDDEN, "forbidden".to_owned()),
            "Origin {origin:?}, Sec-Fetch-Site {fetch_site:?}"
        );
        assert!(
            answer.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("cross-origin")
        );
    }
    assert_eq!(
        app.get("/api/process").await.json()["phase"],
        "proposals",
        "nothing changed"
    );
    let reading = app
        .send(
            Request::get("/api/admin/counts")
                .header(header::HOST, HOST)
                .header(header::ORIGIN, "https://evil.example")
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reading.status, StatusCode::OK, "reading changes nothing");
    let same_origin_fetch = app.send(phase_change(None, Some("same-origin"))).await;
    assert_eq!(
        same_origin_fetch.status,
        StatusCode::OK,
        "{}",
        same_origin_fetch.text()
    );
    let own_origin = app.send(phase_change(Some(ORIGIN), None)).await;
    assert_eq!(own_origin.status, StatusCode::OK);
    assert_eq!(app.get("/api/process").await.json()["phase"], "voting");

    let forged_login = app
        .send(
            Request::post("/api/staff/login")
                .header(header::HOST, HOST)
                .header(header::ORIGIN, "https://evil.example")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({"name": "admin.one", "password": PASSWORD}).to_string(),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(forged_login.status, StatusCode::FORBIDDEN);
    assert_eq!(forged_login.error_code(), "forbidden");
    assert!(forged_login.headers.get(header::SET_COOKIE).is_none());
}
crate::on_both_backends!(
    same_origin,
    cross_origin_changes_with_the_cookie_are_refused_and_change_nothing
);

/// Behind a trusted proxy saying HTTPS, or with `--secure-cookies`, the cookie is `Secure` and the
/// console's origin is `https://`.
#[tokio::test]
async fn over_https_the_cookie_is_secure_and_the_origin_https() {
    for flags in [&["--secure-cookies"][..], &["--trust-forwarded-for"][..]] {
        let app = TestApp::start(Backend::Sqlite, flags).await;
        add_account(&app, "admin.one", StaffRole::Administrator, None).await;
        let request = Request::post("/api/staff/login")
            .header(header::HOST, HOST)
            .header(header::ORIGIN, "https://bmk.example")
            .header("x-forwarded-proto", "https")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                json!({"name": "admin.one", "password": PASSWORD}).to_string(),
            ))
            .unwrap();
        let answer = app.send(request).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{flags:?}: {}",
            answer.text()
        );
        let set_cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
        assert!(set_cookie.ends_with("; Secure"), "{flags:?}: {set_cookie}");
    }
}

/// After 5 wrong passwords for one name, the 6th attempt is refused with 429 and Retry-After even
/// with the right password; after 20 from one address, any name waits.
async fn wrong_passwords_are_throttled_even_for_the_right_one(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    for attempt in 1..=5 {
        let wrong = login(&app, "admin.one", &format!("wrong password {attempt}")).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
        assert_eq!(wrong.error_code(), "unauthorized");
    }
    let right = login(&app, "admin.one", PASSWORD).await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        right.text()
    );
    assert_eq!(right.error_code(), "too_many_requests");
    let wait: u64 = right.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    assert!(right.headers.get(header::SET_COOKIE).is_none());

    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    let _ = sign_in(&app, "moderator.one", PASSWORD).await;
    for attempt in 6..=20 {
        let unknown = login(&app, &format!("nobody.{attempt}"), "wrong password").await;
        assert_eq!(
            unknown.status,
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let after_twenty = login(&app, "moderator.one", PASSWORD).await;
    assert_eq!(
        after_twenty.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the address used up its 20, and signing in did not reset them"
    );
}
crate::on_both_backends!(
    throttle,
    wrong_passwords_are_throttled_even_for_the_right_one
);

/// Changing the password needs the right current one and a new acceptable one; afterwards the new
/// one signs in and the old one does not.
async fn a_password_change_needs_the_current_one_and_replaces_it(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    let cookie = sign_in(&app, "moderator.one", PASSWORD).await;
    let new = "a much better passphrase";
    let change = |current: &str, new: &str| json!({"current": current, "new": new});
    let wrong_current = as_staff(
        &app,
        &cookie,
        "PUT",
        "/api/staff/password",
        Some(&change("not my password", new)),
    )
    .await;
    assert_eq!(wrong_current.status, StatusCode::FORBIDDEN);
    assert_eq!(wrong_current.error_code(), "forbidden");
    for bad_new in ["short", PASSWORD] {
        let refused = as_staff(
            &app,
            &cookie,
            "PUT",
            "/api/staff/password",
            Some(&change(PASSWORD, bad_new)),
        )
        .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad_new}"
        );
        assert_eq!(refused.error_code(), "invalid_request");
    }
    let changed = as_staff(
        &app,
        &cookie,
        "PUT",
        "/api/staff/password",
        Some(&change(PASSWORD, new)),
    )
    .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text());
    let still = as_staff(&app, &cookie, "GET", "/api/staff/session", None).await;
    assert_eq!(
        still.status,
        StatusCode::OK,
        "the session that changed it goes on"
    );
    assert_eq!(
        login(&app, "moderator.one", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    let _ = sign_in(&app, "moderator.one", new).await;
}
crate::on_both_backends!(
    password,
    a_password_change_needs_the_current_one_and_replaces_it
);

/// An account created with a one-time password may only see its session, change its password
/// and sign out until it has set its own.
async fn a_one_time_password_account_is_limited_until_it_sets_its_own(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let created = app
        .admin(
            "POST",
            "/api/staff/accounts",
            &json!({"name": "fatima.zahra", "role": "moderator"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let created = created.json();
    assert_eq!(created["account"]["password_change_required"], true);
    let one_time = created["one_time_password"].as_str().unwrap().to_owned();
    assert_eq!(one_time.len(), 23, "{one_time}");
    let cookie = sign_in(&app, "fatima.zahra", &one_time).await;
    let session = as_staff(&app, &cookie, "GET", "/api/staff/session", None).await;
    assert_eq!(session.json()["account"]["password_change_required"], true);
    for path in ["/api/admin/proposals", "/api/admin/counts"] {
        let limited = as_staff(&app, &cookie, "GET", path, None).await;
        assert_eq!(limited.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(limited.error_code(), "password_change_required", "{path}");
    }
    let own = "my own long password";
    let body = json!({"current": one_time, "new": own});
    let changed = as_staff(&app, &cookie, "PUT", "/api/staff/password", Some(&body)).await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text());
    let proposals = as_staff(&app, &cookie, "GET", "/api/admin/proposals", None).await;
    assert_eq!(proposals.status, StatusCode::OK);
    let session = as_staff(&app, &cookie, "GET", "/api/staff/session", None).await;
    assert_eq!(session.json()["account"]["password_change_required"], false);
    let out = as_staff(&app, &cookie, "POST", "/api/staff/logout", None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
}
crate::on_both_backends!(
    one_time_password,
    a_one_time_password_account_is_limited_until_it_sets_its_own
);

/// Accounts: a taken name is a conflict, a bad name or province is refused, the list never shows
/// a password hash.
async fn accounts_are_created_once_per_name_with_valid_provinces(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let create = |body: Value| {
        let app = &app;
        async move { app.admin("POST", "/api/staff/accounts", &body).await }
    };
    let officer = json!({"name": "officer.azilal", "role": "code_officer", "province": "Azilal"});
    assert_eq!(create(officer.clone()).await.status, StatusCode::CREATED);
    let taken = create(officer).await;
    assert_eq!(
        (taken.status, taken.error_code()),
        (StatusCode::CONFLICT, "conflict".to_owned())
    );
    for invalid in [
        json!({"name": "two words", "role": "moderator"}),
        json!({"name": "officer.x", "role": "code_officer"}),
        json!({"name": "officer.y", "role": "code_officer", "province": "Casablanca"}),
        json!({"name": "admin.z", "role": "administrator", "province": "Azilal"}),
    ] {
        let answer = create(invalid.clone()).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{invalid}");
        assert_eq!(answer.error_code(), "invalid_request");
    }
    let list = app.admin_get("/api/staff/accounts").await;
    assert_eq!(list.json()[0]["name"], "officer.azilal");
    assert_eq!(list.json()[0]["province"], "Azilal");
    assert!(!list.text().contains("argon2"));
}
crate::on_both_backends!(
    accounts,
    accounts_are_created_once_per_name_with_valid_provinces
);

/// Every staff action is in the audit log with its actor and records (never a voter code nor a
/// workshop token), newest first a page at a time; the database refuses to change or remove a line.
async fn the_audit_log_lists_every_action_and_cannot_be_changed(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    let refused = login(&app, "moderator.one", "not the password").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let moderator = sign_in(&app, "moderator.one", PASSWORD).await;
    let admin = sign_in(&app, "admin.one", PASSWORD).await;

    let submitted = app
        .submit(
            "/api/proposals",
            "key-audit-aaaaaaaaaaaa-1",
            &proposal("Eau potable"),
        )
        .await;
    let id = submitted.json()["id"].as_i64().unwrap();
    let publish = json!({"action": "publish"});
    let path = format!("/api/admin/proposals/{id}/moderation");
    let published = as_staff(&app, &moderator, "POST", &path, Some(&publish)).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text());
    let projects = json!({"projects": [{"id": "p1", "name": "Piste", "cost": 1000}]});
    let imported = as_staff(&app, &admin, "PUT", "/api/admin/projects", Some(&projects)).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.text());
    let batch = json!({"count": 2, "label": "Lycée", "province": "Azilal"});
    let codes = as_staff(&app, &admin, "POST", "/api/admin/voter-codes", Some(&batch)).await;
    assert_eq!(codes.status, StatusCode::CREATED);
    let workshop = json!({"label": "Atelier jeunesse"});
    let token = as_staff(
        &app,
        &admin,
        "POST",
        "/api/admin/workshops",
        Some(&workshop),
    )
    .await;
    let token = token.json()["token"].as_str().unwrap().to_owned();
    let phase = json!({"phase": "review"});
    let changed = as_staff(&app, &admin, "PUT", "/api/admin/phase", Some(&phase)).await;
    assert_eq!(changed.status, StatusCode::OK);
    let out = as_staff(&app, &moderator, "POST", "/api/staff/logout", None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);

    let log = as_staff(&app, &admin, "GET", "/api/staff/audit", None).await;
    assert_eq!(log.status, StatusCode::OK, "{}", log.text());
    let entries = log.json();
    let entries = entries.as_array().unwrap();
    let summary: Vec<(String, String, String)> = entries
        .iter()
        .map(|entry| {
            (
                entry["actor"].as_str().unwrap().to_owned(),
                entry["action"].as_str().unwrap().to_owned(),
                entry["subject"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("moderator.one", "logout", String::new()),
        ("admin.one", "phase.set", "process".to_owned()),
        (
            "admin.one",
            "workshop_token.create",
            "workshop token 1".to_owned(),
        ),
        ("admin.one", "voter_codes.create", "batch 1".to_owned()),
        ("admin.one", "projects.import", "project list".to_owned()),
        (
            "moderator.one",
            "proposal.publish",
            format!("proposal {id}"),
        ),
        ("admin.one", "login", String::new()),
        ("moderator.one", "login", String::new()),
        ("moderator.one", "login.refused", String::new()),
        ("test", "account.create", "account moderator.one".to_owned()),
        ("test", "account.create", "account admin.one".to_owned()),
    ];
    let expected: Vec<(String, String, String)> = expected
        .into_iter()
        .map(|(actor, action, subject)| (actor.to_owned(), action.to_owned(), subject))
        .collect();
    assert_eq!(summary, expected, "newest first");
    let by_action = |action: &str| {
        entries
            .iter()
            .find(|entry| entry["action"] == action)
            .unwrap()
            .clone()
    };
    let moderation = by_action("proposal.publish");
    assert_eq!(moderation["before"], json!({"status": "pending"}));
    assert_eq!(moderation["after"]["status"], "published");
    assert_eq!(
        (
            by_action("phase.set")["before"].clone(),
            by_action("phase.set")["after"].clone()
        ),
        (json!({"phase": "proposals"}), json!({"phase": "review"}))
    );
    let import = by_action("projects.import");
    assert_eq!(import["before"], json!({"count": 0, "ids": []}));
    assert_eq!(import["after"], json!({"count": 1, "ids": ["p1"]}));
    assert_eq!(
        by_action("voter_codes.create")["after"],
        json!({"batch": 1, "label": "Lycée", "place": null, "province": "Azilal", "count": 2})
    );
    assert_eq!(
        by_action("workshop_token.create")["after"],
        json!({"label": "Atelier jeunesse", "grace_until": null})
    );
    assert_eq!(by_action("login.refused")["after"]["address"], "0.0.0.0");
    assert!(
        entries
            .iter()
            .all(|entry| entry["at"].as_str().unwrap().ends_with('Z'))
    );
    let text = log.text();
    assert!(!text.contains(&token), "the workshop token is not logged");
    for line in codes.text().lines().skip(1) {
        let code = line.split(',').next().unwrap();
        assert!(!text.contains(code), "voter code {code} is not logged");
    }

    let first_page = as_staff(&app, &admin, "GET", "/api/staff/audit?limit=4", None).await;
    let first_page = first_page.json();
    assert_eq!(first_page.as_array().unwrap().len(), 4);
    let last = first_page[3]["id"].as_i64().unwrap();
    let next = format!("/api/staff/audit?limit=4&before={last}");
    let second_page = as_staff(&app, &admin, "GET", &next, None).await.json();
    assert_eq!(
        second_page[0], entries[4],
        "the next page starts after the last one"
    );
    let too_many = as_staff(&app, &admin, "GET", "/api/staff/audit?limit=501", None).await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);

    for sql in [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
    ] {
        let error = execute_sql(&app, sql).await.unwrap_err().to_string();
        assert!(error.contains("append-only"), "{sql}: {error}");
    }
    let again = as_staff(&app, &admin, "GET", "/api/staff/audit", None)
        .await
        .json();
    assert_eq!(again.as_array().unwrap().len(), entries.len());
    assert_eq!(again[0]["actor"], "moderator.one");
}
crate::on_both_backends!(
    audit,
    the_audit_log_lists_every_action_and_cannot_be_changed
);

/// The whole audit log downloads as CSV, oldest first, and the download is itself logged.
async fn the_audit_log_downloads_as_csv(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "admin.one", StaffRole::Administrator, None).await;
    let admin = sign_in(&app, "admin.one", PASSWORD).await;
    let phase = json!({"phase": "review"});
    as_staff(&app, &admin, "PUT", "/api/admin/phase", Some(&phase)).await;
    let csv = as_staff(&app, &admin, "GET", "/api/staff/audit.csv", None).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert_eq!(
        csv.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"audit.csv\""
    );
    assert_eq!(csv.headers[header::CACHE_CONTROL], "no-store");
    let text = csv.text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "id,at,actor,action,subject,before,after");
    assert!(
        lines[1].contains(",test,account.create,account admin.one,"),
        "{text}"
    );
    assert!(lines[2].contains(",admin.one,login,"), "{text}");
    assert!(
        lines[3].contains(
            ",admin.one,phase.set,process,\"{\"\"phase\"\":\"\"proposals\"\"}\",\"{\"\"phase\"\":\"\"review\"\"}\""
        ),
        "{text}"
    );
    assert_eq!(lines.len(), 4);
    let log = as_staff(&app, &admin, "GET", "/api/staff/audit?limit=1", None)
        .await
        .json();
    assert_eq!(
        (log[0]["action"].clone(), log[0]["subject"].clone()),
        (json!("export.download"), json!("audit.csv"))
    );
}
crate::on_both_backends!(audit_csv, the_audit_log_downloads_as_csv);

/// The automation token still works on every administration route, acting as an administrator
/// audited as `automation`; it is not a session.
async fn the_automation_token_acts_as_an_administrator_audited_as_automation(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    app.set_phase("review").await;
    let accounts = app.admin_get("/api/staff/accounts").await;
    assert_eq!(accounts.status, StatusCode::OK);
    let log = app.admin_get("/api/staff/audit").await.json();
    assert_eq!(log[0]["actor"], "automation");
    assert_eq!(log[0]["action"], "phase.set");
    let session = app
        .send(
            Request::get("/api/staff/session")
                .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(
        session.status,
        StatusCode::UNAUTHORIZED,
        "the token is not a session"
    );
}
crate::on_both_backends!(
    automation,
    the_automation_token_acts_as_an_administrator_audited_as_automation
);

/// `endpoint staff add` on a SQLite file prints a one-time password that signs in (and must be
/// replaced), reads a password from stdin with `--password-stdin`, refuses a code officer
/// without a known province, and `endpoint staff list` shows the accounts.
#[tokio::test]
async fn the_staff_add_command_prints_a_one_time_password_that_signs_in() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = tempfile::TempDir::new().unwrap();
    let url = format!("sqlite://{}", dir.path().join("var/staff.db").display());
    let staff = |args: &[&str], stdin: Option<&str>| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_endpoint"))
            .args([
                "--database-url",
                &url,
                "--process",
                PROCESS_FILE,
                "--log-format",
                "text",
            ])
            .arg("staff")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).unwrap();
        }
        drop(input);
        child.wait_with_output().unwrap()
    };
    let added = staff(&["add", "fatima.zahra", "--role", "administrator"], None);
    assert!(added.status.success(), "{added:?}");
    let printed = String::from_utf8(added.stdout).unwrap();
    let one_time = printed
        .lines()
        .find_map(|line| line.strip_prefix("One-time password: "))
        .unwrap_or_else(|| panic!("no one-time password in {printed}"))
        .to_owned();
    let officer = staff(
        &[
            "add",
            "officer.azilal",
            "--role",
            "code-officer",
            "--province",
            "Azilal",
            "--password-stdin",
        ],
        Some("a long password from stdin\n"),
    );
    assert!(officer.status.success(), "{officer:?}");
    assert!(!String::from_utf8_lossy(&officer.stdout).contains("One-time password"));
    for refused in [
        &["add", "officer.none", "--role", "code-officer"][..],
        &[
            "add",
            "officer.far",
            "--role",
            "code-officer",
            "--province",
            "Casablanca",
        ][..],
        &["add", "fatima.zahra", "--role", "moderator"][..],
    ] {
        let answer = staff(refused, None);
        assert!(!answer.status.success(), "{refused:?}: {answer:?}");
    }
    let short = staff(
        &[
            "add",
            "short.one",
            "--role",
            "moderator",
            "--password-stdin",
        ],
        Some("short\n"),
    );
    assert!(!short.status.success());
    let list = String::from_utf8(staff(&["list"], None).stdout).unwrap();
    assert!(list.contains("fatima.zahra\tadministrator\t-\t"), "{list}");
    assert!(
        list.contains("officer.azilal\tcode_officer\tAzilal\t"),
        "{list}"
    );

    let config = Config::parse_from([
        "endpoint",
        "--database-url",
        &url,
        "--process",
        PROCESS_FILE,
        "--log-format",
        "text",
    ]);
    let (router, state) = in_process::open_app(&config).await;
    let app = TestApp { router, state, dir };
    let session = login(&app, "fatima.zahra", &one_time).await;
    assert_eq!(session.status, StatusCode::OK, "{}", session.text());
    assert_eq!(session.json()["account"]["password_change_required"], true);
    let officer = login(&app, "officer.azilal", "a long password from stdin").await;
    assert_eq!(officer.json()["account"]["password_change_required"], false);
    let cookie = cookie_of(&session);
    let own = json!({"current": one_time, "new": "the first administrator's"});
    let changed = as_staff(&app, &cookie, "PUT", "/api/staff/password", Some(&own)).await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT);
    let log = as_staff(&app, &cookie, "GET", "/api/staff/audit", None)
        .await
        .json();
    let created: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["action"] == "account.create")
        .collect();
    assert_eq!(created.len(), 2);
    assert!(created.iter().all(|entry| entry["actor"] == "command line"));
}
