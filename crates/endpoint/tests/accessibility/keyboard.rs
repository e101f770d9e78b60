//! The whole vote with the keyboard alone, from the home page to the receipt: every element that
//! takes the focus shows it, and after each step the focus is on the new step, never lost.
use crate::e2e_support::actions::{
    open_the_vote_with, receipt_code, wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, translation};
use fantoccini::key::Key;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

/// Most Tab presses to reach one control (the page has fewer focusable elements).
const MAX_TABS: usize = 60;

/// How long the app has to move the focus once the new step or page shows: it does so in the
/// next animation frame.
const FOCUS_MOVE: Duration = Duration::from_secs(2);

/// Presses `key` where the focus is, as the keyboard does.
pub async fn press(browser: &Browser, key: &str) {
    let focused = browser.client.active_element().await.unwrap();
    focused.send_keys(key).await.unwrap();
}

/// What has the focus: its description (tag#id.class), or `None` when it is lost to the body,
/// and whether a focus indicator (outline or box shadow) is drawn on it.
pub async fn focus(browser: &Browser) -> (Option<String>, bool) {
    let found = browser
        .eval(
            "const e = document.activeElement;\
             if (!e || e === document.body || e === document.documentElement) return [null, false];\
             const s = getComputedStyle(e);\
             const drawn = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';\
             return [`${e.tagName.toLowerCase()}#${e.id}.${e.className}`, drawn];",
        )
        .await;
    (
        found[0].as_str().map(str::to_owned),
        found[1] == Value::Bool(true),
    )
}

/// Presses Tab until the element matching `css` has the focus, checking each element on the way
/// shows its focus.
pub async fn tab_to(browser: &Browser, css: &str) {
    tab_with(browser, css, &Key::Tab.to_string()).await;
}

/// Presses Shift+Tab until the element matching `css` (earlier on the page) has the focus,
/// checking each element on the way shows its focus.
pub async fn tab_back_to(browser: &Browser, css: &str) {
    tab_with(
        browser,
        css,
        &format!("{}{}{}", Key::Shift, Key::Tab, Key::Null),
    )
    .await;
}

/// Presses `keys` (Tab or Shift+Tab) until the element matching `css` has the focus.
async fn tab_with(browser: &Browser, css: &str, keys: &str) {
    for _ in 0..MAX_TABS {
        press(browser, keys).await;
        let (element, drawn) = focus(browser).await;
        let element = element.unwrap_or_else(|| panic!("Tab lost the focus on the way to {css}"));
        assert!(
            drawn,
            "{element} has the focus but shows no focus indicator"
        );
        let matched = browser
            .client
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await
            .unwrap();
        if matched == Value::Bool(true) {
            return;
        }
    }
    panic!("{css} not reached in {MAX_TABS} Tab presses");
}

/// What has the focus once it is on an element whose description starts with `prefix`, or,
/// after [`FOCUS_MOVE`], wherever it then is.
async fn focus_once_on(browser: &Browser, prefix: &str) -> Option<String> {
    let deadline = Instant::now() + FOCUS_MOVE;
    loop {
        let (element, _) = focus(browser).await;
        if element.as_deref().is_some_and(|e| e.starts_with(prefix)) || Instant::now() > deadline {
            return element;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the step heading and checks the focus moved onto it.
async fn on_step(browser: &Browser, language: &str, title_key: &str) {
    wait_for_read_text(browser, "#step-title", &translation(language, title_key)).await;
    let element = focus_once_on(browser, "h2#step-title").await;
    assert!(
        element
            .as_deref()
            .is_some_and(|e| e.starts_with("h2#step-title")),
        "after the step the focus is on {element:?}, not on the new step's heading"
    );
}

/// Waits for the page heading to read `title` and checks the focus is on it, once the page has
/// finished loading (its loading heading, if any, was replaced).
async fn on_page(browser: &Browser, title: &str) {
    browser.wait_for_text("main h1", title).await;
    wait_until(
        browser,
        "return document.querySelector('main p.status[role=status]') === null;",
        "the page to finish loading",
    )
    .await;
    let element = focus_once_on(browser, "h1#").await;
    let focused_text = browser
        .eval("return document.activeElement.textContent.trim();")
        .await;
    assert!(
        element.as_deref().is_some_and(|e| e.starts_with("h1#")) && focused_text == title,
        "after the move to the page \"{title}\" the focus is on {element:?} ({focused_text}), not on its heading"
    );
}

#[tokio::test]
async fn a_voter_goes_from_the_home_page_to_the_receipt_with_the_keyboard_alone() {
    let server = Server::start();
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]}
    ]});
    let code = open_the_vote_with(&server, projects, 1).remove(0);
    let language = "ar";
    let browser = Browser::start(1024).await;
    browser.open_in(&server, "/", language, "home.title").await;
    browser.text_of("#current-step").await;

    tab_to(&browser, "#current-step").await;
    press(&browser, &Key::Enter.to_string()).await;
    on_page(&browser, &translation(language, "vote.title")).await;
    tab_to(&browser, "#voter-code").await;
    press(&browser, &code).await;
    press(&browser, &Key::Enter.to_string()).await;
    on_step(&browser, language, "vote.choose_title").await;

    tab_to(&browser, "#choice-p1").await;
    press(&browser, " ").await;
    tab_to(&browser, "#choice-p2").await;
    press(&browser, " ").await;
    let chosen = browser
        .eval("return [...document.querySelectorAll('.choice input:checked')].map((i) => i.id);")
        .await;
    assert_eq!(chosen, json!(["choice-p1", "choice-p2"]));
    tab_to(&browser, "#go-review").await;
    press(&browser, &Key::Enter.to_string()).await;
    on_step(&browser, language, "vote.review_title").await;

    tab_to(&browser, "#cast-ballot").await;
    press(&browser, &Key::Enter.to_string()).await;
    on_step(&browser, language, "vote.receipt_title").await;
    let receipt = receipt_code(&browser).await;
    assert_eq!(receipt.len(), 64, "{receipt}");
    let sent = browser
        .eval("return document.getElementById('ballot-queued') === null;")
        .await;
    assert_eq!(
        sent,
        Value::Bool(true),
        "the ballot was counted, not queued"
    );
}

#[tokio::test]
async fn a_keyboard_user_who_opens_a_project_lands_on_its_heading_once_it_has_loaded() {
    let server = Server::start();
    let title = "Centre de santé de Zaouïat Cheikh";
    let projects = json!({"projects": [
        {"id": "p2", "name": title, "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]}
    ]});
    open_the_vote_with(&server, projects, 1);
    let language = "fr";
    let browser = Browser::start(1024).await;
    browser
        .open_in(&server, "/projects", language, "projects.title")
        .await;
    browser.text_of("a[href$='/projects/p2']").await;

    tab_to(&browser, "a[href$='/projects/p2']").await;
    press(&browser, &Key::Enter.to_string()).await;
    on_page(&browser, title).await;
}
