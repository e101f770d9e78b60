//! Property tests of the HTTP API: arbitrary, hostile and near-valid requests never get a 5xx nor
//! panic the server, and every refusal is the JSON error body `{"error":{"code","message"}}`.
mod in_process;
mod published_process;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Method, Request, StatusCode, header};
use clap::Parser;
use endpoint::Config;
use http_body_util::BodyExt;
use in_process::open_app;
use pb_core::api::{ErrorBody, ErrorCode, Phase, PublishedProposal};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use published_process::PROCESS_FILE;
use serde_json::{Map, Value, json};
use std::cell::Cell;
use std::path::PathBuf;
use tempfile::TempDir;
use tokio::runtime::Runtime;
use tower::ServiceExt;

const ADMIN_TOKEN: &str = "fuzz-admin-token-7f3a";
/// Inputs tried per property.
const CASES: u32 = 400;
const VOTER_CODES: usize = 50;
static PROVINCES: [&str; 5] = [
    "Béni Mellal",
    "Azilal",
    "Fquih Ben Salah",
    "Khénifra",
    "Khouribga",
];
static SECTORS: [&str; 8] = [
    "education",
    "health",
    "roads_transport",
    "water",
    "agriculture",
    "economic_development",
    "culture_youth",
    "environment",
];
static PROJECT_IDS: [&str; 6] = ["p1", "p2", "p3", "p4", "p5", "p6"];
static HOSTILE_STRINGS: [&str; 22] = [
    "'; DROP TABLE ballots; --",
    "Robert'); DROP TABLE proposals;--",
    "\" OR 1=1 --",
    "1; UPDATE voter_codes SET used = 0",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\0",
    "nul\0inside",
    "\u{202e}gnp.exe",
    "\u{feff}",
    "\r\n\r\nHTTP/1.1 200 OK",
    "../../../etc/passwd",
    "%00%ff",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "مشروع طريق قروي",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "👩🏽\u{200d}🌾",
    "   ",
    "",
    "null",
    "NaN",
];
/// Keys of the API's request bodies, mixed into arbitrary objects.
static API_KEYS: [&str; 25] = [
    "title",
    "description",
    "province",
    "commune",
    "sector",
    "estimated_cost",
    "contact",
    "voter_code",
    "ballot",
    "type",
    "projects",
    "points",
    "ranking",
    "count",
    "label",
    "action",
    "reason",
    "into",
    "phase",
    "id",
    "name",
    "cost",
    "sectors",
    "error",
    "__proto__",
];
/// Words the API gives meaning to, mixed into arbitrary values.
static API_WORDS: [&str; 17] = [
    "proposals",
    "review",
    "voting",
    "results",
    "closed",
    "publish",
    "reject",
    "merge",
    "approval",
    "points",
    "ordinal",
    "choose-1",
    "cumulative",
    "pending",
    "published",
    "p1",
    "Azilal",
];
static CONTENT_TYPES: [&str; 12] = [
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/problem+json",
    "application/jsonx",
    "application/json; charset=latin1",
    "text/plain",
    "text/plain; charset=utf-8",
    "text/csv",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
];

/// The voting rules the app under test runs with.
#[derive(Debug, Clone, Copy)]
enum Voting {
    /// The published process: approval ballots of at most 5 projects within the budget.
    Approval,
    /// The published process with cumulative ballots of at most 10 points in all.
    Cumulative,
}

/// The routes that read a request body.
#[derive(Debug, Clone, Copy)]
enum BodyRoute {
    Proposals,
    Ballots,
    VoterCodes,
    Moderation(i64),
    Phase,
    Projects,
}

impl BodyRoute {
    /// Every route, with moderation of proposal `proposal`.
    fn all(proposal: i64) -> [BodyRoute; 6] {
        [
            BodyRoute::Proposals,
            BodyRoute::Ballots,
            BodyRoute::VoterCodes,
            BodyRoute::Moderation(proposal),
            BodyRoute::Phase,
            BodyRoute::Projects,
        ]
    }

    /// A request sending `body` to the route with what it needs to be read: a fresh
    /// idempotency key for submissions, the token for administrators' routes.
    fn request(
        self,
        fixture: &Fixture,
        content_type: Option<&str>,
        body: impl Into<Vec<u8>>,
    ) -> Request<Body> {
        self.request_with_key(&fixture.fresh_key(), content_type, body)
    }

    /// Like [`BodyRoute::request`], with this idempotency key on submissions.
    fn request_with_key(
        self,
        key: &str,
        content_type: Option<&str>,
        body: impl Into<Vec<u8>>,
    ) -> Request<Body> {
        let (method, path, mut headers) = match self {
            BodyRoute::Proposals => (
                Method::POST,
                "/api/proposals".to_owned(),
                vec![idempotency_key_header(key)],
            ),
            BodyRoute::Ballots => (
                Method::POST,
                "/api/ballots".to_owned(),
                vec![idempotency_key_header(key)],
            ),
            BodyRoute::VoterCodes => (
                Method::POST,
                "/api/admin/voter-codes".to_owned(),
                vec![admin_header()],
            ),
            BodyRoute::Moderation(id) => (
                Method::POST,
                format!("/api/admin/proposals/{id}/moderation"),
                vec![admin_header()],
            ),
            BodyRoute::Phase => (
                Method::PUT,
                "/api/admin/phase".to_owned(),
                vec![admin_header()],
            ),
            BodyRoute::Projects => (
                Method::PUT,
                "/api/admin/projects".to_owned(),
                vec![admin_header()],
            ),
        };
        if let Some(content_type) = content_type {
            headers.push((header::CONTENT_TYPE, header_value(content_type.as_bytes())));
        }
        request(method, &path, headers, body.into())
    }
}

/// A response, read whole.
#[derive(Debug)]
struct Reply {
    status: StatusCode,
    content_type: Option<String>,
    body: Vec<u8>,
}

impl Reply {
    /// The error code of a JSON error body, if it is one.
    fn error_code(&self) -> Option<ErrorCode> {
        serde_json::from_slice::<ErrorBody>(&self.body)
            .ok()
            .map(|body| body.error.code)
    }

    /// The body as JSON (panics otherwise; for setup steps).
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// An app over a fresh SQLite file, the runtime driving it, and the data seeded into it.
struct Fixture {
    runtime: Runtime,
    app: Router,
    next_key: Cell<u64>,
    voter_codes: Vec<String>,
    proposal_ids: Vec<i64>,
    _dir: TempDir,
}

impl Fixture {
    /// An app with no data yet, in the process's first phase (proposals).
    fn new(voting: Voting) -> Self {
        let dir = TempDir::new().unwrap();
        let process = match voting {
            Voting::Approval => PathBuf::from(PROCESS_FILE),
            Voting::Cumulative => {
                let mut process: Value =
                    serde_json::from_str(&std::fs::read_to_string(PROCESS_FILE).unwrap()).unwrap();
                process["voting"]["vote_type"] = json!("cumulative");
                process["voting"]["limits"] = json!({"max_length": 5, "max_sum_points": 10});
                let path = dir.path().join("process.json");
                std::fs::write(&path, process.to_string()).unwrap();
                path
            }
        };
        let url = format!("sqlite://{}", dir.path().join("fuzz.db").display());
        let config = Config::parse_from([
            "endpoint",
            "--database-url",
            &url,
            "--process",
            process.to_str().unwrap(),
            "--admin-token",
            ADMIN_TOKEN,
            "--submissions-per-minute",
            "0",
            "--code-failures",
            "1000000",
        ]);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (app, _) = runtime.block_on(open_app(&config));
        Fixture {
            runtime,
            app,
            next_key: Cell::new(0),
            voter_codes: Vec::new(),
            proposal_ids: Vec::new(),
            _dir: dir,
        }
    }

    /// An app with six projects on the ballot, a batch of voter codes, two published proposals
    /// and a pending one, still in the proposals phase.
    fn seeded(voting: Voting) -> Self {
        let mut fixture = Fixture::new(voting);
        fixture.admin(
            Method::PUT,
            "/api/admin/projects",
            &json!({ "projects": catalogue() }),
        );
        let batch = fixture.admin(
            Method::POST,
            "/api/admin/voter-codes",
            &json!({"count": VOTER_CODES, "label": "fuzz"}),
        );
        fixture.voter_codes = String::from_utf8(batch.body)
            .unwrap()
            .lines()
            .skip(1)
            .map(|line| line.split(',').next().unwrap().to_owned())
            .collect();
        assert_eq!(fixture.voter_codes.len(), VOTER_CODES);
        for title in ["Piste rurale", "Classe numérique", "Puits solaire"] {
            fixture.proposal_ids.push(fixture.submit_proposal(title));
        }
        for id in &fixture.proposal_ids[..2] {
            fixture.admin(
                Method::POST,
                &format!("/api/admin/proposals/{id}/moderation"),
                &json!({"action": "publish"}),
            );
        }
        fixture
    }

    /// Sends a request and reads the whole response.
    fn send(&self, request: Request<Body>) -> Reply {
        self.runtime.block_on(async {
            let response = self.app.clone().oneshot(request).await.unwrap();
            let status = response.status();
            let content_type = response
                .headers()
                .get(header::CONTENT_TYPE)
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
            let body = response.into_body().collect().await.unwrap().to_bytes();
            Reply {
                status,
                content_type,
                body: body.to_vec(),
            }
        })
    }

    /// Sends a request and checks the promises every API response keeps.
    fn exchange(&self, request: Request<Body>) -> Result<Reply, TestCaseError> {
        let reply = self.send(request);
        check_reply(&reply)?;
        Ok(reply)
    }

    /// Sends an administrator's JSON request of a setup step, which must succeed.
    fn admin(&self, method: Method, path: &str, body: &Value) -> Reply {
        let headers = vec![admin_header(), json_content_type()];
        let reply = self.send(request(method, path, headers, body.to_string().into()));
        assert!(
            reply.status.is_success(),
            "{path}: {} {}",
            reply.status,
            String::from_utf8_lossy(&reply.body)
        );
        reply
    }

    /// Submits a valid proposal with this title; its number.
    fn submit_proposal(&self, title: &str) -> i64 {
        let body = valid_proposal(title).to_string();
        let reply = self.send(BodyRoute::Proposals.request(self, Some("application/json"), body));
        assert_eq!(reply.status, StatusCode::CREATED, "{reply:?}");
        reply.json()["id"].as_i64().unwrap()
    }

    /// Opens a phase through the API.
    fn set_phase(&self, phase: Phase) {
        self.admin(
            Method::PUT,
            "/api/admin/phase",
            &json!({"phase": phase.as_str()}),
        );
    }

    /// An idempotency key no earlier request of this fixture used.
    fn fresh_key(&self) -> String {
        let number = self.next_key.get();
        self.next_key.set(number + 1);
        format!("fuzz-submission-{number:08}")
    }

    /// Asserts that the health check answers 200 with a working database.
    fn assert_healthy(&self) {
        let reply = self.send(request(Method::GET, "/api/health", vec![], vec![]));
        assert_eq!(reply.status, StatusCode::OK, "{reply:?}");
        assert_eq!(reply.json()["database"]["status"], "ok");
    }

    /// Every read route answers without a server error and keeps the error-body promise.
    fn check_reads(&self) -> Result<(), TestCaseError> {
        for path in [
            "/api/process",
            "/api/projects",
            "/api/proposals",
            "/api/ballots",
            "/api/results",
            "/api/admin/proposals",
            "/api/admin/counts",
            "/api/admin/export/ballots.pb",
            "/api/admin/export/ballots.csv",
            "/api/admin/export/results.csv",
        ] {
            self.exchange(request(Method::GET, path, vec![admin_header()], vec![]))?;
        }
        Ok(())
    }

    /// Runs a property over [`CASES`] inputs, then checks that the database still answers.
    fn check_property<S: Strategy>(
        &self,
        strategy: S,
        test: impl Fn(S::Value) -> Result<(), TestCaseError>,
    ) {
        let config = ProptestConfig {
            cases: CASES,
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        if let Err(failure) = TestRunner::new(config).run(&strategy, test) {
            panic!("{failure}");
        }
        self.assert_healthy();
    }
}

/// Checks the promises every API response keeps: never a server error, and any other non-2xx
/// answer is the JSON error body, with the status that goes with its code.
fn check_reply(reply: &Reply) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(&reply.body);
    prop_assert!(
        !reply.status.is_server_error(),
        "{}: {}",
        reply.status,
        text
    );
    if reply.status.is_success() {
        return Ok(());
    }
    prop_assert_eq!(
        reply.content_type.as_deref(),
        Some("application/json"),
        "{}: {}",
        reply.status,
        text
    );
    let value: Value = serde_json::from_slice(&reply.body)
        .map_err(|error| TestCaseError::fail(format!("{}: {error}: {text}", reply.status)))?;
    prop_assert!(
        value["error"]["code"].is_string() && value["error"]["message"].is_string(),
        "{}: {}",
        reply.status,
        text
    );
    let body: ErrorBody = serde_json::from_value(value)
        .map_err(|error| TestCaseError::fail(format!("{}: {error}: {text}", reply.status)))?;
    prop_assert_eq!(
        body.error.code.http_status(),
        reply.status.as_u16(),
        "{}",
        text
    );
    Ok(())
}

/// A request with the given headers and body.
fn request(
    method: Method,
    path: &str,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    builder.body(Body::from(body)).unwrap()
}

/// A header value from bytes the strategies made valid for a header.
fn header_value(bytes: &[u8]) -> HeaderValue {
    HeaderValue::from_bytes(bytes).unwrap()
}

/// `Authorization: Bearer` with the configured token.
fn admin_header() -> (HeaderName, HeaderValue) {
    let value = format!("Bearer {ADMIN_TOKEN}");
    (header::AUTHORIZATION, header_value(value.as_bytes()))
}

/// `Idempotency-Key` with this key.
fn idempotency_key_header(key: &str) -> (HeaderName, HeaderValue) {
    (
        HeaderName::from_static("idempotency-key"),
        header_value(key.as_bytes()),
    )
}

/// `Content-Type: application/json`.
fn json_content_type() -> (HeaderName, HeaderValue) {
    (
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    )
}

/// The six projects of the seeded ballot (20 to 45 million dirhams, budget 100 million).
fn catalogue() -> Vec<Value> {
    PROJECT_IDS
        .iter()
        .enumerate()
        .map(|(index, id)| {
            json!({
                "id": id,
                "name": format!("Projet {id}"),
                "cost": 20_000_000 + 5_000_000 * index,
                "province": PROVINCES[index % PROVINCES.len()],
                "sectors": [SECTORS[index]],
                "description": "Projet de démonstration",
            })
        })
        .collect()
}

/// A proposal that passes every check, with this title.
fn valid_proposal(title: &str) -> Value {
    json!({
        "title": title,
        "description": "Une description assez longue pour être acceptée.",
        "province": "Azilal",
        "commune": "Demnate",
        "sector": "roads_transport",
        "estimated_cost": 1_500_000,
        "contact": "citoyen@example.ma",
    })
}

/// The bytes of `text` outside `[A-Za-z0-9-._~]` as `%XX`, so any text fits in a URI.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// Whether the API must accept an idempotency key: 16 to 128 visible ASCII characters.
fn is_acceptable_key(key: &[u8]) -> bool {
    (16..=128).contains(&key.len()) && key.iter().all(u8::is_ascii_graphic)
}

/// Short strings meant to break things: SQL, markup, control, bidirectional and astral
/// characters, arbitrary characters.
fn hostile_word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(&HOSTILE_STRINGS[..]).prop_map(str::to_owned),
        3 => vec(any::<char>(), 0..40).prop_map(String::from_iter),
        2 => "[a-zA-Z0-9 '\";<>&%()-]{0,40}",
    ]
}

/// Like [`hostile_word`], sometimes repeated into a text long enough to pass the body limit.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => hostile_word(),
        1 => (select(&HOSTILE_STRINGS[..]), 1usize..4_000)
            .prop_map(|(text, times)| text.repeat(times)),
    ]
}

/// Numbers at the edges of the integer and float types the API reads.
fn edge_number() -> impl Strategy<Value = Value> {
    select(vec![
        json!(0),
        json!(-1),
        json!(1),
        json!(i64::MIN),
        json!(i64::MAX),
        json!(u64::MAX),
        json!(u32::MAX),
        json!(u64::from(u32::MAX) + 1),
        json!(1e308),
        json!(-1e308),
        json!(0.5),
        json!(-0.0),
        json!(50_000_000),
        json!(50_000_001),
        json!(100_001),
    ])
}

/// Object keys: mostly the API's own, sometimes hostile ones.
fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(&API_KEYS[..]).prop_map(str::to_owned),
        1 => hostile_text(),
    ]
}

/// Any JSON value a few levels deep, with the API's keys and words mixed in.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        edge_number(),
        hostile_text().prop_map(Value::String),
        select(&API_WORDS[..]).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            vec((json_key(), inner), 0..6)
                .prop_map(|entries| Value::Object(Map::from_iter(entries))),
        ]
    })
}

/// A request body in JSON: any value, or an object made mostly of the API's keys.
fn json_body() -> impl Strategy<Value = Value> {
    prop_oneof![
        json_value(),
        vec((select(&API_KEYS[..]), json_value()), 0..8).prop_map(|entries| {
            Value::Object(
                entries
                    .into_iter()
                    .map(|(key, value)| (key.to_owned(), value))
                    .collect(),
            )
        }),
    ]
}

/// Any bytes, printable text, or JSON with a few bytes overwritten.
fn arbitrary_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        vec(any::<u8>(), 0..512),
        "[ -~]{0,200}".prop_map(String::into_bytes),
        (json_body(), vec((any::<Index>(), any::<u8>()), 1..4)).prop_map(|(value, edits)| {
            let mut bytes = value.to_string().into_bytes();
            for (index, byte) in edits {
                let position = index.index(bytes.len());
                bytes[position] = byte;
            }
            bytes
        }),
    ]
}

/// Content-Type values, sensible or not; `None` sends no header.
fn content_type() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        1 => Just(None),
        4 => select(&CONTENT_TYPES[..]).prop_map(|text| Some(text.to_owned())),
        1 => "[ -~]{0,40}".prop_map(Some),
    ]
}

/// Bytes a header value may hold (visible ASCII, space, tab and bytes above 127).
fn header_bytes(max_len: usize) -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..max_len).prop_map(|bytes| {
        bytes
            .into_iter()
            .filter(|&byte| byte == b'\t' || (byte >= 0x20 && byte != 0x7f))
            .collect()
    })
}

/// One change to a valid body: a field removed, given an odd value, or added.
#[derive(Debug, Clone)]
enum Mutation {
    Remove(Index),
    Replace(Index, Value),
    Add(String, Value),
}

impl Mutation {
    /// Applies the change to the fields of `body`, if it is an object.
    fn apply(self, body: &mut Value) {
        let Value::Object(fields) = body else {
            return;
        };
        let key_at = |index: &Index| fields.keys().nth(index.index(fields.len().max(1))).cloned();
        match self {
            Mutation::Remove(index) => {
                if let Some(key) = key_at(&index) {
                    fields.remove(&key);
                }
            }
            Mutation::Replace(index, value) => {
                if let Some(key) = key_at(&index) {
                    fields.insert(key, value);
                }
            }
            Mutation::Add(key, value) => {
                fields.insert(key, value);
            }
        }
    }
}

/// A value out of place in a field: a hostile string, an edge number or any JSON value.
fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        hostile_text().prop_map(Value::String),
        edge_number(),
        json_value(),
    ]
}

/// A change to a valid body.
fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Remove),
        (any::<Index>(), odd_value()).prop_map(|(index, value)| Mutation::Replace(index, value)),
        (json_key(), odd_value()).prop_map(|(key, value)| Mutation::Add(key, value)),
    ]
}

/// A body from `valid`, unchanged two times in three, else with one or two fields changed.
fn near_valid(valid: impl Strategy<Value = Value>) -> impl Strategy<Value = Value> {
    let mutations = prop_oneof![
        2 => Just(Vec::new()),
        1 => vec(mutation(), 1..=2),
    ];
    (valid, mutations).prop_map(|(mut body, mutations)| {
        for mutation in mutations {
            mutation.apply(&mut body);
        }
        body
    })
}

/// Text that passes a field's checks, or the same with hostile characters after `prefix`.
fn field_text(valid: &'static str, prefix: &'static str) -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => valid.prop_map(Value::String),
        1 => hostile_word().prop_map(move |word| Value::String(format!("{prefix}{word}"))),
    ]
}

/// A proposal, valid apart from odd text and costs.
fn proposal() -> impl Strategy<Value = Value> {
    (
        field_text("[A-Z][a-z]{4,30}( [a-z]{2,10}){0,3}", "Titre "),
        field_text("[A-Z][a-z ,.']{25,200}", "Une description assez longue : "),
        select(&PROVINCES[..]),
        field_text("[A-Z][a-z]{2,20}", "Commune "),
        select(&SECTORS[..]),
        prop_oneof![
            3 => (1u64..=50_000_000).prop_map(Value::from),
            1 => edge_number(),
        ],
        prop_oneof![
            Just(Value::Null),
            "[a-z]{1,10}@[a-z]{1,10}\\.ma".prop_map(Value::String),
            hostile_word().prop_map(Value::String),
        ],
    )
        .prop_map(
            |(title, description, province, commune, sector, cost, contact)| {
                json!({
                    "title": title,
                    "description": description,
                    "province": province,
                    "commune": commune,
                    "sector": sector,
                    "estimated_cost": cost,
                    "contact": contact,
                })
            },
        )
}

/// A project id of the ballot, or not.
fn project_id() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(&PROJECT_IDS[..]).prop_map(str::to_owned),
        1 => hostile_word(),
    ]
}

/// Projects a ballot names: a few distinct ones of the ballot, or any ids, repeated or not.
fn chosen_projects() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => subsequence(&PROJECT_IDS[..], 0..=3)
            .prop_map(|ids| ids.into_iter().map(str::to_owned).collect()),
        1 => vec(project_id(), 0..8),
    ]
}

/// Points for a project: any 64-bit integer, the extremes, or an edge number.
fn odd_points() -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => any::<i64>().prop_map(Value::from),
        1 => select(vec![i64::MIN, i64::MAX]).prop_map(Value::from),
        1 => edge_number(),
    ]
}

/// Points given to projects: a few within the limits, or anything.
fn given_points() -> impl Strategy<Value = Vec<(String, Value)>> {
    prop_oneof![
        1 => (chosen_projects(), vec(0i64..=4, 8)).prop_map(|(ids, points)| {
            ids.into_iter().zip(points.into_iter().map(Value::from)).collect()
        }),
        1 => vec((project_id(), odd_points()), 0..6),
    ]
}

/// Ballots of each kind, mostly of the kind `voting` asks for, and of no kind.
fn ballot(voting: Voting) -> impl Strategy<Value = Value> {
    let (approval, points) = match voting {
        Voting::Approval => (4, 1),
        Voting::Cumulative => (1, 4),
    };
    prop_oneof![
        approval => chosen_projects()
            .prop_map(|projects| json!({"type": "approval", "projects": projects})),
        points => given_points()
            .prop_map(|points| json!({"type": "points", "points": points})),
        1 => chosen_projects()
            .prop_map(|ranking| json!({"type": "ordinal", "ranking": ranking})),
        1 => (hostile_word(), chosen_projects())
            .prop_map(|(kind, projects)| json!({"type": kind, "projects": projects})),
    ]
}

/// A voter code: a real one as a voter might type it, a well-formed unknown one, or anything.
fn voter_code(codes: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (select(codes), any::<bool>(), any::<bool>()).prop_map(|(code, lower, no_dash)| {
            let code = if lower { code.to_lowercase() } else { code };
            if no_dash { code.replace('-', "") } else { code }
        }),
        1 => "[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}",
        1 => hostile_word(),
    ]
}

/// A ballot submission with one of `codes` or another code.
fn ballot_submission(codes: Vec<String>, voting: Voting) -> impl Strategy<Value = Value> {
    (voter_code(codes), ballot(voting))
        .prop_map(|(code, ballot)| json!({"voter_code": code, "ballot": ballot}))
}

/// The phase `usual` three times in four, else any phase.
fn mostly(usual: Phase) -> impl Strategy<Value = Phase> {
    prop_oneof![
        3 => Just(usual),
        1 => select(Phase::ALL.to_vec()),
    ]
}

/// A batch of one to three voter codes.
fn voter_code_batch() -> impl Strategy<Value = Value> {
    (
        1u32..=3,
        field_text("[A-Za-z][A-Za-z ]{0,30}", "Lot "),
        prop_oneof![
            Just(Value::Null),
            select(&PROVINCES[..]).prop_map(Value::from),
        ],
    )
        .prop_map(|(count, label, province)| {
            json!({"count": count, "label": label, "province": province})
        })
}

/// A moderation decision: publish, reject with a reason, or merge into a proposal.
fn moderation() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"action": "publish"})),
        field_text("[a-z][a-z ]{0,50}", "Raison ")
            .prop_map(|reason| json!({"action": "reject", "reason": reason})),
        (1i64..=40).prop_map(|into| json!({"action": "merge", "into": into})),
    ]
}

/// A phase change.
fn phase_change() -> impl Strategy<Value = Value> {
    select(Phase::ALL.to_vec()).prop_map(|phase| json!({"phase": phase.as_str()}))
}

/// A project list in JSON.
fn project_list() -> impl Strategy<Value = Value> {
    let project = (
        prop_oneof![
            4 => "[a-z][a-z0-9]{0,7}".prop_map(Value::String),
            1 => hostile_word().prop_map(Value::String),
        ],
        field_text("[A-Z][a-z ]{0,30}", "Projet "),
        prop_oneof![
            3 => (0u64..=1_000_000_000_001).prop_map(Value::from),
            1 => edge_number(),
        ],
        prop_oneof![
            Just(Value::Null),
            select(&PROVINCES[..]).prop_map(Value::from),
        ],
        vec(select(&SECTORS[..]), 0..3),
        hostile_word(),
    )
        .prop_map(|(id, name, cost, province, sectors, description)| {
            json!({
                "id": id,
                "name": name,
                "cost": cost,
                "province": province,
                "sectors": sectors,
                "description": description,
            })
        });
    vec(near_valid(project), 1..6).prop_map(|projects| json!({ "projects": projects }))
}

/// A field of a pabulib line: a plain word or anything.
fn pabulib_field() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z0-9]{1,8}",
        1 => hostile_word(),
    ]
}

/// An amount as written in a pabulib file, valid or not.
fn pabulib_amount() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[0-9]{1,12}",
        1 => "[0-9]{1,6}\\.[0-9]{1,9}",
        1 => "-[0-9]{1,5}",
        1 => select(vec!["1e400", "18446744073709551616", "", "none", "NaN"])
            .prop_map(str::to_owned),
    ]
}

/// A pabulib file close to a valid one: META, PROJECTS and sometimes VOTES, with odd values.
fn pabulib_text() -> impl Strategy<Value = String> {
    (
        pabulib_amount(),
        prop_oneof![
            4 => select(vec!["approval", "cumulative", "ordinal", "choose-1"])
                .prop_map(str::to_owned),
            1 => hostile_word(),
        ],
        vec((pabulib_field(), pabulib_amount(), pabulib_field()), 0..6),
        vec(vec(pabulib_field(), 0..4), 0..4),
    )
        .prop_map(|(budget, vote_type, projects, votes)| {
            let mut text =
                format!("META\nkey;value\nbudget;{budget}\nvote_type;{vote_type}\nPROJECTS\n");
            text.push_str("project_id;cost;name\n");
            for (id, cost, name) in projects {
                text.push_str(&format!("{id};{cost};{name}\n"));
            }
            if !votes.is_empty() {
                text.push_str("VOTES\nvoter_id;vote\n");
                for (voter, vote) in votes.iter().enumerate() {
                    text.push_str(&format!("v{voter};{}\n", vote.join(",")));
                }
            }
            text
        })
}

#[test]
fn arbitrary_bytes_with_any_content_type_get_a_json_error_or_success() {
    let fixture = Fixture::seeded(Voting::Approval);
    let routes = BodyRoute::all(fixture.proposal_ids[2]);
    fixture.check_property(
        (select(routes.to_vec()), content_type(), arbitrary_body()),
        |(route, content_type, body)| {
            fixture.exchange(route.request(&fixture, content_type.as_deref(), body))?;
            Ok(())
        },
    );
}

#[test]
fn arbitrary_json_values_get_a_json_error_or_success() {
    let fixture = Fixture::seeded(Voting::Approval);
    let routes = BodyRoute::all(fixture.proposal_ids[2]);
    let content_types = prop_oneof![
        5 => Just(Some("application/json".to_owned())),
        1 => content_type(),
    ];
    fixture.check_property(
        (select(routes.to_vec()), content_types, json_body()),
        |(route, content_type, body)| {
            fixture.exchange(route.request(&fixture, content_type.as_deref(), body.to_string()))?;
            Ok(())
        },
    );
}

/// Near-valid proposals and ballots, each usually in its own phase; a replay gets the first
/// answer again, and the reads after voting keep working.
fn fuzz_submissions(voting: Voting) {
    let fixture = Fixture::seeded(voting);
    let submission = prop_oneof![
        1 => (mostly(Phase::Proposals), near_valid(proposal()))
            .prop_map(|(phase, body)| (phase, BodyRoute::Proposals, body)),
        2 => (
            mostly(Phase::Voting),
            near_valid(ballot_submission(fixture.voter_codes.clone(), voting)),
        )
            .prop_map(|(phase, body)| (phase, BodyRoute::Ballots, body)),
    ];
    fixture.check_property(
        (submission, any::<bool>()),
        |((phase, route, body), replay)| {
            fixture.set_phase(phase);
            let key = fixture.fresh_key();
            let send = || {
                let body = body.to_string();
                fixture.exchange(route.request_with_key(&key, Some("application/json"), body))
            };
            let first = send()?;
            if replay {
                let again = send()?;
                if first.status == StatusCode::CREATED {
                    prop_assert_eq!(again.status, StatusCode::OK);
                    prop_assert_eq!(&again.body, &first.body);
                }
            }
            if phase.voting_has_ended() {
                fixture.check_reads()?;
            }
            Ok(())
        },
    );
    fixture.check_reads().unwrap();
}

#[test]
fn near_valid_submissions_in_every_phase_of_an_approval_vote() {
    fuzz_submissions(Voting::Approval);
}

#[test]
fn near_valid_submissions_in_every_phase_of_a_cumulative_vote() {
    fuzz_submissions(Voting::Cumulative);
}

#[test]
fn near_valid_administrator_requests_get_a_json_error_or_success() {
    let fixture = Fixture::seeded(Voting::Approval);
    let moderated = prop_oneof![
        select(fixture.proposal_ids.clone()),
        1i64..=40,
        any::<i64>(),
    ];
    let json = |route: BodyRoute, body: Value| (route, "application/json", body.to_string());
    let call = prop_oneof![
        near_valid(voter_code_batch()).prop_map(move |body| json(BodyRoute::VoterCodes, body)),
        (moderated, near_valid(moderation()))
            .prop_map(move |(id, body)| json(BodyRoute::Moderation(id), body)),
        near_valid(phase_change()).prop_map(move |body| json(BodyRoute::Phase, body)),
        near_valid(project_list()).prop_map(move |body| json(BodyRoute::Projects, body)),
        pabulib_text().prop_map(|text| (BodyRoute::Projects, "text/plain", text)),
        near_valid(proposal()).prop_map(move |body| json(BodyRoute::Proposals, body)),
    ];
    fixture.check_property(call, |(route, content_type, body)| {
        fixture.exchange(route.request(&fixture, Some(content_type), body))?;
        Ok(())
    });
    fixture.check_reads().unwrap();
}

#[test]
fn deeply_nested_and_very_long_bodies_get_a_client_error() {
    let fixture = Fixture::seeded(Voting::Approval);
    fixture.set_phase(Phase::Voting);
    let nested_arrays = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let nested_objects = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    let too_long = json!({"title": "x".repeat(100_000), "projects": []}).to_string();
    let routes = BodyRoute::all(fixture.proposal_ids[2]);
    for route in routes {
        for (body, status) in [
            (&nested_arrays, StatusCode::BAD_REQUEST),
            (&nested_objects, StatusCode::BAD_REQUEST),
            (&too_long, StatusCode::PAYLOAD_TOO_LARGE),
        ] {
            let reply =
                fixture.send(route.request(&fixture, Some("application/json"), body.clone()));
            check_reply(&reply).unwrap();
            assert_eq!(reply.status, status, "{route:?} {reply:?}");
        }
    }
    let reply =
        fixture.send(BodyRoute::Projects.request(&fixture, Some("text/plain"), nested_arrays));
    check_reply(&reply).unwrap();
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{reply:?}");

    let long = "é".repeat(30_000);
    let mut proposal = valid_proposal("Titre correct");
    proposal["title"] = json!(long);
    let many_projects = vec!["p1"; 12_000];
    for (route, body, status) in [
        (
            BodyRoute::Proposals,
            proposal,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            BodyRoute::Ballots,
            json!({"voter_code": fixture.voter_codes[0], "ballot": {"type": "approval", "projects": many_projects}}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            BodyRoute::VoterCodes,
            json!({"count": 1, "label": long}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            BodyRoute::Moderation(fixture.proposal_ids[2]),
            json!({"action": "reject", "reason": long}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            BodyRoute::Phase,
            json!({"phase": long}),
            StatusCode::BAD_REQUEST,
        ),
        (
            BodyRoute::Projects,
            json!({"projects": [{"id": long, "name": "Long", "cost": 1}]}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let reply =
            fixture.send(route.request(&fixture, Some("application/json"), body.to_string()));
        check_reply(&reply).unwrap();
        assert_eq!(reply.status, status, "{route:?} {reply:?}");
    }
    fixture.assert_healthy();
}

#[test]
fn arbitrary_idempotency_keys_are_accepted_exactly_when_well_formed() {
    let fixture = Fixture::seeded(Voting::Approval);
    let key = prop_oneof![
        1 => Just(None),
        3 => "[!-~]{16,128}".prop_map(|key| Some(key.into_bytes())),
        2 => "[!-~]{0,15}|[!-~]{129,140}".prop_map(|key| Some(key.into_bytes())),
        2 => "[ -~]{10,40}".prop_map(|key| Some(key.into_bytes())),
        3 => header_bytes(160).prop_map(Some),
    ];
    let body = prop_oneof![
        Just((BodyRoute::Proposals, valid_proposal("Éclairage public"))),
        select(fixture.voter_codes.clone()).prop_map(|code| {
            (
                BodyRoute::Ballots,
                json!({"voter_code": code, "ballot": {"type": "approval", "projects": ["p1"]}}),
            )
        }),
    ];
    fixture.check_property((key, body), |(key, (route, body))| {
        let request = route.request(&fixture, Some("application/json"), body.to_string());
        let (mut parts, body) = request.into_parts();
        parts.headers.remove("idempotency-key");
        if let Some(key) = &key {
            parts.headers.insert("idempotency-key", header_value(key));
        }
        let reply = fixture.exchange(Request::from_parts(parts, body))?;
        let acceptable = key.as_deref().is_some_and(is_acceptable_key);
        prop_assert_eq!(
            reply.error_code() == Some(ErrorCode::MissingIdempotencyKey),
            !acceptable,
            "{:?}",
            reply
        );
        Ok(())
    });
}

#[test]
fn arbitrary_authorization_headers_open_admin_routes_only_with_the_token() {
    let fixture = Fixture::seeded(Voting::Approval);
    let near_misses: Vec<Vec<u8>> = [
        format!("bearer {ADMIN_TOKEN}"),
        format!("Bearer  {ADMIN_TOKEN}"),
        format!("Bearer {ADMIN_TOKEN} "),
        format!("Bearer {ADMIN_TOKEN}x"),
        format!("Bearer {}", &ADMIN_TOKEN[1..]),
        format!("Bearer {}", ADMIN_TOKEN.to_uppercase()),
        format!("Basic {ADMIN_TOKEN}"),
        ADMIN_TOKEN.to_owned(),
        "Bearer ".to_owned(),
        "Bearer".to_owned(),
    ]
    .map(String::into_bytes)
    .to_vec();
    let authorization = prop_oneof![
        1 => Just(None),
        2 => Just(Some(format!("Bearer {ADMIN_TOKEN}").into_bytes())),
        3 => select(near_misses).prop_map(Some),
        2 => "Bearer [ -~]{0,40}".prop_map(|value| Some(value.into_bytes())),
        3 => header_bytes(80).prop_map(Some),
    ];
    let route = select(vec![
        (Method::GET, "/api/admin/counts", ""),
        (Method::GET, "/api/admin/proposals?status=pending", ""),
        (Method::PUT, "/api/admin/phase", r#"{"phase":"proposals"}"#),
        (
            Method::POST,
            "/api/admin/voter-codes",
            r#"{"count":1,"label":"auth"}"#,
        ),
        (Method::GET, "/api/admin/export/ballots.csv", ""),
    ]);
    let expected = format!("Bearer {ADMIN_TOKEN}").into_bytes();
    fixture.check_property(
        (authorization, route),
        |(authorization, (method, path, body))| {
            let mut headers = vec![json_content_type()];
            if let Some(value) = &authorization {
                headers.push((header::AUTHORIZATION, header_value(value)));
            }
            let reply = fixture.exchange(request(method, path, headers, body.into()))?;
            let authorised = authorization.as_deref() == Some(&expected[..]);
            prop_assert_eq!(
                reply.status == StatusCode::UNAUTHORIZED,
                !authorised,
                "{:?}",
                reply
            );
            if !authorised {
                prop_assert_eq!(reply.error_code(), Some(ErrorCode::Unauthorized));
            }
            Ok(())
        },
    );
}

#[test]
fn arbitrary_proposal_numbers_in_the_moderation_path_get_a_json_error_or_success() {
    let fixture = Fixture::seeded(Voting::Approval);
    let id = prop_oneof![
        any::<i64>().prop_map(|id| id.to_string()),
        select(vec![
            "0",
            "-0",
            "+1",
            "1.0",
            "1e3",
            "0x10",
            " 1",
            "9223372036854775808",
        ])
        .prop_map(str::to_owned),
        hostile_word(),
    ];
    fixture.check_property(id, |id| {
        let path = format!("/api/admin/proposals/{}/moderation", percent_encode(&id));
        let headers = vec![admin_header(), json_content_type()];
        let body = br#"{"action":"publish"}"#.to_vec();
        fixture.exchange(request(Method::POST, &path, headers, body))?;
        Ok(())
    });
}

#[test]
fn arbitrary_status_filters_of_the_moderation_list_get_a_json_error_or_success() {
    let fixture = Fixture::seeded(Voting::Approval);
    let query = prop_oneof![
        select(vec!["pending", "published", "rejected", "merged"])
            .prop_map(|status| format!("status={status}")),
        hostile_word().prop_map(|status| format!("status={}", percent_encode(&status))),
        select(vec![
            "status=pending&status=merged",
            "status=%FF",
            "status",
            "status[]=x",
            "&&=&",
            "x=1",
        ])
        .prop_map(str::to_owned),
    ];
    fixture.check_property(query, |query| {
        let path = format!("/api/admin/proposals?{query}");
        fixture.exchange(request(Method::GET, &path, vec![admin_header()], vec![]))?;
        Ok(())
    });
}

#[test]
fn the_database_still_answers_after_hostile_text_in_every_field_and_phase() {
    let fixture = Fixture::seeded(Voting::Approval);
    let routes = BodyRoute::all(fixture.proposal_ids[2]);
    for phase in Phase::ALL {
        fixture.set_phase(phase);
        for text in HOSTILE_STRINGS {
            let everywhere = Value::Object(
                API_KEYS
                    .iter()
                    .map(|key| (key.to_string(), json!(text)))
                    .collect(),
            );
            for route in routes {
                let reply = fixture.send(route.request(
                    &fixture,
                    Some("application/json"),
                    everywhere.to_string(),
                ));
                check_reply(&reply).unwrap();
            }
            let mut proposal = valid_proposal(&format!("Titre {text}"));
            proposal["description"] = json!(format!("Une description assez longue : {text}"));
            proposal["commune"] = json!(format!("Commune {text}"));
            let reply = fixture.send(BodyRoute::Proposals.request(
                &fixture,
                Some("application/json"),
                proposal.to_string(),
            ));
            check_reply(&reply).unwrap();
        }
    }
    fixture.assert_healthy();
    fixture.set_phase(Phase::Proposals);
    let reply = fixture.send(request(Method::GET, "/api/proposals", vec![], vec![]));
    assert_eq!(reply.status, StatusCode::OK);
    let published: Vec<PublishedProposal> = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(published.len(), 2);
    fixture.submit_proposal("Encore une proposition");
}

#[test]
fn sql_in_a_proposal_title_is_stored_and_published_verbatim() {
    let fixture = Fixture::new(Voting::Approval);
    let title = "Robert'); DROP TABLE proposals;--";
    let id = fixture.submit_proposal(title);
    fixture.admin(
        Method::POST,
        &format!("/api/admin/proposals/{id}/moderation"),
        &json!({"action": "publish"}),
    );
    let reply = fixture.send(request(Method::GET, "/api/proposals", vec![], vec![]));
    assert_eq!(reply.status, StatusCode::OK);
    let published: Vec<PublishedProposal> = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(published.len(), 1);
    assert_eq!(published[0].id, id);
    assert_eq!(published[0].title.as_bytes(), title.as_bytes());
}
