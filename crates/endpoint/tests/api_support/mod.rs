//! An in-process endpoint over a real database (a SQLite file, or a fresh PostgreSQL database),
//! with helpers to send API requests and read the answers.
use crate::in_process::open_app;
use crate::published_process::PROCESS_FILE;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use clap::Parser;
use endpoint::{AppState, Config};
use http_body_util::BodyExt;
use serde_json::Value;
use tempfile::TempDir;
use tower::ServiceExt;

/// The administrators' token of test apps.
pub const ADMIN_TOKEN: &str = "test-admin-token-0123456789";

/// A running in-process app; the directory holds its SQLite file.
pub struct TestApp {
    /// The router.
    pub router: Router,
    /// The app state (database handle).
    pub state: AppState,
    /// Keeps the temporary directory alive.
    pub dir: TempDir,
}

/// An answer: status, headers and body.
pub struct Answer {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl Answer {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "{error}: {} {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    /// The error code of a JSON error body, or `""` when the body is not one.
    pub fn error_code_or_empty(&self) -> String {
        serde_json::from_slice::<Value>(&self.body)
            .ok()
            .and_then(|body| body["error"]["code"].as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The error code of a JSON error body.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {}", self.text()))
            .to_owned()
    }
}

/// Which database a test runs against.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    /// A SQLite file in a temporary directory.
    Sqlite,
    /// A new database on the server of `BMK_TEST_POSTGRES_URL`.
    #[cfg_attr(not(feature = "postgres-tests"), allow(dead_code))]
    Postgres,
}

/// A database URL of the backend, fresh for this test.
pub async fn fresh_database_url(backend: Backend, dir: &TempDir) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("var/test.db").display()),
        Backend::Postgres => {
            use sqlx::Connection;
            let server = std::env::var("BMK_TEST_POSTGRES_URL")
                .expect("BMK_TEST_POSTGRES_URL: run through scripts/with-postgres.sh");
            let name = format!("bmk_test_{}", rand::random::<u64>());
            let mut connection = sqlx::PgConnection::connect(&server).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut connection)
                .await
                .unwrap();
            connection.close().await.unwrap();
            let base = server.rsplit_once('/').unwrap().0;
            format!("{base}/{name}")
        }
    }
}

impl TestApp {
    /// An app on a fresh database of `backend`, with the admin token and `extra_flags`.
    pub async fn start(backend: Backend, extra_flags: &[&str]) -> TestApp {
        let dir = TempDir::new().unwrap();
        let url = fresh_database_url(backend, &dir).await;
        let mut args = vec!["endpoint", "--database-url", &url, "--log-format", "text"];
        if !extra_flags.contains(&"--process") {
            args.extend_from_slice(&["--process", PROCESS_FILE]);
        }
        if !extra_flags.contains(&"--admin-token") {
            args.extend_from_slice(&["--admin-token", ADMIN_TOKEN]);
        }
        args.extend_from_slice(extra_flags);
        let config = Config::parse_from(args);
        let (router, state) = open_app(&config).await;
        TestApp { router, state, dir }
    }

    /// Sends a request.
    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            body: body.to_vec(),
        }
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Answer {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// `GET path` as an administrator.
    pub async fn admin_get(&self, path: &str) -> Answer {
        self.send(
            Request::get(path)
                .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// A submission: `POST path` with a JSON body and an idempotency key.
    pub async fn submit(&self, path: &str, key: &str, body: &Value) -> Answer {
        self.send(
            Request::post(path)
                .header(header::CONTENT_TYPE, "application/json")
                .header("idempotency-key", key)
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
    }

    /// An administrator's request with a JSON body.
    pub async fn admin(&self, method: &str, path: &str, body: &Value) -> Answer {
        self.send(
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::AUTHORIZATION, format!("Bearer {ADMIN_TOKEN}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
    }

    /// Opens `phase`, asserting success.
    pub async fn set_phase(&self, phase: &str) {
        let answer = self
            .admin(
                "PUT",
                "/api/admin/phase",
                &serde_json::json!({ "phase": phase }),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    }

    /// Creates `count` voter codes, returning them as printed.
    pub async fn voter_codes(&self, count: u32, province: Option<&str>) -> Vec<String> {
        let answer = self
            .admin(
                "POST",
                "/api/admin/voter-codes",
                &serde_json::json!({ "count": count, "label": "test batch", "province": province }),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        answer
            .text()
            .lines()
            .skip(1)
            .map(|line| line.split(',').next().unwrap().to_owned())
            .collect()
    }

    /// Imports projects `p1`…`pN` costing `cost` each, asserting success.
    pub async fn import_projects(&self, costs: &[u64]) {
        let projects: Vec<Value> = costs
            .iter()
            .enumerate()
            .map(|(index, cost)| {
                serde_json::json!({
                    "id": format!("p{}", index + 1),
                    "name": format!("Project {}", index + 1),
                    "cost": cost,
                    "province": "Azilal",
                    "sectors": ["water"],
                    "description": "A test project.",
                    "translations": {
                        "ar": { "name": format!("المشروع {}", index + 1) }
                    }
                })
            })
            .collect();
        let answer = self
            .admin(
                "PUT",
                "/api/admin/projects",
                &serde_json::json!({ "projects": projects }),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    }
}

/// An approval ballot body.
pub fn approval_ballot(code: &str, projects: &[&str]) -> Value {
    serde_json::json!({
        "voter_code": code,
        "ballot": { "type": "approval", "projects": projects }
    })
}

/// A complete, valid proposal body.
pub fn proposal(title: &str) -> Value {
    serde_json::json!({
        "title": title,
        "description": "Réhabiliter le réseau d'eau potable du douar, vétuste depuis 1998.",
        "province": "Azilal",
        "commune": "Ait Mhamed",
        "sector": "water",
        "estimated_cost": 2_500_000,
        "contact": "0600000000"
    })
}

/// Runs the async test body once per backend: SQLite always, PostgreSQL with the
/// `postgres-tests` feature.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$body($crate::api_support::Backend::Sqlite).await;
            }

            #[cfg(feature = "postgres-tests")]
            #[tokio::test]
            async fn postgres() {
                super::$body($crate::api_support::Backend::Postgres).await;
            }
        }
    };
}
