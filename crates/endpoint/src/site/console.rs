//! The staff console at `/console`: its own build (`dist-console/`), its files with their
//! precompressed copies, and its page for every console route. It may not be framed by another
//! site, whatever the embedding settings of the citizen app.
use crate::site::build_files::{build_file_headers, build_files};
use crate::site::spa::page;
use crate::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::Uri;
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use tower::ServiceBuilder;

/// `/console` and every address under it: the console's files, else its page.
pub fn router(state: &AppState) -> Router<AppState> {
    let files = ServiceBuilder::new()
        .layer(middleware::from_fn(build_file_headers))
        .service(
            build_files(&state.console_dist).fallback(get(console_page).with_state(state.clone())),
        );
    Router::new().nest_service("/console", files)
}

/// The console's `index.html` for a console route.
async fn console_page(State(state): State<AppState>, uri: Uri) -> Response {
    page(&state.console_dist, &[], &uri).await
}
