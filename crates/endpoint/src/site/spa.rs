//! The app page: index.html for every client-side route, with its Content-Security-Policy (which
//! also says which sites may frame it).
use crate::http::content_security_policy::document_policy;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use std::path::Path;

/// Serves `dist/index.html` for app routes such as `/budget`; a missing file-like path
/// (`/missing.js`) gets 404 instead, so a broken asset link is not hidden behind the page.
pub async fn app_page(State(state): State<AppState>, uri: Uri) -> Response {
    page(&state.dist, &state.allowed_origins, &uri).await
}

/// The `index.html` of a built directory for a route of its app, with the page's policy (framed
/// by its own origin and `frame_origins`); a file-like path gets 404.
pub async fn page(dist: &Path, frame_origins: &[String], uri: &Uri) -> Response {
    if looks_like_a_file(uri.path()) && uri.path() != "/index.html" {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let index = dist.join("index.html");
    match tokio::fs::read_to_string(&index).await {
        Ok(html) => {
            let policy = document_policy(&html, frame_origins);
            let mut response = Html(html).into_response();
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(&policy) {
                headers.insert(header::CONTENT_SECURITY_POLICY, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        Err(error) => {
            tracing::error!(path = %index.display(), %error, "the built app is missing; run `trunk build`");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the app is not built on this server",
            )
                .into_response()
        }
    }
}

/// Whether the last path segment has an extension, as asset paths do.
fn looks_like_a_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|segment| segment.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::looks_like_a_file;

    #[test]
    fn tells_asset_paths_from_app_routes() {
        assert!(looks_like_a_file("/bmk-app-1234.wasm"));
        assert!(looks_like_a_file("/data/bmk/budget.csv"));
        assert!(!looks_like_a_file("/budget"));
        assert!(!looks_like_a_file("/projects/12"));
        assert!(!looks_like_a_file("/"));
    }
}
