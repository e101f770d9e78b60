//! After a move to another page, the focus goes to the new page's heading (or its main content
//! while the heading is not there yet), so keyboard and screen-reader users start on the new page
//! instead of on the link that disappeared with the old one. Until the user presses a key or the
//! pointer, the focus follows the page as it renders: when a loading heading is replaced by the
//! loaded one, the focus would otherwise fall back to the body.
use crate::focus::focus_element;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Invisible; placed inside the router.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let pathname = use_location().pathname;
    let following = Rc::new(Cell::new(false));
    follow_the_rendering_page(following.clone());
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.as_ref().is_some_and(|previous| *previous != path) {
            following.set(true);
            request_animation_frame(focus_the_page);
        }
        path
    });
}

/// While `following` is set, puts a focus lost to the body by a change of the page back on the
/// page; the user's first key or pointer press clears it.
fn follow_the_rendering_page(following: Rc<Cell<bool>>) {
    let document = document();
    let Some(body) = document.body() else {
        return;
    };
    let watching = following.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        if watching.get() && focus_is_lost() {
            focus_the_page();
        }
    });
    let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    on_change.forget();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&body, &options).is_err() {
        return;
    }
    let on_user_input = Closure::<dyn Fn()>::new(move || following.set(false));
    for event in ["keydown", "pointerdown"] {
        let _ = document.add_event_listener_with_callback_and_bool(
            event,
            on_user_input.as_ref().unchecked_ref(),
            true,
        );
    }
    on_user_input.forget();
}

/// Whether nothing (or only the body) has the focus.
fn focus_is_lost() -> bool {
    let document = document();
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    }
}

/// Focuses `main h1` (made focusable by script only), else `main`.
fn focus_the_page() {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok());
    match heading {
        Some(heading) => {
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
            let _ = heading.focus();
        }
        None => focus_element("main"),
    }
}
