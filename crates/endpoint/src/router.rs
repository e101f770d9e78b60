//! The HTTP surface: `/api/*` routes, the built app, and the layers around them.
use crate::api_error::ApiError;
use crate::config::Config;
use crate::health::health;
use crate::security_headers::with_security_headers;
use crate::spa::app_page;
use crate::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use pb_core::api::ErrorCode;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

/// Builds the whole application: API, static app with fallback to its page, and middleware.
pub fn app(state: AppState, config: &Config) -> Router {
    let api = Router::new()
        .route("/health", get(health))
        .fallback(api_not_found);
    let assets = ServeDir::new(&state.dist)
        .append_index_html_on_directories(false)
        .fallback(get(app_page).with_state(state.clone()));
    let routes = Router::new()
        .nest("/api", api)
        .route("/", get(app_page))
        .route("/index.html", get(app_page))
        .fallback_service(assets)
        .with_state(state);
    let limited = routes
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(config.request_timeout_secs),
        ))
        .layer(CompressionLayer::new());
    with_security_headers(limited)
        .layer(middleware::from_fn_with_state(
            config.max_body_bytes,
            json_errors,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// JSON 404 for unknown API paths (never the app page).
async fn api_not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such API route",
    )
}

/// Turns bare error statuses from the layers (413, 408) and API 405s into the JSON error body.
async fn json_errors(
    State(max_body_bytes): State<usize>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    let layer_error = matches!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT
    );
    if is_json || !(layer_error || is_api && status == StatusCode::METHOD_NOT_ALLOWED) {
        return response;
    }
    match ApiError::for_status(status, max_body_bytes) {
        Some(error) => error.into_response(),
        None => response,
    }
}
