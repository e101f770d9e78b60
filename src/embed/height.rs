//! Telling the host page how tall the embedded app is, so `embed.js` sizes the iframe to it (no
//! inner scroll bar). The message, posted to the parent window only if its origin is allowed:
//! `{ "type": "bmk-embed:height", "version": 1, "height": <CSS pixels>, "path": "/budget" }`.
use super::allowed_origins::allowed_origins;
use crate::site_path::route_of;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

/// The `type` of the height message.
pub const HEIGHT_MESSAGE_TYPE: &str = "bmk-embed:height";

/// Version of the message format.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;

/// Watches the page's height (and the route) and posts it to the host page whenever it changes.
/// A resize observer sees layout changes; a mutation observer sees new content even while the
/// browser skips rendering the frame (Chromium does for cross-origin frames out of view).
#[component]
pub fn HeightReporter() -> impl IntoView {
    let pathname = use_location().pathname;
    let targets = LocalResource::new(host_origins);
    let last_sent = StoredValue::new_local(None::<(f64, String)>);
    let report = move || {
        let Some(Some(origin)) = targets.get_untracked() else {
            return;
        };
        let report = (body_height(), route_of(&pathname.get_untracked()));
        if last_sent.get_value().as_ref() != Some(&report) {
            post_height(&origin, report.0, &report.1);
            last_sent.set_value(Some(report));
        }
    };
    Effect::new(move || {
        pathname.track();
        if targets.get().is_some() {
            report();
        }
    });
    let observer = Closure::<dyn FnMut()>::new(report);
    if let Some(body) = document().body() {
        let callback = observer.as_ref().unchecked_ref();
        if let Ok(resize) = web_sys::ResizeObserver::new(callback) {
            resize.observe(&body);
        }
        if let Ok(mutation) = web_sys::MutationObserver::new(callback) {
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            options.set_character_data(true);
            options.set_attributes(true);
            let _ = mutation.observe_with_options(&body, &options);
        }
    }
    // Observed for the page's whole life.
    observer.forget();
}

/// The parent window's origin when it may receive the height: one of the allowed origins or the
/// app's own (the preview on `/embed-help`); `None` for any other host.
async fn host_origins() -> Option<String> {
    let location = window().location();
    let own = location.origin().ok()?;
    let host = parent_origin()?;
    if host == own {
        return Some(host);
    }
    allowed_origins()
        .await
        .into_iter()
        .find(|allowed| *allowed == host)
}

/// The embedding page's origin (none when the app is not in a frame), from
/// `location.ancestorOrigins` where the browser has it, else from the referrer.
fn parent_origin() -> Option<String> {
    let top = window().top().ok().flatten()?;
    if Object::is(&top, &window()) {
        return None;
    }
    let location = window().location();
    let first_ancestor = Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|list| !list.is_undefined())
        .and_then(|list| Reflect::get_u32(&list, 0).ok())
        .and_then(|first| first.as_string());
    if first_ancestor.is_some() {
        return first_ancestor;
    }
    let referrer = document().referrer();
    web_sys::Url::new(&referrer).ok().map(|url| url.origin())
}

/// The body's current height in CSS pixels, rounded up.
fn body_height() -> f64 {
    document()
        .body()
        .map(|body| body.get_bounding_client_rect().height().ceil())
        .unwrap_or_default()
}

/// Posts `height` and the route to the parent window at `origin`.
fn post_height(origin: &str, height: f64, route: &str) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
    let _ = Reflect::set(&message, &"version".into(), &HEIGHT_MESSAGE_VERSION.into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    let _ = Reflect::set(&message, &"path".into(), &route.into());
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(&message, origin);
    }
}
