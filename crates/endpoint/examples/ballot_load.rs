//! Ballot load generator run by `make bench`: starts the endpoint binary on a fresh SQLite file,
//! sets up a vote, then measures durable ballots per second (closed loop) and latency at a fixed
//! request rate (open loop, timed from each scheduled send so that slow answers are not hidden).
#[path = "../tests/published_process/mod.rs"]
mod published_process;
#[path = "../tests/server_process/mod.rs"]
mod server_process;

use axum::body::Bytes;
use axum::http::{Method, Request, StatusCode, header};
use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use published_process::PROCESS_FILE;
use serde_json::{Value, json};
use server_process::spawn_endpoint;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::task::JoinSet;

/// Administrators' token of the server under test.
const ADMIN_TOKEN: &str = "ballot-load-admin-token-0123456789";
/// Projects on the ballot, costing 1 to 19 million dirhams each.
const PROJECTS: usize = 50;
/// Voter codes requested per administrator call.
const CODE_BATCH: usize = 10_000;
/// Longest wait for one answer; a slower one counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Ballots of the single-connection baseline.
const BASELINE_BALLOTS: usize = 500;
/// Disk flushes timed before the load.
const FLUSH_PROBES: usize = 200;

/// Load generator options.
#[derive(Debug, Parser)]
#[command(about = "Measures ballot throughput and latency of the endpoint binary")]
struct Options {
    /// The endpoint binary (default: `endpoint` next to this example's directory).
    #[arg(long)]
    endpoint: Option<PathBuf>,
    /// Ballots of the closed-loop throughput run.
    #[arg(long, default_value_t = 20_000)]
    ballots: usize,
    /// Connections of the closed-loop throughput run.
    #[arg(long, default_value_t = 32)]
    connections: usize,
    /// Requests per second of the open-loop run.
    #[arg(long, default_value_t = 500)]
    rate: usize,
    /// Seconds of the open-loop run.
    #[arg(long, default_value_t = 10)]
    seconds: usize,
}

/// HTTP/1.1 client with a keep-alive connection pool.
type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// The endpoint binary on a free loopback port over a temporary SQLite file; killed when dropped.
struct Endpoint {
    /// The server process.
    child: Child,
    /// Base URL such as `http://127.0.0.1:41234`.
    url: String,
    /// Holds the database file.
    data: TempDir,
}

impl Endpoint {
    /// Starts `binary` (API only, no rate limit, warnings only) and waits until it listens.
    fn start(binary: &Path) -> Endpoint {
        let data = TempDir::new().expect("create a temporary directory");
        let database_url = format!("sqlite://{}", data.path().join("bench.db").display());
        let mut command = Command::new(binary);
        command
            .args(["--addr", "127.0.0.1:0", "--log-format", "text"])
            .args(["--database-url", &database_url])
            .args(["--process", PROCESS_FILE])
            .args(["--admin-token", ADMIN_TOKEN])
            .args(["--submissions-per-minute", "0"])
            .arg("--dist")
            .arg(data.path().join("no-dist"))
            .env("RUST_LOG", "warn")
            .stderr(Stdio::null());
        let (child, url) = spawn_endpoint(command);
        Endpoint { child, url, data }
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends one request (with the admin token, ignored by public routes) and reads the whole
/// answer; `Err` on a transport failure or after [`REQUEST_TIMEOUT`].
async fn send(
    client: &HttpClient,
    method: Method,
    url: String,
    idempotency_key: Option<&str>,
    body: &Value,
) -> Result<(StatusCode, Bytes), String> {
    let mut request = Request::builder()
        .method(method)
        .uri(url)
        .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"))
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = idempotency_key {
        request = request.header("idempotency-key", key);
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap();
    let exchange = async {
        let response = client
            .request(request)
            .await
            .map_err(|error| error.to_string())?;
        let status = response.status();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|error| error.to_string())?;
        Ok((status, body.to_bytes()))
    };
    tokio::time::timeout(REQUEST_TIMEOUT, exchange)
        .await
        .unwrap_or_else(|_| Err("timed out".to_owned()))
}

/// An administrator call that must answer `expected`; returns the body.
async fn admin(client: &HttpClient, method: Method, url: String, body: &Value) -> Bytes {
    let (status, bytes) = send(client, method, url.clone(), None, body)
        .await
        .unwrap_or_else(|error| panic!("{url}: {error}"));
    assert!(
        status.is_success(),
        "{url}: {status} {}",
        String::from_utf8_lossy(&bytes)
    );
    bytes
}

/// Imports the projects, issues at least `needed` voter codes and opens voting; returns the codes.
async fn set_up_voting(client: &HttpClient, url: &str, needed: usize) -> Vec<String> {
    let projects: Vec<Value> = (1..=PROJECTS)
        .map(|number| {
            json!({"id": format!("p{number}"), "name": format!("Project {number}"),
                   "cost": (1 + number % 19) * 1_000_000, "province": null,
                   "sectors": ["education"], "description": ""})
        })
        .collect();
    let catalogue = json!({ "projects": projects });
    admin(
        client,
        Method::PUT,
        format!("{url}/api/admin/projects"),
        &catalogue,
    )
    .await;
    let mut codes = Vec::with_capacity(needed.next_multiple_of(CODE_BATCH));
    while codes.len() < needed {
        let request = json!({"count": CODE_BATCH, "label": "bench", "province": "Azilal"});
        let codes_url = format!("{url}/api/admin/voter-codes");
        let csv = admin(client, Method::POST, codes_url, &request).await;
        let csv = String::from_utf8(csv.to_vec()).unwrap();
        codes.extend(
            csv.lines()
                .skip(1)
                .filter_map(|line| line.split(',').next())
                .map(str::to_owned),
        );
    }
    let voting = json!({"phase": "voting"});
    admin(
        client,
        Method::PUT,
        format!("{url}/api/admin/phase"),
        &voting,
    )
    .await;
    codes
}

/// The voter codes, handed out one per ballot across all runs.
struct CodeSupply {
    /// Every code issued.
    codes: Vec<String>,
    /// Index of the next unused code.
    next: AtomicUsize,
}

/// One ballot request: the URL, the idempotency key and the JSON body.
struct BallotRequest {
    /// `…/api/ballots`.
    url: String,
    /// Idempotency key, unique per ballot.
    key: String,
    /// Voter code and choices.
    body: Value,
}

impl CodeSupply {
    /// The next unused code as a ballot of 1 to 5 distinct projects (at most 95 million).
    fn next_ballot(&self, base_url: &str) -> BallotRequest {
        let index = self.next.fetch_add(1, Ordering::Relaxed);
        let code = self
            .codes
            .get(index)
            .expect("enough voter codes were issued");
        let chosen: Vec<String> = (0..=index % 5)
            .map(|k| format!("p{}", (index * 7 + 11 * k) % PROJECTS + 1))
            .collect();
        BallotRequest {
            url: format!("{base_url}/api/ballots"),
            key: format!("ballot-load-{index:010}"),
            body: json!({"voter_code": code, "ballot": {"type": "approval", "projects": chosen}}),
        }
    }
}

/// Casts one ballot; the elapsed time since `since` if it was acknowledged with 201.
async fn cast(client: &HttpClient, ballot: BallotRequest, since: Instant) -> Option<Duration> {
    let answer = send(
        client,
        Method::POST,
        ballot.url,
        Some(&ballot.key),
        &ballot.body,
    )
    .await;
    matches!(answer, Ok((StatusCode::CREATED, _))).then(|| since.elapsed())
}

/// Outcome of one run.
struct RunReport {
    /// What was run.
    name: String,
    /// Ballots sent.
    sent: usize,
    /// Latencies of the acknowledged ballots.
    latencies: Vec<Duration>,
    /// From the first send to the last answer.
    elapsed: Duration,
}

/// CPU time (user + system, all threads) used so far by the process `pid` (`self` for this
/// one), from `/proc/PID/stat`; zero where that file cannot be read.
fn cpu_time(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<u64> = after_name
        .split_whitespace()
        .map(|field| field.parse().unwrap_or(0))
        .collect();
    // utime and stime are the 14th and 15th fields (the 12th and 13th after the name), in
    // clock ticks of 1/100 s (Linux's USER_HZ).
    let ticks = fields.get(11).unwrap_or(&0) + fields.get(12).unwrap_or(&0);
    Duration::from_millis(ticks * 10)
}

/// CPU time used by the server and by this load generator.
#[derive(Clone, Copy)]
struct CpuSample {
    /// Used by the endpoint process.
    server: Duration,
    /// Used by this process.
    client: Duration,
}

impl CpuSample {
    /// The CPU times now.
    fn take(server_pid: u32) -> CpuSample {
        CpuSample {
            server: cpu_time(&server_pid.to_string()),
            client: cpu_time("self"),
        }
    }
}

/// Latencies of writing the next 4 KiB of a preallocated file and flushing it with fsync,
/// `count` times, in `directory`: SQLite (WAL, synchronous=FULL) writes its log and calls fsync
/// like this at every commit.
fn flush_latencies(directory: &Path, count: usize) -> Vec<Duration> {
    use std::io::{Seek, Write};
    let block = [0x5a_u8; 4096];
    let path = directory.join("flush-probe");
    let mut file = std::fs::File::create(&path).expect("create the flush probe file");
    file.write_all(&block.repeat(count)).unwrap();
    file.sync_all().unwrap();
    file.rewind().unwrap();
    let mut latencies: Vec<Duration> = (0..count)
        .map(|_| {
            let start = Instant::now();
            file.write_all(&block).unwrap();
            file.sync_all().unwrap();
            start.elapsed()
        })
        .collect();
    std::fs::remove_file(path).unwrap();
    latencies.sort_unstable();
    latencies
}

/// Closed loop: `connections` tasks each send a ballot as soon as the previous one is answered,
/// until `ballots` were sent.
async fn closed_loop(
    client: &HttpClient,
    supply: &Arc<CodeSupply>,
    url: &str,
    ballots: usize,
    connections: usize,
) -> RunReport {
    let remaining = Arc::new(AtomicUsize::new(ballots));
    let start = Instant::now();
    let mut tasks = JoinSet::new();
    for _ in 0..connections {
        let (client, supply, url, remaining) = (
            client.clone(),
            supply.clone(),
            url.to_owned(),
            remaining.clone(),
        );
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            while remaining
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
                .is_ok()
            {
                let ballot = supply.next_ballot(&url);
                latencies.extend(cast(&client, ballot, Instant::now()).await);
            }
            latencies
        });
    }
    let mut latencies = Vec::with_capacity(ballots);
    for task in tasks.join_all().await {
        latencies.extend(task);
    }
    RunReport {
        name: format!("closed loop, {connections} connection(s)"),
        sent: ballots,
        latencies,
        elapsed: start.elapsed(),
    }
}

/// Open loop: one ballot every 1/`rate` s for `seconds`, sent on schedule whatever the answers;
/// each latency counts from the scheduled send time.
async fn open_loop(
    client: &HttpClient,
    supply: &Arc<CodeSupply>,
    url: &str,
    rate: usize,
    seconds: usize,
) -> RunReport {
    let count = rate * seconds;
    let interval = Duration::from_secs(1) / u32::try_from(rate).expect("a sane rate");
    let start = tokio::time::Instant::now();
    let mut tasks = JoinSet::new();
    for index in 0..u32::try_from(count).expect("a sane count") {
        let scheduled = start + interval * index;
        tokio::time::sleep_until(scheduled).await;
        let ballot = supply.next_ballot(url);
        let client = client.clone();
        tasks.spawn(async move { cast(&client, ballot, scheduled.into_std()).await });
    }
    let latencies: Vec<Duration> = tasks.join_all().await.into_iter().flatten().collect();
    RunReport {
        name: format!("open loop, {rate}/s for {seconds} s"),
        sent: count,
        latencies,
        elapsed: start.elapsed(),
    }
}

/// The `fraction` percentile (nearest rank) of sorted latencies, in milliseconds.
fn percentile_ms(sorted: &[Duration], fraction: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return f64::NAN;
    };
    let rank = ((fraction * sorted.len() as f64).ceil() as usize).clamp(1, last + 1);
    sorted[rank - 1].as_secs_f64() * 1000.0
}

/// Prints the heading of the table of runs, aligned with [`report_run`]'s rows.
fn print_heading() {
    println!(
        "\n{:<30} {:>8} {:>6} {:>8} {:>10} {:>8} {:>8} {:>8} {:>21} {:>21}",
        "run",
        "acked",
        "errors",
        "seconds",
        "ballots/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "server CPU ms/ballot",
        "client CPU ms/ballot"
    );
}

/// Runs `run` while measuring CPU time, prints its table row and returns (ballots per second,
/// p99 in ms).
async fn report_run(server_pid: u32, run: impl Future<Output = RunReport>) -> (f64, f64) {
    let before = CpuSample::take(server_pid);
    let mut report = run.await;
    let after = CpuSample::take(server_pid);
    report.latencies.sort_unstable();
    let acknowledged = report.latencies.len();
    let per_second = acknowledged as f64 / report.elapsed.as_secs_f64();
    let p99 = percentile_ms(&report.latencies, 0.99);
    let per_ballot_ms = |cpu: Duration| cpu.as_secs_f64() * 1000.0 / report.sent as f64;
    println!(
        "{:<30} {:>8} {:>6} {:>8.2} {:>10.0} {:>8.2} {:>8.2} {:>8.2} {:>21.3} {:>21.3}",
        report.name,
        acknowledged,
        report.sent - acknowledged,
        report.elapsed.as_secs_f64(),
        per_second,
        percentile_ms(&report.latencies, 0.50),
        p99,
        percentile_ms(&report.latencies, 1.0),
        per_ballot_ms(after.server - before.server),
        per_ballot_ms(after.client - before.client),
    );
    (per_second, p99)
}

/// "met" or "MISSED".
fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "MISSED" }
}

/// Starts the server, sets up voting, runs the three loads and prints the table and goals.
#[tokio::main]
async fn main() {
    let options = Options::parse();
    let binary = options.endpoint.clone().unwrap_or_else(|| {
        let example = std::env::current_exe().expect("path of this program");
        example.parent().unwrap().parent().unwrap().join("endpoint")
    });
    let endpoint = Endpoint::start(&binary);
    let load_average = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "ballot load: {} (SQLite in {}); load average before: {}",
        binary.display(),
        endpoint.data.path().display(),
        load_average
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let client: HttpClient = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(options.connections.max(64))
        .build_http();
    let needed = BASELINE_BALLOTS + options.ballots + options.rate * options.seconds;
    let setup_start = Instant::now();
    let codes = set_up_voting(&client, &endpoint.url, needed).await;
    println!(
        "setup: {PROJECTS} projects, {} voter codes, voting opened in {:.1} s",
        codes.len(),
        setup_start.elapsed().as_secs_f64()
    );
    let supply = Arc::new(CodeSupply {
        codes,
        next: AtomicUsize::new(0),
    });
    let flushes = flush_latencies(endpoint.data.path(), FLUSH_PROBES);
    let flush_p50 = percentile_ms(&flushes, 0.50);
    println!(
        "disk flush (4 KiB write + fsync, {FLUSH_PROBES} times) next to the database: \
         p50 {flush_p50:.2} ms, p99 {:.2} ms; one flush per commit allows about {:.0} commits/s",
        percentile_ms(&flushes, 0.99),
        1000.0 / flush_p50
    );
    let url = endpoint.url.as_str();
    let pid = endpoint.child.id();

    print_heading();
    report_run(pid, closed_loop(&client, &supply, url, BASELINE_BALLOTS, 1)).await;
    let throughput = closed_loop(&client, &supply, url, options.ballots, options.connections);
    let (durable_per_second, _) = report_run(pid, throughput).await;
    let fixed_rate = open_loop(&client, &supply, url, options.rate, options.seconds);
    let (_, fixed_rate_p99) = report_run(pid, fixed_rate).await;

    println!(
        "\ndurable ballots/s: {durable_per_second:.0} with {} connections (goal >= 2000: {})",
        options.connections,
        verdict(durable_per_second >= 2000.0)
    );
    println!(
        "p99 at {}/s: {fixed_rate_p99:.2} ms (goal < 50 ms: {})",
        options.rate,
        verdict(fixed_rate_p99 < 50.0)
    );
}
