//! What embedding the app in another site loads from here: `embed.json` (the origins allowed to
//! frame the app, read by the app) and `embed.js` (the host page's script), both revalidated at
//! every use so a change of configuration or release shows at once.
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get_service};
use pb_core::api::EmbedSettings;
use std::path::Path;
use tower_http::services::ServeFile;
use tower_http::set_header::SetResponseHeaderLayer;

/// `GET /embed.json`: the configured allowed origins (whatever `dist/embed.json` says), with
/// `Cache-Control: no-cache`.
pub async fn embed_settings(State(state): State<AppState>) -> Response {
    let settings = EmbedSettings {
        allowed_origins: state.allowed_origins.to_vec(),
    };
    (
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        Json(settings),
    )
        .into_response()
}

/// `GET /embed.js`: the built app's `embed.js` with `Cache-Control: no-cache`; 404 when the
/// build has none.
pub fn embed_script<S: Clone + Send + Sync + 'static>(dist: &Path) -> MethodRouter<S> {
    get_service(ServeFile::new(dist.join("embed.js"))).layer(SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache"),
    ))
}
