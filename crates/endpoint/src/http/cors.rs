//! Cross-origin calls of the API from the pages of the allowed origins.
use axum::http::{HeaderName, HeaderValue, Method, header};
use pb_core::api::{IDEMPOTENCY_KEY_HEADER, WORKSHOP_TOKEN_HEADER};
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Lets the allowed origins (the region's sites) call the public API from their pages.
pub fn cors(origins: &[String]) -> Option<CorsLayer> {
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
