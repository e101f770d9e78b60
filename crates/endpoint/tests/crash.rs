//! Crash test: the endpoint binary is killed with SIGKILL while ballots are being cast, then
//! restarted on the same SQLite file; every ballot it acknowledged must still be there, once.
mod published_process;
mod server_process;

use axum::body::Bytes;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use published_process::PROCESS_FILE;
use serde_json::{Value, json};
use server_process::spawn_endpoint;
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Administrators' token of the server under test.
const ADMIN_TOKEN: &str = "crash-test-admin-token-0123456789";
/// Voter codes issued, far more than the ballots cast before the kill.
const VOTER_CODES: usize = 3000;
/// Projects on the ballot, `p1` to `p10`, costing 1 to 10 million dirhams.
const PROJECTS: usize = 10;
/// Tasks casting ballots at the same time.
const WORKERS: usize = 16;
/// Acknowledged ballots after which the server is killed at once.
const KILL_AT_ACKNOWLEDGED: usize = 300;
/// Load time after which the server is killed if at least [`MIN_ACKNOWLEDGED`] were acknowledged.
const KILL_AFTER: Duration = Duration::from_secs(1);
/// Acknowledged ballots needed before the kill for the test to mean anything.
const MIN_ACKNOWLEDGED: usize = 100;
/// Longest time each phase of the test (setup, load, checks) may take.
const PHASE_LIMIT: Duration = Duration::from_secs(60);

/// HTTP/1.1 client with a keep-alive connection pool.
type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// The endpoint binary on a free loopback port; killed when dropped.
struct Endpoint {
    /// The server process.
    child: Child,
    /// Base URL such as `http://127.0.0.1:41234`.
    url: String,
}

impl Endpoint {
    /// Starts the binary on `database_url` (API only) and waits until it listens.
    fn start(database_url: &str, data: &Path) -> Endpoint {
        let mut command = Command::new(env!("CARGO_BIN_EXE_endpoint"));
        command
            .args(["--addr", "127.0.0.1:0", "--log-format", "text"])
            .args(["--database-url", database_url])
            .args(["--process", PROCESS_FILE])
            .args(["--admin-token", ADMIN_TOKEN])
            .args(["--submissions-per-minute", "0"])
            .arg("--dist")
            .arg(data.join("no-dist"))
            .env("RUST_LOG", "error")
            .stderr(Stdio::inherit());
        let (child, url) = spawn_endpoint(command);
        Endpoint { child, url }
    }

    /// Kills the process with SIGKILL (no chance to finish anything) and reaps it.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A new client whose pool keeps enough idle connections for every worker.
fn http_client() -> HttpClient {
    Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(WORKERS * 2)
        .build_http()
}

/// Sends one request (with the admin token, ignored by public routes) and reads the whole
/// answer; `Err` when no HTTP answer came back.
async fn send(
    client: &HttpClient,
    method: Method,
    url: String,
    extra_header: Option<(&str, &str)>,
    body: Option<&Value>,
) -> Result<(StatusCode, Bytes), String> {
    let mut request = Request::builder()
        .method(method)
        .uri(url)
        .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"));
    if let Some((name, value)) = extra_header {
        request = request.header(name, value);
    }
    let body = match body {
        Some(json) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Full::new(Bytes::from(json.to_string()))
        }
        None => Full::new(Bytes::new()),
    };
    let response = client
        .request(request.body(body).unwrap())
        .await
        .map_err(|error| error.to_string())?;
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|error| error.to_string())?
        .to_bytes();
    Ok((status, bytes))
}

/// Like [`send`], for requests that must succeed with `expected`; returns the body.
async fn expect(
    client: &HttpClient,
    method: Method,
    url: String,
    body: Option<&Value>,
    expected: StatusCode,
) -> Bytes {
    let (status, bytes) = send(client, method, url.clone(), None, body)
        .await
        .unwrap_or_else(|error| panic!("{url}: {error}"));
    assert_eq!(
        status,
        expected,
        "{url}: {}",
        String::from_utf8_lossy(&bytes)
    );
    bytes
}

/// Runs `work`, failing the test if it takes longer than [`PHASE_LIMIT`].
async fn within_limit<T>(phase: &str, work: impl Future<Output = T>) -> T {
    tokio::time::timeout(PHASE_LIMIT, work)
        .await
        .unwrap_or_else(|_| panic!("{phase} took longer than {PHASE_LIMIT:?}"))
}

/// Imports the projects, issues the voter codes and opens voting; returns the codes.
async fn set_up_voting(client: &HttpClient, url: &str) -> Vec<String> {
    let projects: Vec<Value> = (1..=PROJECTS)
        .map(|number| {
            json!({"id": format!("p{number}"), "name": format!("Project {number}"),
                   "cost": number * 1_000_000, "province": null,
                   "sectors": ["education"], "description": ""})
        })
        .collect();
    let catalogue = json!({ "projects": projects });
    let projects_url = format!("{url}/api/admin/projects");
    expect(
        client,
        Method::PUT,
        projects_url,
        Some(&catalogue),
        StatusCode::OK,
    )
    .await;
    let request = json!({"count": VOTER_CODES, "label": "crash", "province": "Azilal"});
    let codes_url = format!("{url}/api/admin/voter-codes");
    let csv = expect(
        client,
        Method::POST,
        codes_url,
        Some(&request),
        StatusCode::CREATED,
    )
    .await;
    let codes: Vec<String> = String::from_utf8(csv.to_vec())
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), VOTER_CODES);
    set_phase(client, url, "voting").await;
    codes
}

/// Opens `phase`.
async fn set_phase(client: &HttpClient, url: &str, phase: &str) {
    let change = json!({ "phase": phase });
    let phase_url = format!("{url}/api/admin/phase");
    expect(
        client,
        Method::PUT,
        phase_url,
        Some(&change),
        StatusCode::OK,
    )
    .await;
}

/// The idempotency key and body of ballot number `index` (1 to 5 distinct projects, at most
/// 50 million dirhams in all).
fn ballot_submission(index: usize, code: &str) -> (String, Value) {
    let chosen: Vec<String> = (0..=index % 5)
        .map(|k| format!("p{}", (index + 3 * k) % PROJECTS + 1))
        .collect();
    let key = format!("crash-test-ballot-{index:08}");
    let body = json!({"voter_code": code, "ballot": {"type": "approval", "projects": chosen}});
    (key, body)
}

/// A ballot the server answered with 201.
struct Acknowledged {
    /// Its idempotency key.
    key: String,
    /// The JSON body sent.
    body: Value,
    /// The receipt answered.
    receipt: String,
}

/// What the workers observed while the server was loaded and then killed.
#[derive(Default)]
struct LoadRecord {
    /// Ballots acknowledged with 201.
    acknowledged: Mutex<Vec<Acknowledged>>,
    /// Answers other than 201, with their status and body.
    rejected: Mutex<Vec<String>>,
    /// Requests that got no HTTP answer (the server died first).
    unanswered: AtomicUsize,
    /// Requests sent and not yet answered.
    in_flight: AtomicUsize,
}

/// Casts ballots with the codes in turn (shared `next_code` index) until `stop` is set or the
/// codes run out.
async fn cast_ballots(
    client: HttpClient,
    url: String,
    codes: Arc<Vec<String>>,
    next_code: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    record: Arc<LoadRecord>,
) {
    while !stop.load(Ordering::SeqCst) {
        let index = next_code.fetch_add(1, Ordering::SeqCst);
        let Some(code) = codes.get(index) else { break };
        let (key, body) = ballot_submission(index, code);
        record.in_flight.fetch_add(1, Ordering::SeqCst);
        let answer = send(
            &client,
            Method::POST,
            format!("{url}/api/ballots"),
            Some(("idempotency-key", &key)),
            Some(&body),
        )
        .await;
        record.in_flight.fetch_sub(1, Ordering::SeqCst);
        match answer {
            Ok((StatusCode::CREATED, bytes)) => {
                let answer: Value = serde_json::from_slice(&bytes).unwrap();
                let receipt = answer["receipt"].as_str().unwrap().to_owned();
                let ballot = Acknowledged { key, body, receipt };
                record.acknowledged.lock().unwrap().push(ballot);
            }
            Ok((status, bytes)) => {
                let text = String::from_utf8_lossy(&bytes);
                record
                    .rejected
                    .lock()
                    .unwrap()
                    .push(format!("{status}: {text}"));
            }
            Err(_) => {
                record.unanswered.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

/// Loads the server, kills it with SIGKILL, restarts it and checks the stored ballots.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_ballots_survive_a_kill_during_load() {
    let data = TempDir::new().unwrap();
    let database_url = format!("sqlite://{}", data.path().join("crash.db").display());
    let mut endpoint = Endpoint::start(&database_url, data.path());
    let setup_client = http_client();
    let codes = within_limit("setup", set_up_voting(&setup_client, &endpoint.url)).await;

    let codes = Arc::new(codes);
    let next_code = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let record = Arc::new(LoadRecord::default());
    let load_client = http_client();
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            tokio::spawn(cast_ballots(
                load_client.clone(),
                endpoint.url.clone(),
                codes.clone(),
                next_code.clone(),
                stop.clone(),
                record.clone(),
            ))
        })
        .collect();
    let load_start = Instant::now();
    let in_flight_at_kill = loop {
        let acknowledged = record.acknowledged.lock().unwrap().len();
        let elapsed = load_start.elapsed();
        if acknowledged >= KILL_AT_ACKNOWLEDGED
            || (elapsed >= KILL_AFTER && acknowledged >= MIN_ACKNOWLEDGED)
        {
            break record.in_flight.load(Ordering::SeqCst);
        }
        assert!(
            elapsed < PHASE_LIMIT,
            "only {acknowledged} ballots acknowledged in {elapsed:?}"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    };
    endpoint.kill();
    let load_seconds = load_start.elapsed().as_secs_f64();
    stop.store(true, Ordering::SeqCst);
    within_limit("stopping the workers", async {
        for worker in workers {
            worker.await.unwrap();
        }
    })
    .await;
    drop(load_client);

    let acknowledged = std::mem::take(&mut *record.acknowledged.lock().unwrap());
    let rejected = record.rejected.lock().unwrap().clone();
    let unanswered = record.unanswered.load(Ordering::SeqCst);
    assert!(rejected.is_empty(), "answers other than 201: {rejected:?}");
    assert!(
        acknowledged.len() >= MIN_ACKNOWLEDGED,
        "only {} ballots acknowledged before the kill",
        acknowledged.len()
    );
    assert!(
        in_flight_at_kill > 0,
        "no request was in flight at the kill"
    );

    let endpoint = Endpoint::start(&database_url, data.path());
    let client = http_client();
    let replayed = within_limit("replaying", async {
        for ballot in &acknowledged {
            let answer = send(
                &client,
                Method::POST,
                format!("{}/api/ballots", endpoint.url),
                Some(("idempotency-key", &ballot.key)),
                Some(&ballot.body),
            )
            .await
            .unwrap();
            assert_eq!(answer.0, StatusCode::OK, "replay of {}", ballot.key);
            let receipt: Value = serde_json::from_slice(&answer.1).unwrap();
            assert_eq!(receipt["receipt"], ballot.receipt.as_str());
        }
        acknowledged.len()
    })
    .await;

    let (published, counts) = within_limit("reading the stored ballots", async {
        set_phase(&client, &endpoint.url, "results").await;
        let ballots_url = format!("{}/api/ballots", endpoint.url);
        let published = expect(&client, Method::GET, ballots_url, None, StatusCode::OK).await;
        let counts_url = format!("{}/api/admin/counts", endpoint.url);
        let counts = expect(&client, Method::GET, counts_url, None, StatusCode::OK).await;
        let published: Vec<Value> = serde_json::from_slice(&published).unwrap();
        let counts: Value = serde_json::from_slice(&counts).unwrap();
        (published, counts)
    })
    .await;

    let mut stored = BTreeMap::new();
    for entry in &published {
        let receipt = entry["receipt"].as_str().unwrap().to_owned();
        let earlier = stored.insert(receipt.clone(), entry["ballot"].clone());
        assert!(earlier.is_none(), "receipt {receipt} appears twice");
    }
    for ballot in &acknowledged {
        let choices = stored
            .get(&ballot.receipt)
            .unwrap_or_else(|| panic!("acknowledged ballot {} was lost", ballot.receipt));
        assert_eq!(choices, &ballot.body["ballot"], "ballot {}", ballot.receipt);
    }
    let distinct: BTreeSet<&str> = acknowledged.iter().map(|b| b.receipt.as_str()).collect();
    assert_eq!(
        distinct.len(),
        acknowledged.len(),
        "a receipt was given twice"
    );
    assert_eq!(counts["voter_codes_used"], published.len());
    assert_eq!(counts["voter_codes_issued"], VOTER_CODES);
    assert!(
        published.len() <= acknowledged.len() + unanswered,
        "{} stored, but only {} acknowledged and {unanswered} unanswered",
        published.len(),
        acknowledged.len()
    );
    println!(
        "crash test: {} acknowledged in {load_seconds:.2} s, {in_flight_at_kill} in flight at \
         the kill, {unanswered} unanswered, {} stored after restart, {replayed} replays answered \
         with their receipt",
        acknowledged.len(),
        published.len()
    );
}
