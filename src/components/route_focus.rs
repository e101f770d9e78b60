//! After a move to another page, the focus goes to the new page's heading (or its main content
//! while the heading is not there yet), so keyboard and screen-reader users start on the new page
//! instead of on the link that disappeared with the old one.
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Invisible; placed inside the router.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.as_ref().is_some_and(|previous| *previous != path) {
            request_animation_frame(focus_the_page);
        }
        path
    });
}

/// Focuses `main h1` (made focusable by script only), else `main`.
fn focus_the_page() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let heading = document.query_selector("main h1").ok().flatten();
    let target = heading
        .inspect(|heading| {
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
        })
        .or_else(|| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}
