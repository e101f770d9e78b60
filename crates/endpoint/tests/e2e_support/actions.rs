//! What a person does on a page, for the end-to-end tests: type, choose, click (scrolled into
//! view), wait for a text or a condition; and the administrator's calls.
use super::{ADMIN_TOKEN, Browser, Server};
use fantoccini::Locator;
use serde_json::Value;
use std::time::{Duration, Instant};

/// Text as WebDriver reads it: no-break spaces become spaces.
pub fn as_read(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Calls an administrator route and returns its status and body.
pub fn admin(server: &Server, method: &str, path: &str, body: Value) -> (u16, String) {
    let authorization = format!("Bearer {ADMIN_TOKEN}");
    server.request(
        method,
        path,
        &[("Authorization", &authorization)],
        &body.to_string(),
    )
}

/// Waits up to 20 s until `script` returns true.
pub async fn wait_until(browser: &Browser, script: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while browser.eval(script).await != Value::Bool(true) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the element's text, read as WebDriver reads it, is `expected`.
pub async fn wait_for_read_text(browser: &Browser, css: &str, expected: &str) {
    browser.wait_for_text(css, &as_read(expected)).await;
}

/// The full receipt code on the receipt (folded under its short form), without the spaces that
/// group its digits.
pub async fn receipt_code(browser: &Browser) -> String {
    browser.text_of("#receipt-short").await;
    browser
        .eval("return document.getElementById('receipt-code').textContent;")
        .await
        .as_str()
        .unwrap_or_default()
        .split_whitespace()
        .collect()
}

/// Types `text` into the field with this id.
pub async fn type_into(browser: &Browser, id: &str, text: &str) {
    let field = browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id(id))
        .await
        .unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Sets the value of the field with this id as a browser's own picker would (a `datetime-local`
/// field, whose typed form depends on the browser's language), announcing it with an `input` event.
pub async fn set_value(browser: &Browser, id: &str, value: &str) {
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id(id))
        .await
        .unwrap();
    let script = format!(
        "const field = document.getElementById({}); field.value = {}; \
         field.dispatchEvent(new Event('input', {{bubbles: true}}));",
        Value::from(id),
        Value::from(value)
    );
    browser.eval(&script).await;
}

/// Picks the option with this value in the select with this id.
pub async fn choose_option(browser: &Browser, id: &str, value: &str) {
    let select = browser.client.find(Locator::Id(id)).await.unwrap();
    select.select_by_value(value).await.unwrap();
}

/// Clicks the element matching `css`, scrolled to the middle of the screen first as a person
/// would (WebDriver does not scroll what is in the viewport but under the sticky budget bar).
pub async fn click(browser: &Browser, css: &str) {
    let element = browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|error| panic!("no element {css}: {error}"));
    browser
        .client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![serde_json::to_value(&element).unwrap()],
        )
        .await
        .unwrap();
    element.click().await.unwrap();
}

/// Makes the next requests reach the server but lose their answer, as on a dropped connection.
pub const LOSE_ANSWERS: &str = "window.__fetch = window.__fetch || window.fetch;\
    window.fetch = (...args) => window.__fetch(...args).then(() => { throw new TypeError('Failed to fetch'); });";

/// Gives `fetch` its answers back.
pub const RESTORE_ANSWERS: &str = "if (window.__fetch) { window.fetch = window.__fetch; }";

/// Moves the process to `phase` (e.g. `results`), as the administrator does.
pub fn set_phase(server: &Server, phase: &str) {
    let (status, body) = admin(
        server,
        "PUT",
        "/api/admin/phase",
        serde_json::json!({ "phase": phase }),
    );
    assert_eq!(status, 200, "{body}");
}

/// Puts `projects` (`{"projects": [...]}`) on the ballot, opens the vote, and returns `count`
/// fresh voter codes.
pub fn open_the_vote_with(server: &Server, projects: Value, count: usize) -> Vec<String> {
    let (status, body) = admin(server, "PUT", "/api/admin/projects", projects);
    assert_eq!(status, 200, "{body}");
    set_phase(server, "voting");
    let (status, csv) = admin(
        server,
        "POST",
        "/api/admin/voter-codes",
        serde_json::json!({"count": count, "label": "e2e"}),
    );
    assert_eq!(status, 201, "{csv}");
    csv.lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap().to_owned())
        .collect()
}
