//! The origins allowed to embed the app (`embed.json`, written by the endpoint from its
//! configuration, or published as a file on a static host).
use crate::site_path::app_href;
use gloo_net::http::Request;
use pb_core::api::EmbedSettings;

/// The allowed origins; none when the file is missing or unreadable (then only the app's own
/// pages may embed it).
pub async fn allowed_origins() -> Vec<String> {
    let Ok(response) = Request::get(&app_href("/embed.json")).send().await else {
        return Vec::new();
    };
    if !response.ok() {
        return Vec::new();
    }
    response
        .json::<EmbedSettings>()
        .await
        .map(|settings| settings.allowed_origins)
        .unwrap_or_default()
}
