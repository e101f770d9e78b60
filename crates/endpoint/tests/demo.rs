//! `endpoint --demo` as a newcomer runs it: its own database seeded once with the example
//! process, its accounts and codes on the terminal, every phase reachable from the console, and
//! its database refused without `--demo`, as `--demo` refuses a database holding other data.
mod published_process;
mod run_to_the_end;

use axum::body::Bytes;
use axum::http::{Method, Request, StatusCode, header};
use endpoint::demo::seed_data::{DEMO_ACCOUNTS, DEMO_CODES, DEMO_MARK};
use endpoint::demo::summary::SUMMARY_END;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use published_process::PROCESS_FILE;
use run_to_the_end::run_to_the_end;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use tempfile::TempDir;

/// The endpoint binary in `dir` with the published process file, listening on a free port.
fn endpoint(dir: &TempDir, flags: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_endpoint"));
    command
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .env_remove("BMK_DEMO")
        .env_remove("BMK_DEMO_DATABASE_URL")
        .env("RUST_LOG", "error")
        .args(["--addr", "127.0.0.1:0", "--process", PROCESS_FILE])
        .args(["--log-format", "text"])
        .args(flags);
    command
}

/// A running endpoint and what it printed on starting; killed when dropped.
struct Demo {
    /// The server process.
    child: Child,
    /// Base URL such as `http://127.0.0.1:41234` (no trailing `/`).
    url: String,
    /// Every line printed up to the end of the demonstration's summary.
    printed: Vec<String>,
}

impl Demo {
    /// Starts the endpoint with `--demo` (and `flags`) in `dir`, and reads its terminal output
    /// up to the end of the summary.
    fn start(dir: &TempDir, flags: &[&str]) -> Demo {
        let mut child = endpoint(dir, flags)
            .arg("--demo")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut printed = Vec::new();
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            let end = line.contains(SUMMARY_END);
            printed.push(line);
            if end {
                break;
            }
        }
        let url = printed
            .first()
            .and_then(|line| line.strip_prefix("Serving the app at "))
            .unwrap_or_else(|| panic!("unexpected output: {printed:?}"))
            .trim_end_matches('/')
            .to_owned();
        assert!(
            printed
                .last()
                .is_some_and(|line| line.contains(SUMMARY_END)),
            "{printed:?}"
        );
        Demo {
            child,
            url,
            printed,
        }
    }

    /// The voter codes printed, one per line.
    fn codes(&self) -> Vec<String> {
        self.printed
            .iter()
            .map(|line| line.trim())
            .filter(|line| {
                line.len() == 13 && line.as_bytes()[5] == b'-' && line.as_bytes()[11] == b'-'
            })
            .map(str::to_owned)
            .collect()
    }

    /// Sends a request as the console does (its own origin, the session cookie if any) and
    /// reads the answer: status, JSON body (`null` when empty) and the session cookie set.
    async fn send(
        &self,
        method: Method,
        path: &str,
        cookie: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value, Option<String>) {
        let client: Client<HttpConnector, Full<Bytes>> =
            Client::builder(TokioExecutor::new()).build_http();
        let mut request = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.url))
            .header(header::ORIGIN, &self.url)
            .header("Idempotency-Key", format!("demo-test-{path}"));
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let body = match body {
            Some(json) => {
                request = request.header(header::CONTENT_TYPE, "application/json");
                Full::new(Bytes::from(json.to_string()))
            }
            None => Full::new(Bytes::new()),
        };
        let response = client.request(request.body(body).unwrap()).await.unwrap();
        let status = response.status();
        let cookie = response.headers().get(header::SET_COOKIE).map(|value| {
            value
                .to_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_owned()
        });
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| panic!("{path}: {}", String::from_utf8_lossy(&bytes)))
        };
        (status, json, cookie)
    }

    /// `GET path`, which must answer 200; returns the JSON body.
    async fn get(&self, path: &str, cookie: Option<&str>) -> Value {
        let (status, body, _) = self.send(Method::GET, path, cookie, None).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        body
    }

    /// Signs in as the example account `name`; returns the session cookie.
    async fn sign_in(&self, name: &str) -> String {
        let account = DEMO_ACCOUNTS
            .iter()
            .find(|account| account.name == name)
            .unwrap();
        let login = json!({ "name": account.name, "password": account.password });
        let (status, body, cookie) = self
            .send(Method::POST, "/api/staff/login", None, Some(login))
            .await;
        assert_eq!(status, StatusCode::OK, "{name}: {body}");
        assert_eq!(body["account"]["role"], account.role.as_str(), "{body}");
        cookie.unwrap()
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The titles or names of `items` under `field`.
fn texts(items: &Value, field: &str) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_demo_prints_its_accounts_and_codes_and_runs_through_every_phase() {
    let dir = TempDir::new().unwrap();
    let demo = Demo::start(&dir, &[]);
    let printed = demo.printed.join("\n");
    for account in DEMO_ACCOUNTS {
        assert!(
            demo.printed.iter().any(|line| line.contains(account.name)
                && line.contains(account.role.as_str())
                && line.contains(account.password)),
            "{printed}"
        );
    }
    let codes = demo.codes();
    assert_eq!(codes.len(), DEMO_CODES.count as usize, "{printed}");
    assert!(
        dir.path().join("var/demo.db").is_file() && !dir.path().join("var/bmk.db").exists(),
        "the demonstration has its own database"
    );

    let process = demo.get("/api/process", None).await;
    assert_eq!(process["phase"], "proposals", "{process}");

    let published = demo.get("/api/proposals", None).await;
    let titles = texts(&published, "title");
    assert_eq!(titles.len(), 5, "{titles:?}");
    assert!(titles.iter().all(|title| title.starts_with(DEMO_MARK)));
    let decisions = demo.get("/api/proposals/decisions", None).await;
    let refused: Vec<&Value> = decisions
        .as_array()
        .unwrap()
        .iter()
        .filter(|proposal| proposal["status"] == "rejected")
        .collect();
    assert_eq!(refused.len(), 1, "{decisions}");
    assert!(
        refused[0]["rejection_reason"]
            .as_str()
            .is_some_and(|reason| reason.starts_with(DEMO_MARK)),
        "{decisions}"
    );

    let projects = demo.get("/api/projects", None).await;
    let names = texts(&projects, "name");
    assert_eq!(names.len(), 8, "{names:?}");
    assert!(names.iter().all(|name| name.starts_with(DEMO_MARK)));
    assert!(
        projects
            .as_array()
            .unwrap()
            .iter()
            .all(|project| project["translations"]["ar"]["name"]
                .as_str()
                .is_some_and(|name| name.starts_with("[تجريبي]"))),
        "{projects}"
    );

    let moderator = demo.sign_in("demo-moderation").await;
    let pending = demo
        .get("/api/admin/proposals?status=pending", Some(&moderator))
        .await;
    assert_eq!(texts(&pending, "title").len(), 2, "{pending}");
    let officer = demo.sign_in("demo-codes").await;
    let batches = demo
        .get("/api/admin/voter-codes/batches", Some(&officer))
        .await;
    assert_eq!(batches[0]["label"], DEMO_CODES.label, "{batches}");
    assert_eq!(batches[0]["place"], DEMO_CODES.place, "{batches}");
    let admin = demo.sign_in("demo-admin").await;
    for phase in ["review", "voting"] {
        let (status, body, _) = demo
            .send(
                Method::PUT,
                "/api/admin/phase",
                Some(&admin),
                Some(json!({ "phase": phase })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["phase"], phase, "{body}");
        let (_, session, _) = demo
            .send(Method::GET, "/api/staff/session", Some(&admin), None)
            .await;
        assert_eq!(session["demo"], true, "{session}");
    }

    let check = json!({ "code": codes[0] });
    let (status, answer, _) = demo
        .send(
            Method::POST,
            "/api/voter-codes/check",
            None,
            Some(check.clone()),
        )
        .await;
    assert_eq!(
        (status, &answer["status"]),
        (StatusCode::OK, &json!("unused"))
    );
    let ballot = json!({
        "voter_code": codes[0],
        "ballot": {"type": "approval", "projects": ["demo-ecole-ouaouizeght", "demo-eau-demnate"]}
    });
    let (status, receipt, _) = demo
        .send(Method::POST, "/api/ballots", None, Some(ballot))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    let (_, answer, _) = demo
        .send(Method::POST, "/api/voter-codes/check", None, Some(check))
        .await;
    assert_eq!(answer["status"], "used", "{answer}");
}

#[tokio::test]
async fn a_second_demo_start_seeds_nothing_and_a_start_without_demo_is_refused() {
    let dir = TempDir::new().unwrap();
    let first = Demo::start(&dir, &[]);
    assert_eq!(first.codes().len(), DEMO_CODES.count as usize);
    drop(first);

    let again = Demo::start(&dir, &[]);
    assert!(again.codes().is_empty(), "{:?}", again.printed);
    assert!(
        again.printed.iter().any(|line| line.contains("Codes area")),
        "{:?}",
        again.printed
    );
    let admin = again.sign_in("demo-admin").await;
    let proposals = again.get("/api/admin/proposals", Some(&admin)).await;
    assert_eq!(texts(&proposals, "title").len(), 8, "{proposals}");
    let batches = again
        .get("/api/admin/voter-codes/batches", Some(&admin))
        .await;
    assert_eq!(batches.as_array().unwrap().len(), 1, "{batches}");
    drop(again);

    let output = run_to_the_end(endpoint(&dir, &["--database-url", "sqlite://var/demo.db"]));
    assert!(!output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty(), "it never served: {output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("holds the demonstration") && stderr.contains("--demo"),
        "{stderr}"
    );
}

#[test]
fn a_demo_is_never_seeded_into_a_database_holding_other_data() {
    let dir = TempDir::new().unwrap();
    let url = "sqlite://var/region.db";
    let mut add = endpoint(&dir, &["--database-url", url]);
    add.args(["staff", "add", "amina", "--role", "moderator"]);
    let added = run_to_the_end(add);
    assert!(added.status.success(), "{added:?}");

    let output = run_to_the_end(endpoint(&dir, &["--demo", "--demo-database-url", url]));
    assert!(!output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty(), "it never served: {output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("holds other data"), "{stderr}");

    let mut list = endpoint(&dir, &["--database-url", url]);
    list.args(["staff", "list"]);
    let listed = run_to_the_end(list);
    let accounts = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(accounts.lines().count(), 1, "{accounts}");
    assert!(accounts.starts_with("amina\t"), "{accounts}");
}
