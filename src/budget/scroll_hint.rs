//! Whether a wide table scrolls sideways in its box, watched as the box changes size (a
//! `<details>` opening, the phone turning), so a hint can say so.
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::ResizeObserver;

/// Whether content `scroll_width` pixels wide overflows a box `client_width` pixels wide
/// (a pixel of rounding is not an overflow).
pub fn scrolls_sideways(scroll_width: i32, client_width: i32) -> bool {
    client_width > 0 && scroll_width > client_width + 1
}

/// A signal that is true while the element of `scroller` scrolls sideways.
pub fn watch_overflow(scroller: NodeRef<Div>) -> ReadSignal<bool> {
    let (overflows, set_overflows) = signal(false);
    let observer = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn Fn()>)>);
    Effect::new(move || {
        let Some(element) = scroller.get() else {
            return;
        };
        let watched = element.clone();
        let measure = Closure::<dyn Fn()>::new(move || {
            set_overflows.set(scrolls_sideways(
                watched.scroll_width(),
                watched.client_width(),
            ));
        });
        let Ok(resize) = ResizeObserver::new(measure.as_ref().unchecked_ref()) else {
            return;
        };
        resize.observe(&element);
        if let Some(table) = element.first_element_child() {
            resize.observe(&table);
        }
        observer.set_value(Some((resize, measure)));
    });
    on_cleanup(move || {
        observer.try_with_value(|watching| {
            if let Some((resize, _)) = watching {
                resize.disconnect();
            }
        });
    });
    overflows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_scrolls_only_when_wider_than_its_box() {
        assert!(scrolls_sideways(420, 328));
        assert!(!scrolls_sideways(328, 328));
        assert!(!scrolls_sideways(329, 328));
        assert!(!scrolls_sideways(0, 0));
    }
}
