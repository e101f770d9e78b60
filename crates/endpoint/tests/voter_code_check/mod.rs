//! The voter code is asked about at the code step, before any project is shown: an unknown, a
//! used or a revoked code is refused there, keeping what was typed, a mistyped one (its check
//! character) is refused on the device with no request, and a good one goes on; a link
//! `/vote#code=…` fills the field and leaves the address bar; the short receipt of a cast ballot,
//! typed at the receipt check, finds it. In French and Arabic on a 360 px phone.
use crate::PHONE_WIDTH;
use crate::e2e_support::actions::{
    admin, click, open_the_vote_with, receipt_code, set_phase, type_into, wait_for_read_text,
    wait_until,
};
use crate::e2e_support::{ADMIN_TOKEN, Browser, Server, translation};
use pb_core::api::short_receipt;
use serde_json::{Value, json};

/// The one project on the ballot.
const PROJECT: &str = "Piste rurale Tabant – Agouti";

/// One project on the ballot, the vote open; returns `count` voter codes.
fn open_the_vote(server: &Server, count: usize) -> Vec<String> {
    let projects = json!({"projects": [
        {"id": "p1", "name": PROJECT, "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]}
    ]});
    open_the_vote_with(server, projects, count)
}

/// Types `typed` at the code step and confirms it.
async fn confirm_code(browser: &Browser, typed: &str) {
    type_into(browser, "voter-code", typed).await;
    click(browser, ".booth-step button[type='submit']").await;
}

/// Ids of the project checkboxes on the page (none before the choice step).
async fn shown_choices(browser: &Browser) -> Value {
    browser
        .eval("return [...document.querySelectorAll('input[id^=\"choice-\"]')].map(e => e.id);")
        .await
}

async fn codes_are_checked_at_the_code_step(language: &str) {
    let server = Server::start();
    let codes = open_the_vote(&server, 2);
    let ballot =
        json!({"voter_code": codes[1], "ballot": {"type": "approval", "projects": ["p1"]}});
    let (status, body) = server.request(
        "POST",
        "/api/ballots",
        &[("Idempotency-Key", "e2e-code-check-used-0001")],
        &ballot.to_string(),
    );
    assert_eq!(status, 201, "{body}");
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open_in(&server, "/vote", language, "vote.title")
        .await;
    let used = codes[1].to_lowercase().replace('-', " ");
    for (typed, message) in [
        ("ZZZZZ-ZZZZZ", "vote.code_unknown"),
        (used.as_str(), "vote.code_used"),
    ] {
        confirm_code(&browser, typed).await;
        wait_for_read_text(
            &browser,
            "#voter-code-error",
            &translation(language, message),
        )
        .await;
        assert_eq!(
            browser.text_of("#step-title").await,
            translation(language, "vote.code_title"),
            "{typed} stays at the code step"
        );
        assert_eq!(shown_choices(&browser).await, json!([]), "{typed}");
        let kept = browser
            .eval("return document.getElementById('voter-code').value;")
            .await;
        assert_eq!(kept, json!(typed), "what was typed is kept");
    }
    confirm_code(&browser, &codes[0]).await;
    wait_for_read_text(
        &browser,
        "#step-title",
        &translation(language, "vote.choose_title"),
    )
    .await;
    assert_eq!(shown_choices(&browser).await, json!(["choice-p1"]));
}

#[tokio::test]
async fn a_used_and_an_unknown_code_are_refused_at_the_code_step_and_a_good_one_goes_on_in_french()
{
    codes_are_checked_at_the_code_step("fr").await;
}

#[tokio::test]
async fn a_used_and_an_unknown_code_are_refused_at_the_code_step_and_a_good_one_goes_on_in_arabic()
{
    codes_are_checked_at_the_code_step("ar").await;
}

async fn a_short_receipt_finds_its_ballot(language: &str) {
    let server = Server::start();
    let codes = open_the_vote(&server, 1);
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open_in(&server, "/vote", language, "vote.title")
        .await;
    confirm_code(&browser, &codes[0]).await;
    click(&browser, "#choice-p1").await;
    click(&browser, "#go-review").await;
    wait_for_read_text(
        &browser,
        "#step-title",
        &translation(language, "vote.review_title"),
    )
    .await;
    click(&browser, "#cast-ballot").await;
    wait_for_read_text(
        &browser,
        "#step-title",
        &translation(language, "vote.receipt_title"),
    )
    .await;
    let short = browser.text_of("#receipt-short").await;
    let full = receipt_code(&browser).await;
    assert_eq!(full.len(), 64, "{full}");
    assert_eq!(short, short_receipt(&full));
    assert_eq!(short.len(), 12, "{short}");

    set_phase(&server, "results");
    browser
        .open_in(&server, "/vote/check", language, "check.title")
        .await;
    type_into(
        &browser,
        "receipt-input",
        &short.to_lowercase().replace('-', ""),
    )
    .await;
    click(&browser, ".receipt-check button[type='submit']").await;
    wait_for_read_text(
        &browser,
        ".check-counted",
        &translation(language, "check.counted"),
    )
    .await;
    let names = browser
        .eval("return [...document.querySelectorAll('.check-answer li')].map(e => e.textContent);")
        .await;
    assert_eq!(names, json!([PROJECT]));
    let shown: String = browser
        .text_of(".check-answer code")
        .await
        .split_whitespace()
        .collect();
    assert_eq!(shown, full, "the full receipt of the ballot found");
}

#[tokio::test]
async fn a_cast_ballots_short_receipt_typed_at_the_check_page_finds_it_in_french() {
    a_short_receipt_finds_its_ballot("fr").await;
}

#[tokio::test]
async fn a_cast_ballots_short_receipt_typed_at_the_check_page_finds_it_in_arabic() {
    a_short_receipt_finds_its_ballot("ar").await;
}

/// A new batch of `count` codes, revoked at once; returns its codes.
fn revoked_batch(server: &Server, count: usize) -> Vec<String> {
    let authorization = format!("Bearer {ADMIN_TOKEN}");
    let (status, body) = server.request(
        "POST",
        "/api/admin/voter-codes",
        &[
            ("Authorization", &authorization),
            ("Accept", "application/json"),
        ],
        &json!({"count": count, "label": "lost box", "place": "Azilal"}).to_string(),
    );
    assert_eq!(status, 201, "{body}");
    let created: Value = serde_json::from_str(&body).unwrap();
    let id = created["batch"]["id"].as_i64().unwrap();
    let (status, body) = admin(
        server,
        "POST",
        &format!("/api/admin/voter-codes/batches/{id}/revoke"),
        json!({}),
    );
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(created["codes"].clone()).unwrap()
}

/// The code as printed with one symbol (the third) changed.
fn with_one_symbol_changed(code: &str) -> String {
    code.char_indices()
        .map(|(index, symbol)| match (index, symbol) {
            (2, 'A') => 'B',
            (2, _) => 'A',
            (_, symbol) => symbol,
        })
        .collect()
}

/// How many times the page asked the endpoint about a code.
async fn code_checks_sent(browser: &Browser) -> Value {
    browser
        .eval(
            "return performance.getEntriesByType('resource')\
               .filter((entry) => new URL(entry.name).pathname.endsWith('/voter-codes/check')).length;",
        )
        .await
}

async fn links_typos_and_revoked_codes_at_the_code_step(language: &str) {
    let server = Server::start();
    let codes = open_the_vote(&server, 1);
    let revoked = revoked_batch(&server, 1);
    assert_eq!(codes[0].len(), "XXXXX-XXXXX-C".len(), "{}", codes[0]);
    let browser = Browser::start(PHONE_WIDTH).await;

    browser
        .open(
            &format!("{}/vote?lang={language}#code={}", server.url, codes[0]),
            language,
            "vote.title",
        )
        .await;
    wait_until(
        &browser,
        &format!(
            "return document.getElementById('voter-code')?.value === '{}';",
            codes[0]
        ),
        "the code of the link in the field",
    )
    .await;
    let address = browser
        .eval("return [location.pathname, location.search, location.hash, location.href.includes('#')];")
        .await;
    assert_eq!(
        address,
        json!(["/vote", format!("?lang={language}"), "", false]),
        "the fragment left the address bar, the path and query stayed"
    );
    assert_eq!(
        browser.text_of("#step-title").await,
        translation(language, "vote.code_title"),
        "a code from a link is confirmed at the code step"
    );
    confirm_code(&browser, &with_one_symbol_changed(&codes[0])).await;
    wait_for_read_text(
        &browser,
        "#voter-code-error",
        &translation(language, "vote.code_typo"),
    )
    .await;
    assert_eq!(
        code_checks_sent(&browser).await,
        json!(0),
        "a typing mistake is caught on the device"
    );

    confirm_code(&browser, &revoked[0]).await;
    wait_for_read_text(
        &browser,
        "#voter-code-error",
        &translation(language, "vote.code_revoked"),
    )
    .await;
    assert_eq!(shown_choices(&browser).await, json!([]));
    assert_eq!(code_checks_sent(&browser).await, json!(1));

    confirm_code(&browser, &codes[0]).await;
    wait_for_read_text(
        &browser,
        "#step-title",
        &translation(language, "vote.choose_title"),
    )
    .await;
    assert_eq!(shown_choices(&browser).await, json!(["choice-p1"]));
}

#[tokio::test]
async fn a_code_link_fills_the_field_a_typo_is_caught_on_the_device_and_a_revoked_code_is_refused_in_french()
 {
    links_typos_and_revoked_codes_at_the_code_step("fr").await;
}

#[tokio::test]
async fn a_code_link_fills_the_field_a_typo_is_caught_on_the_device_and_a_revoked_code_is_refused_in_arabic()
 {
    links_typos_and_revoked_codes_at_the_code_step("ar").await;
}
