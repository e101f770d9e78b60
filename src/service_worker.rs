//! Installing the service worker (`sw.js`, written at build time), which keeps the app and its
//! data for use without a network, and pointing the web manifest at the current language.
use crate::site_path::app_href;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// Registers `sw.js` (under the base path) where the browser supports service workers (secure pages only).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if supported {
        // A refused registration leaves the app working online, as without a service worker.
        let _ = navigator.service_worker().register(&app_href("/sw.js"));
    }
}

/// Whether a service worker controls this page, i.e. the app opens here without a network.
pub fn kept_for_offline_use() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false)
        && navigator.service_worker().controller().is_some()
}

/// Points `<link rel="manifest">` at the manifest in `language` (its name, direction and start
/// page), so an installed app opens in the language it was installed in.
pub fn use_manifest_of(language: &str) {
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("link[rel=manifest]").ok().flatten());
    if let Some(link) = link {
        let _ = link.set_attribute(
            "href",
            &app_href(&format!("/manifest.{language}.webmanifest")),
        );
    }
}
