//! The built app served next to the API: its page, its files, its service worker and what
//! embedding it in another site loads.

pub mod build_files;
pub mod console;
pub mod embed;
pub mod service_worker;
pub mod spa;

use crate::state::AppState;
use axum::Router;
use axum::middleware;
use axum::routing::get;
use build_files::{build_file_headers, build_files};
use embed::{embed_script, embed_settings};
use service_worker::service_worker;
use spa::app_page;
use tower::ServiceBuilder;

/// The app's page, service worker and embedding files, and its other files from `dist/` with a
/// fallback to its page.
pub fn router(state: &AppState) -> Router<AppState> {
    let assets = ServiceBuilder::new()
        .layer(middleware::from_fn(build_file_headers))
        .service(build_files(&state.dist).fallback(get(app_page).with_state(state.clone())));
    Router::new()
        .merge(console::router(state))
        .route("/", get(app_page))
        .route("/index.html", get(app_page))
        .route("/sw.js", get(service_worker))
        .route("/embed.json", get(embed_settings))
        .route("/embed.js", embed_script(&state.dist))
        .fallback_service(assets)
}
