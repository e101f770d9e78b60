//! `GET /sw.js`: the app's service worker, never cached stale and allowed to fetch its origin.
use crate::http::content_security_policy::SERVICE_WORKER_POLICY;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Serves `dist/sw.js` as JavaScript with `Cache-Control: no-cache` (so a new app version is
/// picked up) and [`SERVICE_WORKER_POLICY`]; 404 when the built app has none.
pub async fn service_worker(State(state): State<AppState>) -> Response {
    let path = state.dist.join("sw.js");
    match tokio::fs::read(&path).await {
        Ok(script) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/javascript"),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(SERVICE_WORKER_POLICY),
                ),
            ],
            script,
        )
            .into_response(),
        Err(error) => {
            tracing::warn!(path = %path.display(), %error, "no service worker in the built app");
            (StatusCode::NOT_FOUND, "not found").into_response()
        }
    }
}
