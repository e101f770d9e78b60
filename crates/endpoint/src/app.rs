//! The HTTP surface: `/api/*` routes, the built app, and the layers around them.
use crate::config::Config;
use crate::http::api_error::ApiError;
use crate::http::client_ip::{ClientIp, remember_client_address};
use crate::http::security_headers::with_security_headers;
use crate::routes::admin::auth::require_admin;
use crate::routes::admin::counts::get_counts;
use crate::routes::admin::exports::{ballots_csv, ballots_pb, results_csv};
use crate::routes::admin::moderation::{list_for_moderation, moderate};
use crate::routes::admin::phase::set_phase;
use crate::routes::admin::projects::import_projects;
use crate::routes::admin::voter_codes::create_voter_codes;
use crate::routes::admin::workshops::create_workshop;
use crate::routes::ballots::{cast_ballot, cast_workshop_ballot, list_ballots};
use crate::routes::health::health;
use crate::routes::openapi::openapi_json;
use crate::routes::process::get_process;
use crate::routes::projects::list_projects;
use crate::routes::proposals::{list_proposals, submit_proposal, submit_workshop_proposal};
use crate::routes::results::get_results;
use crate::routes::workshop::auth::require_workshop_token;
use crate::routes::workshop::info::get_workshop;
use crate::site::build_files::{build_file_headers, build_files};
use crate::site::embed::{embed_script, embed_settings};
use crate::site::service_worker::service_worker;
use crate::site::spa::app_page;
use crate::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use governor::middleware::NoOpMiddleware;
use pb_core::api::{ErrorCode, IDEMPOTENCY_KEY_HEADER, WORKSHOP_TOKEN_HEADER};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
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
    let admin = Router::new()
        .route("/voter-codes", post(create_voter_codes))
        .route("/proposals", get(list_for_moderation))
        .route("/proposals/{id}/moderation", post(moderate))
        .route("/phase", put(set_phase))
        .route("/projects", put(import_projects))
        .route("/export/ballots.pb", get(ballots_pb))
        .route("/export/ballots.csv", get(ballots_csv))
        .route("/export/results.csv", get(results_csv))
        .route("/counts", get(get_counts))
        .route("/workshops", post(create_workshop))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_admin));
    // A workshop's tablet sends for a whole room from one address: no per-address limits.
    let workshop = Router::new()
        .route("/workshop", get(get_workshop))
        .route("/workshop/ballots", post(cast_workshop_ballot))
        .route("/workshop/proposals", post(submit_workshop_proposal))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            require_workshop_token,
        ));
    let mut proposals = get(list_proposals).post(submit_proposal);
    let mut ballots = get(list_ballots).post(cast_ballot);
    if let Some(limit) = submission_limit(config, client_ip) {
        proposals = proposals.layer(limit.clone());
        ballots = ballots.layer(limit);
    }
    let mut api = Router::new()
        .route("/health", get(health))
        .route("/openapi.json", get(openapi_json))
        .route("/process", get(get_process))
        .route("/projects", get(list_projects))
        .route("/proposals", proposals)
        .route("/ballots", ballots)
        .route("/results", get(get_results))
        .nest("/admin", admin)
        .merge(workshop)
        .fallback(api_not_found);
    if let Some(cors) = cors(&state.allowed_origins) {
        api = api.layer(cors);
    }
    let assets = ServiceBuilder::new()
        .layer(middleware::from_fn(build_file_headers))
        .service(build_files(&state.dist).fallback(get(app_page).with_state(state.clone())));
    let routes = Router::new()
        .nest("/api", api)
        .route("/", get(app_page))
        .route("/index.html", get(app_page))
        .route("/sw.js", get(service_worker))
        .route("/embed.json", get(embed_settings))
        .route("/embed.js", embed_script(&state.dist))
        .fallback_service(assets)
        .with_state(state);
    let error_bodies = ErrorBodies {
        max_body_bytes: config.max_body_bytes,
        api_prefix: format!("{}/api/", config.base_path.as_str()).into(),
    };
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
        .layer(middleware::from_fn_with_state(error_bodies, json_errors))
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

/// The per-address limit on submissions (POST only), unless configured off with 0.
fn submission_limit(
    config: &Config,
    client_ip: ClientIp,
) -> Option<GovernorLayer<ClientIp, NoOpMiddleware, axum::body::Body>> {
    if config.submissions_per_minute == 0 {
        return None;
    }
    let period = Duration::from_secs(60) / config.submissions_per_minute;
    let governor = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(config.submission_burst.max(1))
        .methods(vec![Method::POST])
        .key_extractor(client_ip)
        .finish()?;
    Some(GovernorLayer::new(Arc::new(governor)))
}

/// Lets the allowed origins (the region's sites) call the public API from their pages.
fn cors(origins: &[String]) -> Option<CorsLayer> {
    // `parse_origin` wrote each one in ASCII without spaces, so each is a valid header value.
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin).ok())
        .collect();
    if origins.is_empty() {
        return None;
    }
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([
                header::CONTENT_TYPE,
                HeaderName::from_static(IDEMPOTENCY_KEY_HEADER),
                HeaderName::from_static(WORKSHOP_TOKEN_HEADER),
            ])
            .max_age(Duration::from_secs(3600)),
    )
}

/// A handler that panicked answers 500 with the JSON error body (logged), never a dropped
/// connection; nothing was committed by it, since transactions roll back when dropped.
fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(detail, "a request handler panicked");
    ApiError::coded(ErrorCode::Internal, "an internal error occurred").into_response()
}

/// JSON 404 for unknown API paths (never the app page).
async fn api_not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such API route",
    )
}

/// What [`json_errors`] needs: the body limit its message names, and where the API is.
#[derive(Clone)]
struct ErrorBodies {
    /// The configured largest request body.
    max_body_bytes: usize,
    /// `/api/` under the base path.
    api_prefix: Arc<str>,
}

/// Turns bare error statuses from the layers (413, 408) and API 405s into the JSON error body.
async fn json_errors(
    State(error_bodies): State<ErrorBodies>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with(&*error_bodies.api_prefix);
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    let layer_error = matches!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT | StatusCode::TOO_MANY_REQUESTS
    );
    if is_json || !(layer_error || is_api && status == StatusCode::METHOD_NOT_ALLOWED) {
        return response;
    }
    match ApiError::for_status(status, error_bodies.max_body_bytes) {
        Some(mut error) => {
            error.retry_after = response.headers().get(header::RETRY_AFTER).cloned();
            error.into_response()
        }
        None => response,
    }
}
