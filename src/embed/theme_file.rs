//! Applying an embed's theme to the page: a theme file published with the app
//! (`themes/NAME.json`, an object of the same settings as the address) under the address's own
//! settings, each checked, set as CSS custom properties on `<html>`.
use super::mode::EmbedMode;
use super::theme::{THEME_SETTINGS, THEMED_PROPERTIES, Theme};
use crate::site_path::app_href;
use gloo_net::http::Request;
use wasm_bindgen::JsCast;

/// Sets the address's theme at once, then again with the theme file's settings once it is read
/// (a missing or invalid file leaves the address's theme).
pub fn apply_theme(mode: EmbedMode) {
    set_custom_properties(&mode.theme_with(&[]).0);
    let Some(name) = mode.theme_file.clone() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(file_values) = theme_file_values(&name).await {
            set_custom_properties(&mode.theme_with(&file_values).0);
        }
    });
}

/// The theme settings in `themes/NAME.json`, as text.
async fn theme_file_values(name: &str) -> Option<Vec<(String, String)>> {
    let address = app_href(&format!("/themes/{name}.json"));
    let response = Request::get(&address).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    let file: serde_json::Map<String, serde_json::Value> = response.json().await.ok()?;
    Some(
        THEME_SETTINGS
            .iter()
            .filter_map(|name| {
                let value = file.get(*name)?.as_str()?;
                Some(((*name).to_owned(), value.to_owned()))
            })
            .collect(),
    )
}

/// Sets each checked property on `<html>` (through the CSSOM, which the page's style policy
/// allows, unlike inline style text).
fn set_custom_properties(theme: &Theme) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        for name in THEMED_PROPERTIES {
            let _ = root.style().remove_property(name);
        }
        for (name, value) in theme.custom_properties() {
            let _ = root.style().set_property(name, &value);
        }
    }
}
