//! The whole application: the API and the built app under the base path, and the layers around
//! them.
use crate::config::Config;
use crate::http::client_ip::{ClientIp, remember_client_address};
use crate::http::cors::cors;
use crate::http::json_errors::{ErrorBodies, json_errors, panic_response};
use crate::http::security_headers::with_security_headers;
use crate::http::submission_limit::submission_limit;
use crate::state::AppState;
use crate::{routes, site};
use axum::Router;
use axum::http::StatusCode;
use axum::middleware;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

/// Builds the whole application under the configured base path: API, embedding files, static app
/// with fallback to its page, and middleware.
pub fn app(state: AppState, config: &Config) -> Router {
    let client_ip = ClientIp {
        trust_forwarded_for: config.trust_forwarded_for,
    };
    let mut api = routes::router(&state, submission_limit(config, client_ip));
    if let Some(cors) = cors(&state.allowed_origins) {
        api = api.layer(cors);
    }
    let routes = site::router(&state).nest("/api", api).with_state(state);
    let limited = config
        .base_path
        .serve(routes)
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(config.request_timeout_secs),
        ))
        .layer(CompressionLayer::new());
    with_security_headers(limited)
        .layer(middleware::from_fn_with_state(
            ErrorBodies::new(config),
            json_errors,
        ))
        .layer(middleware::from_fn_with_state(
            client_ip,
            remember_client_address,
        ))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}
