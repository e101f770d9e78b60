//! Component tests of the app shell, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use bmk_app::app::App;
use bmk_app::language::STORAGE_KEY;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The text of a dotted key in one of the locale files compiled into this test.
fn translation(language: &str, key: &str) -> String {
    let source = match language {
        "fr" => include_str!("../locales/fr.json"),
        "ar" => include_str!("../locales/ar.json"),
        "zgh-Tfng" => include_str!("../locales/zgh-Tfng.json"),
        "en" => include_str!("../locales/en.json"),
        other => panic!("no locale {other}"),
    };
    let file: Value = serde_json::from_str(source).unwrap();
    key.split('.')
        .fold(&file, |node, part| &node[part])
        .as_str()
        .unwrap()
        .to_owned()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The element the app is mounted into, beside the test runner's own output.
fn container() -> web_sys::Element {
    document()
        .get_element_by_id(CONTAINER_ID)
        .expect("the app is mounted")
}

fn text_of(selector: &str) -> String {
    container()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn html_attribute(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

/// Lets Leptos run its effects and re-render.
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Chooses a language in the header's drop-down list, as a user would.
fn choose_language(tag: &str) {
    let select: HtmlSelectElement = container()
        .query_selector("#language-select")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value(tag);
    let init = EventInit::new();
    init.set_bubbles(true);
    let change = Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&change).unwrap();
}

const CONTAINER_ID: &str = "app-under-test";

/// Mounts a fresh app, with no saved language, into a new container.
fn mount_app() -> leptos::prelude::UnmountHandle<impl leptos::tachys::view::Mountable> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(STORAGE_KEY).unwrap();
    if let Some(previous) = document().get_element_by_id(CONTAINER_ID) {
        previous.remove();
    }
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    container.set_id(CONTAINER_ID);
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container, App)
}

#[wasm_bindgen_test]
async fn shell_renders_header_navigation_and_home_page() {
    let _app = mount_app();
    settle().await;
    choose_language("fr");
    settle().await;
    assert_eq!(
        text_of(".site-title__region"),
        translation("fr", "region_name")
    );
    let links = container().query_selector_all(".site-nav a").unwrap();
    assert_eq!(links.length(), 6);
    for (index, page) in ["budget", "projects", "propose", "vote", "results", "about"]
        .iter()
        .enumerate()
    {
        let link = links.item(index as u32).unwrap();
        assert_eq!(
            link.text_content().unwrap(),
            translation("fr", &format!("nav.{page}"))
        );
    }
    assert_eq!(text_of("h1"), translation("fr", "home.title"));
    assert_eq!(
        container()
            .query_selector_all(".steps li")
            .unwrap()
            .length(),
        5
    );
}

#[wasm_bindgen_test]
async fn switching_to_arabic_sets_rtl_and_lang_and_shows_arabic_text() {
    let _app = mount_app();
    settle().await;
    choose_language("ar");
    settle().await;
    assert_eq!(html_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(html_attribute("dir").as_deref(), Some("rtl"));
    let heading = text_of("h1");
    assert_eq!(heading, translation("ar", "home.title"));
    assert!(
        heading
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{heading}"
    );
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        storage.get_item(STORAGE_KEY).unwrap().as_deref(),
        Some("ar")
    );
}

#[wasm_bindgen_test]
async fn switching_to_tamazight_shows_tifinagh_text_left_to_right() {
    let _app = mount_app();
    settle().await;
    choose_language("zgh-Tfng");
    settle().await;
    assert_eq!(html_attribute("lang").as_deref(), Some("zgh-Tfng"));
    assert_eq!(html_attribute("dir").as_deref(), Some("ltr"));
    let heading = text_of("h1");
    assert_eq!(heading, translation("zgh-Tfng", "home.title"));
    assert!(
        heading
            .chars()
            .any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c)),
        "{heading}"
    );
    assert_eq!(
        text_of(".site-nav a[href='/budget']"),
        translation("zgh-Tfng", "nav.budget")
    );
}
