//! The voter code is asked about at the code step, before any project is shown: an unknown or a
//! used code is refused there, keeping what was typed, and a good one goes on; the short receipt
//! of a cast ballot, typed at the receipt check, finds it. In French and Arabic on a 360 px phone.
use crate::PHONE_WIDTH;
use crate::e2e_support::actions::{
    click, open_the_vote_with, receipt_code, set_phase, type_into, wait_for_read_text,
};
use crate::e2e_support::{Browser, Server, translation};
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
