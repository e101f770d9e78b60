//! Hostile input at the API: SQL metacharacters in every text field are stored and published
//! verbatim, on SQLite and PostgreSQL; deeply nested and oversized JSON bodies are refused with
//! the JSON error body, and the endpoint keeps serving. The rest of the security list (README,
//! "Security tests") lives next to the feature it guards. Part of the `api` test binary.
use crate::api_support::{Backend, TestApp, proposal};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::json;

/// Text written to break out of an SQL string or comment, or to end a statement.
const SQL_TEXT: &str = "Robert'); DROP TABLE proposals;-- \" OR 1=1 /* \\ % _ ; `x`";

/// Every text field of a proposal keeps the SQL text exactly, in storage and once published.
async fn sql_metacharacters_are_stored_verbatim(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    let mut hostile = proposal(&format!("Eau {SQL_TEXT}"));
    hostile["description"] = json!(format!("Description {SQL_TEXT}"));
    hostile["commune"] = json!(format!("Commune {SQL_TEXT}"));
    // A contact must be an e-mail address: the SQL text, without its spaces, is its local part.
    hostile["contact"] = json!(format!("{}@example.ma", SQL_TEXT.replace(' ', "")));
    let answer = app
        .submit("/api/proposals", "key-sql-aaaaaaaaaaaaaa-1", &hostile)
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let id = answer.json()["id"].as_i64().unwrap();
    let pending = app
        .admin_get("/api/admin/proposals?status=pending")
        .await
        .json();
    for field in ["title", "description", "commune", "contact"] {
        assert_eq!(pending[0][field], hostile[field], "{field} in storage");
    }
    let published = app
        .admin(
            "POST",
            &format!("/api/admin/proposals/{id}/moderation"),
            &json!({"action": "publish"}),
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text());
    let public = app.get("/api/proposals").await.json();
    for field in ["title", "description", "commune"] {
        assert_eq!(public[0][field], hostile[field], "{field} published");
    }
    let again = app
        .submit(
            "/api/proposals",
            "key-sql-bbbbbbbbbbbbbb-2",
            &proposal("Route"),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::CREATED,
        "the table is still there"
    );
}
crate::on_both_backends!(sql, sql_metacharacters_are_stored_verbatim);

/// `POST path` with a raw JSON body text and an idempotency key.
fn raw_submission(path: &str, body: String) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "key-raw-aaaaaaaaaaaaaa-1")
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn deeply_nested_and_oversized_json_bodies_are_refused_and_the_endpoint_keeps_serving() {
    let app = TestApp::start(Backend::Sqlite, &[]).await;
    // Far past serde_json's limit of 128 levels, still under the 64 KB body limit.
    let depth = 5_000;
    for path in ["/api/proposals", "/api/ballots"] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let answer = app.send(raw_submission(path, nested)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(answer.error_code(), "bad_request", "{path}");
        let in_an_object = format!(
            "{{\"title\":{}1{}}}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        );
        let answer = app.send(raw_submission(path, in_an_object)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{path}");
        let oversized = json!({"title": "x".repeat(70 * 1024)}).to_string();
        let answer = app.send(raw_submission(path, oversized)).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert_eq!(answer.error_code(), "payload_too_large", "{path}");
    }
    let health = app.get("/api/health").await;
    assert_eq!(health.status, StatusCode::OK);
    let stored = app
        .submit(
            "/api/proposals",
            "key-after-aaaaaaaaaaaa-1",
            &proposal("Eau potable"),
        )
        .await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.text());
}
