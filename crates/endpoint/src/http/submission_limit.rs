//! The per-address limit on submissions (proposals and ballots), so one client cannot flood them.
use crate::config::Config;
use crate::http::client_ip::ClientIp;
use axum::body::Body;
use axum::http::Method;
use governor::middleware::NoOpMiddleware;
use std::sync::Arc;
use std::time::Duration;
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;

/// The layer counting each client address's POST requests on the routes it wraps.
pub type SubmissionLimit = GovernorLayer<ClientIp, NoOpMiddleware, Body>;

/// The per-address limit on submissions (POST only), unless configured off with 0.
pub fn submission_limit(config: &Config, client_ip: ClientIp) -> Option<SubmissionLimit> {
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
