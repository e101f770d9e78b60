//! Moving the keyboard focus where the content changed, so keyboard and screen-reader users are
//! never left on an element that disappeared.
use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// Moves the focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves the focus to the element with this id once the next frame is drawn (for content that
/// the current change is about to render).
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || focus_element(id));
}

/// Follows a link to a part of the page (`#id`) by moving the focus there itself: with a
/// `<base href>` the browser would resolve `#id` against the base address, i.e. another page.
pub fn follow_in_page_link(event: &web_sys::MouseEvent, id: &str) {
    event.prevent_default();
    focus_element(id);
}
