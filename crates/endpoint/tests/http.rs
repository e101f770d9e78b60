//! The HTTP surface, exercised with in-process requests against a real SQLite file.
mod in_process;
mod published_process;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clap::Parser;
use endpoint::state::StartError;
use endpoint::{AppState, Config};
use http_body_util::BodyExt;
use in_process::open_app;
use pb_core::api::{EmbedSettings, ErrorBody, ErrorCode, Health, OriginError, ServiceStatus};
use published_process::PROCESS_FILE;
use tempfile::TempDir;
use tower::ServiceExt;

const INDEX_HTML: &str = "<!doctype html><html><head>\
    <script type=\"module\">import init from '/app.js'; init();</script>\
    </head><body></body></html>";

/// An app over a fresh SQLite file and a dist directory holding an index.html and one asset.
async fn test_app(extra_flags: &[&str]) -> (Router, TempDir) {
    let dir = TempDir::new().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX_HTML).unwrap();
    std::fs::write(
        dist.join("app.js"),
        "export default function init() {}\n".repeat(50),
    )
    .unwrap();
    let (app, _) = open_app(&config_in(&dir, extra_flags)).await;
    (app, dir)
}

/// The configuration with `dir/dist`, the SQLite file `dir/var/test.db`, the process file and
/// `extra_flags`.
fn config_in(dir: &TempDir, extra_flags: &[&str]) -> Config {
    let dist = dir.path().join("dist");
    let url = format!("sqlite://{}", dir.path().join("var/test.db").display());
    let mut args = vec![
        "endpoint",
        "--dist",
        dist.to_str().unwrap(),
        "--database-url",
        &url,
        "--process",
        PROCESS_FILE,
    ];
    args.extend_from_slice(extra_flags);
    Config::parse_from(args)
}

async fn send(
    app: &Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

/// The `frame-ancestors` directive of a response's Content-Security-Policy.
fn frame_ancestors(headers: &axum::http::HeaderMap) -> String {
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    policy
        .split(';')
        .map(str::trim)
        .find(|directive| directive.starts_with("frame-ancestors"))
        .unwrap_or_else(|| panic!("no frame-ancestors in {policy}"))
        .to_owned()
}

#[tokio::test]
async fn health_reports_version_and_a_migrated_sqlite_database() {
    let (app, _dir) = test_app(&[]).await;
    let (status, headers, body) = send(&app, get("/api/health")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let health: Health = serde_json::from_slice(&body).unwrap();
    assert_eq!(health.status, ServiceStatus::Ok);
    assert_eq!(health.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(health.database.backend, "sqlite");
    assert_eq!(health.database.status, ServiceStatus::Ok);
    assert!(
        health
            .database
            .schema_version
            .is_some_and(|version| version > 0)
    );
    let initialized_at = health.database.initialized_at.unwrap();
    assert!(
        initialized_at.ends_with('Z') && initialized_at.len() == 20,
        "{initialized_at}"
    );
}

#[tokio::test]
async fn health_says_unavailable_with_503_when_the_database_is_closed() {
    let dir = TempDir::new().unwrap();
    let config = config_in(&dir, &[]);
    let (app, state) = open_app(&config).await;
    state.database.close().await;
    let (status, _, body) = send(&app, get("/api/health")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let health: Health = serde_json::from_slice(&body).unwrap();
    assert_eq!(health.status, ServiceStatus::Unavailable);
    assert_eq!(health.database.status, ServiceStatus::Unavailable);
}

#[tokio::test]
async fn app_routes_fall_back_to_index_html_with_a_policy_allowing_its_inline_script() {
    let (app, _dir) = test_app(&[]).await;
    for path in [
        "/",
        "/budget",
        "/projects/42",
        "/no/such/page",
        "/index.html",
    ] {
        let (status, headers, body) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(String::from_utf8(body).unwrap(), INDEX_HTML, "{path}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            policy.contains("'wasm-unsafe-eval'") && policy.contains("'sha256-"),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
    }
}

#[tokio::test]
async fn assets_are_served_and_missing_assets_are_404_not_the_page() {
    let (app, _dir) = test_app(&[]).await;
    let (status, headers, body) = send(&app, get("/app.js")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    assert!(body.starts_with(b"export default"));
    let (status, _, _) = send(&app, get("/missing-1234.wasm")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_api_paths_get_a_json_404_not_the_page() {
    let (app, _dir) = test_app(&[]).await;
    let (status, _, body) = send(&app, get("/api/no-such-thing")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let error: ErrorBody = serde_json::from_slice(&body).unwrap();
    assert_eq!(error.error.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn wrong_method_on_an_api_route_gets_a_json_405() {
    let (app, _dir) = test_app(&[]).await;
    let request = Request::delete("/api/health").body(Body::empty()).unwrap();
    let (status, _, body) = send(&app, request).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let error: ErrorBody = serde_json::from_slice(&body).unwrap();
    assert_eq!(error.error.code, ErrorCode::MethodNotAllowed);
}

#[tokio::test]
async fn security_headers_are_on_every_response() {
    let (app, _dir) = test_app(&[]).await;
    for path in ["/", "/api/health", "/app.js", "/api/nope"] {
        let (_, headers, _) = send(&app, get(path)).await;
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(
            headers[header::REFERRER_POLICY],
            "strict-origin-when-cross-origin",
            "{path}"
        );
        assert!(
            headers.contains_key(header::CONTENT_SECURITY_POLICY),
            "{path}"
        );
        assert!(headers.contains_key("permissions-policy"), "{path}");
    }
    let (_, headers, _) = send(&app, get("/api/health")).await;
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
}

#[tokio::test]
async fn oversized_body_is_rejected_with_413_and_a_json_error() {
    let (app, _dir) = test_app(&["--max-body-bytes", "1024"]).await;
    let request = Request::post("/api/health")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, 4096)
        .body(Body::from(vec![b' '; 4096]))
        .unwrap();
    let (status, headers, body) = send(&app, request).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let error: ErrorBody = serde_json::from_slice(&body).unwrap();
    assert_eq!(error.error.code, ErrorCode::PayloadTooLarge);
    assert!(
        error.error.message.contains("1024"),
        "{}",
        error.error.message
    );
}

#[tokio::test]
async fn responses_are_compressed_with_brotli_or_gzip_when_asked() {
    let (app, _dir) = test_app(&[]).await;
    for encoding in ["br", "gzip"] {
        let request = Request::get("/app.js")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        let (status, headers, body) = send(&app, request).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_ENCODING], encoding);
        assert!(body.len() < 1700, "{encoding}: {} bytes", body.len());
    }
}

#[tokio::test]
async fn hashed_build_files_are_sent_as_their_build_time_copies_and_cached_for_a_year() {
    let (app, dir) = test_app(&[]).await;
    let dist = dir.path().join("dist");
    let wasm = "bmk-app-0123456789abcdef_bg.wasm";
    std::fs::write(dist.join(wasm), b"\0asm raw module").unwrap();
    std::fs::write(dist.join(format!("{wasm}.br")), b"brotli copy").unwrap();
    std::fs::write(dist.join(format!("{wasm}.gz")), b"gzip copy").unwrap();
    let cases: [(&str, Option<&str>, &[u8]); 4] = [
        ("gzip, deflate, br, zstd", Some("br"), b"brotli copy"),
        ("gzip, deflate", Some("gzip"), b"gzip copy"),
        ("identity", None, b"\0asm raw module"),
        ("", None, b"\0asm raw module"),
    ];
    for (accepted, encoding, expected) in cases {
        let request = Request::get(format!("/{wasm}"))
            .header(header::ACCEPT_ENCODING, accepted)
            .body(Body::empty())
            .unwrap();
        let (status, headers, body) = send(&app, request).await;
        assert_eq!(status, StatusCode::OK, "{accepted}");
        assert_eq!(body, expected, "{accepted}");
        assert_eq!(
            headers
                .get(header::CONTENT_ENCODING)
                .map(|value| value.to_str().unwrap()),
            encoding,
            "{accepted}"
        );
        assert_eq!(
            headers[header::CONTENT_TYPE],
            "application/wasm",
            "{accepted}"
        );
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable",
            "{accepted}"
        );
        assert!(
            headers
                .get_all(header::VARY)
                .iter()
                .any(|value| value.to_str().unwrap().contains("accept-encoding")),
            "{accepted}: {headers:?}"
        );
    }

    let (_, headers, _) = send(&app, get(&format!("/{wasm}"))).await;
    let revalidation = Request::get(format!("/{wasm}"))
        .header(header::ACCEPT_ENCODING, "br")
        .header(header::IF_MODIFIED_SINCE, &headers[header::LAST_MODIFIED])
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&app, revalidation).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable",
        "a 304 repeats the caching headers: {headers:?}"
    );
    assert_eq!(headers[header::VARY], "accept-encoding");

    let (status, headers, _) = send(&app, get("/app.js")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers.get(header::CACHE_CONTROL).is_none(),
        "a file without a hash in its name is not cached for a year: {headers:?}"
    );
    let (status, headers, _) = send(&app, get("/bmk-app-0123456789abcdef.js")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(headers.get(header::CACHE_CONTROL).is_none());
}

#[tokio::test]
async fn the_service_worker_is_served_uncached_with_a_policy_letting_it_fetch_its_origin() {
    let (app, dir) = test_app(&[]).await;
    let (status, headers, body) = send(&app, get("/sw.js")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no sw.js in the built app");
    assert_eq!(body, b"not found");
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );

    let script = "self.addEventListener('fetch', (event) => {});\n";
    std::fs::write(dir.path().join("dist/sw.js"), script).unwrap();
    let (status, headers, body) = send(&app, get("/sw.js")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(String::from_utf8(body).unwrap(), script);
    assert_eq!(headers[header::CONTENT_TYPE], "text/javascript");
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert_eq!(
        headers[header::CONTENT_SECURITY_POLICY],
        "default-src 'none'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let (_, headers, _) = send(&app, get("/app.js")).await;
    assert!(
        !headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("connect-src"),
        "other scripts keep the deny-all policy"
    );
}

#[tokio::test]
async fn without_allowed_origins_only_the_app_itself_may_frame_its_page() {
    let (app, _dir) = test_app(&[]).await;
    for path in ["/", "/budget"] {
        let (status, headers, _) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'self'",
            "{path}"
        );
        assert!(!headers.contains_key(header::X_FRAME_OPTIONS), "{path}");
    }
}

#[tokio::test]
async fn the_page_may_be_framed_by_exactly_the_allowed_origins_and_nothing_else_may_be() {
    let (app, _dir) = test_app(&[
        "--allowed-origins",
        "HTTPS://WWW.Example.ma/,http://localhost:8081,",
    ])
    .await;
    for path in ["/", "/budget", "/index.html"] {
        let (_, headers, _) = send(&app, get(path)).await;
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'self' https://www.example.ma http://localhost:8081",
            "{path}"
        );
        assert!(!headers.contains_key(header::X_FRAME_OPTIONS), "{path}");
    }
    for path in ["/app.js", "/api/health", "/embed.json", "/api/nope"] {
        let (_, headers, _) = send(&app, get(path)).await;
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'none'",
            "{path}"
        );
        assert!(!headers.contains_key(header::X_FRAME_OPTIONS), "{path}");
    }
}

#[tokio::test]
async fn cors_answers_an_allowed_origin_configured_in_another_spelling() {
    let (app, _dir) = test_app(&["--allowed-origins", "HTTPS://WWW.Example.ma:443/"]).await;
    let preflight = |origin: &str| {
        Request::builder()
            .method("OPTIONS")
            .uri("/api/proposals")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .body(Body::empty())
            .unwrap()
    };
    let (_, headers, _) = send(&app, preflight("https://www.example.ma")).await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://www.example.ma"
    );
    let (_, headers, _) = send(&app, preflight("https://example.ma")).await;
    assert!(!headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
}

#[tokio::test]
async fn embed_json_lists_the_configured_origins_uncached_whatever_the_built_file_says() {
    let (app, dir) = test_app(&[
        "--allowed-origins",
        "https://www.example.ma/, http://[::1]:8081",
    ])
    .await;
    std::fs::write(
        dir.path().join("dist/embed.json"),
        r#"{"allowed_origins":["https://stale.example.org"]}"#,
    )
    .unwrap();
    let (status, headers, body) = send(&app, get("/embed.json")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    let settings: EmbedSettings = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        settings.allowed_origins,
        ["https://www.example.ma", "http://[::1]:8081"]
    );
}

#[tokio::test]
async fn embed_json_without_allowed_origins_is_an_empty_list() {
    let (app, _dir) = test_app(&[]).await;
    let (status, _, body) = send(&app, get("/embed.json")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, br#"{"allowed_origins":[]}"#);
}

#[tokio::test]
async fn embed_js_is_served_uncached_so_host_pages_get_the_current_one() {
    let (app, dir) = test_app(&[]).await;
    let (status, _, _) = send(&app, get("/embed.js")).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "no embed.js in the built app"
    );

    let script = "window.addEventListener('message', () => {});\n";
    std::fs::write(dir.path().join("dist/embed.js"), script).unwrap();
    let (status, headers, body) = send(&app, get("/embed.js")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(String::from_utf8(body).unwrap(), script);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    let (_, headers, _) = send(&app, get("/app.js")).await;
    assert!(
        !headers.contains_key(header::CACHE_CONTROL),
        "other assets keep their ordinary caching"
    );
}

#[tokio::test]
async fn an_allowed_origin_that_is_not_one_stops_the_start() {
    let dir = TempDir::new().unwrap();
    let config = config_in(
        &dir,
        &[
            "--allowed-origins",
            "https://www.example.ma,https://www.example.ma/embed",
        ],
    );
    match AppState::open(&config).await {
        Err(StartError::AllowedOrigin(error)) => {
            assert_eq!(error.entry, "https://www.example.ma/embed");
            assert_eq!(error.reason, OriginError::PathQueryOrFragment);
        }
        Err(other) => panic!("another error: {other}"),
        Ok(_) => panic!("the endpoint started with an invalid origin"),
    }
    assert!(
        !dir.path().join("var/test.db").exists(),
        "refused before opening the database"
    );
}

/// An app served under `/budget-citoyen` (configured with a trailing slash), with a stylesheet,
/// a service worker and an embed.js in its dist directory.
async fn app_under_base_path() -> (Router, TempDir) {
    let (app, dir) = test_app(&[
        "--base-path",
        "/budget-citoyen/",
        "--allowed-origins",
        "https://www.example.ma",
    ])
    .await;
    let dist = dir.path().join("dist");
    std::fs::write(dist.join("some.css"), "body { margin: 0 }\n").unwrap();
    std::fs::write(dist.join("sw.js"), "// worker\n").unwrap();
    std::fs::write(dist.join("embed.js"), "// host page\n").unwrap();
    (app, dir)
}

#[tokio::test]
async fn under_a_base_path_the_api_answers_there_and_only_there() {
    let (app, _dir) = app_under_base_path().await;
    let (status, headers, body) = send(&app, get("/budget-citoyen/api/process")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let process: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(process["phase"].is_string(), "{process}");

    let (status, _, body) = send(&app, get("/budget-citoyen/api/no-such-thing")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let error: ErrorBody = serde_json::from_slice(&body).unwrap();
    assert_eq!(error.error.code, ErrorCode::NotFound);

    let request = Request::delete("/budget-citoyen/api/health")
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(&app, request).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let error: ErrorBody = serde_json::from_slice(&body).unwrap();
    assert_eq!(error.error.code, ErrorCode::MethodNotAllowed);

    let (status, _, _) = send(&app, get("/api/process")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn under_a_base_path_the_page_and_its_files_are_served_there() {
    let (app, _dir) = app_under_base_path().await;
    for path in [
        "/budget-citoyen/",
        "/budget-citoyen/budget",
        "/budget-citoyen/projects/42",
        "/budget-citoyen/index.html",
    ] {
        let (status, headers, body) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(String::from_utf8(body).unwrap(), INDEX_HTML, "{path}");
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(policy.contains("'sha256-"), "{path}: {policy}");
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'self' https://www.example.ma",
            "{path}"
        );
    }
    let (status, headers, body) = send(&app, get("/budget-citoyen/some.css")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(body, b"body { margin: 0 }\n");
    let (status, _, _) = send(&app, get("/budget-citoyen/missing.js")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    for (path, body) in [
        ("/budget-citoyen/sw.js", "// worker\n"),
        ("/budget-citoyen/embed.js", "// host page\n"),
        (
            "/budget-citoyen/embed.json",
            r#"{"allowed_origins":["https://www.example.ma"]}"#,
        ),
    ] {
        let (status, headers, served) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(String::from_utf8(served).unwrap(), body, "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
    }
}

#[tokio::test]
async fn under_a_base_path_its_bare_path_redirects_and_paths_outside_are_404() {
    let (app, _dir) = app_under_base_path().await;
    let (status, headers, _) = send(&app, get("/budget-citoyen")).await;
    assert_eq!(status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(headers[header::LOCATION], "/budget-citoyen/");
    let (status, headers, _) = send(&app, get("/budget-citoyen?lang=ar")).await;
    assert_eq!(status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(headers[header::LOCATION], "/budget-citoyen/?lang=ar");

    for path in [
        "/",
        "/budget",
        "/index.html",
        "/app.js",
        "/sw.js",
        "/embed.json",
        "/budget-citoyenne/budget",
    ] {
        let (status, headers, _) = send(&app, get(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
    }
}
