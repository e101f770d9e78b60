//! Component tests of the form field and the choice list, run in headless Chromium by
//! wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::components::field::Field;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A new container in the page, in place of any left by another test of this file.
fn container(id: &str) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    if let Some(previous) = document.get_element_by_id(id) {
        previous.remove();
    }
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    container.set_id(id);
    document.body().unwrap().append_child(&container).unwrap();
    container
}

fn element(selector: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
}

/// Lets Leptos run its effects and re-render.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn a_checked_field_links_its_control_to_its_help_and_its_problem() {
    let problem = RwSignal::new(None::<String>);
    let _mounted = leptos::mount::mount_to(container("field-under-test"), move || {
        view! {
            <Field id="city" label="Commune" help="Où se trouve le projet" problem=problem>
                <input name="commune" type="text" />
            </Field>
        }
    });
    settle().await;
    let input = element("#field-under-test input");
    assert_eq!(input.id(), "city");
    assert_eq!(input.get_attribute("name").as_deref(), Some("commune"));
    assert_eq!(
        element("#field-under-test label")
            .get_attribute("for")
            .as_deref(),
        Some("city")
    );
    assert_eq!(
        element("#city-help").text_content().unwrap(),
        "Où se trouve le projet"
    );
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("city-help")
    );
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(element("#city-error").text_content().unwrap(), "");
    assert_eq!(element("#field-under-test > div").class_name(), "field");

    problem.set(Some("Indiquez la commune.".to_owned()));
    settle().await;
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("city-help city-error")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        element("#city-error").text_content().unwrap(),
        "Indiquez la commune."
    );
    assert_eq!(
        element("#field-under-test > div").class_name(),
        "field field--invalid"
    );
}

#[wasm_bindgen_test]
async fn an_unchecked_field_has_no_problem_line_and_no_validity() {
    let _mounted = leptos::mount::mount_to(container("plain-field-under-test"), || {
        view! {
            <Field id="search" label="Chercher">
                <input type="search" />
            </Field>
        }
    });
    settle().await;
    let input = element("#plain-field-under-test input");
    assert_eq!(input.id(), "search");
    assert_eq!(input.get_attribute("aria-describedby"), None);
    assert_eq!(input.get_attribute("aria-invalid"), None);
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document.get_element_by_id("search-error").is_none());
    assert!(document.get_element_by_id("search-help").is_none());
}

#[wasm_bindgen_test]
async fn a_choice_list_shows_the_chosen_value_and_reports_a_pick() {
    let chosen = RwSignal::new(String::new());
    let choices = vec![
        ("Azilal".to_owned(), "Azilal".to_owned()),
        ("Khouribga".to_owned(), "Khouribga".to_owned()),
    ];
    let _mounted = leptos::mount::mount_to(container("select-under-test"), move || {
        view! {
            <Field id="province" label="Province">
                <ChoiceSelect
                    choices
                    empty="Toutes"
                    value=chosen
                    on_pick=move |value| chosen.set(value)
                />
            </Field>
        }
    });
    settle().await;
    let select: HtmlSelectElement = element("#province").unchecked_into();
    assert_eq!(select.length(), 3);
    assert_eq!(select.value(), "");
    assert_eq!(select.item(0).unwrap().text_content().unwrap(), "Toutes");

    select.set_value("Khouribga");
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    settle().await;
    assert_eq!(chosen.get_untracked(), "Khouribga");

    chosen.set("Azilal".to_owned());
    settle().await;
    assert_eq!(select.value(), "Azilal");
}
