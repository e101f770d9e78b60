//! Telling the host page how tall the embedded app is, so `embed.js` sizes the iframe to it (no
//! inner scroll bar). The message, posted to the parent window only if its origin is allowed:
//! `{ "type": "bmk-embed:height", "version": 1, "height": <CSS pixels>, "path": "/budget" }`.
use super::allowed_origins::allowed_origins;
use crate::site_path::route_of;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// The `type` of the height message.
pub const HEIGHT_MESSAGE_TYPE: &str = "bmk-embed:height";

/// Version of the message format.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;

/// Watches the page's height (and the route) and posts it to the host page whenever it changes.
#[component]
pub fn HeightReporter() -> impl IntoView {
    let pathname = use_location().pathname;
    let targets = LocalResource::new(host_origins);
    let report = move || {
        if let Some(Some(origin)) = targets.get_untracked() {
            post_height(&origin, &route_of(&pathname.get_untracked()));
        }
    };
    Effect::new(move || {
        pathname.track();
        if targets.get().is_some() {
            report();
        }
    });
    let observer = Closure::<dyn FnMut()>::new(report);
    if let (Ok(resize), Some(body)) = (
        web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()),
        document().body(),
    ) {
        resize.observe(&body);
        // Observed for the page's whole life.
        observer.forget();
    }
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

/// Posts the body's current height and the route to the parent window at `origin`.
fn post_height(origin: &str, route: &str) {
    let Some(body) = document().body() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
    let _ = Reflect::set(&message, &"version".into(), &HEIGHT_MESSAGE_VERSION.into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    let _ = Reflect::set(&message, &"path".into(), &route.into());
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(&message, origin);
    }
}
