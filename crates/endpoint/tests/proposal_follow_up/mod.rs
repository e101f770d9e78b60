//! End-to-end tests of following a proposal, on a 360 px phone in French and Arabic: a citizen
//! proposes, the region rejects it with a reason, the citizen follows the confirmation's link and
//! reads the reason; a proposal combined with another names it with a working link; an unknown
//! number and a word instead of a number are said so.
use crate::e2e_support::actions::{admin, choose_option, click, type_into, wait_for_read_text};
use crate::e2e_support::{Browser, Server, translation};
use serde_json::{Value, json};

const PHONE_WIDTH: u32 = 360;

/// The proposal the citizen types in the form.
const TITLE: &str = "Salle de lecture à Tabant";

/// The region's reason for rejecting it.
const REASON: &str =
    "Une salle de lecture existe déjà à 200 m, dans la maison des jeunes de Tabant.";

/// Sends a proposal through the API (as another citizen would) and returns its number.
fn submit(server: &Server, key: &str, title: &str) -> i64 {
    let body = json!({
        "title": title,
        "description": "Réhabiliter le réseau d'eau potable du douar, vétuste depuis 1998.",
        "province": "Azilal",
        "commune": "Aït Mhamed",
        "sector": "water",
        "estimated_cost": 2_500_000,
        "contact": "0611223344"
    });
    let (status, answer) = server.request(
        "POST",
        "/api/proposals",
        &[("Idempotency-Key", key)],
        &body.to_string(),
    );
    assert_eq!(status, 201, "{answer}");
    serde_json::from_str::<Value>(&answer).unwrap()["id"]
        .as_i64()
        .unwrap()
}

/// Applies a moderator's decision.
fn moderate(server: &Server, id: i64, decision: Value) {
    let path = format!("/api/admin/proposals/{id}/moderation");
    let (status, body) = admin(server, "POST", &path, decision);
    assert_eq!(status, 200, "{body}");
}

/// Proposes in the form and returns the number the confirmation shows.
async fn propose(browser: &Browser, server: &Server, language: &str) -> i64 {
    browser
        .open_in(server, "/propose", language, "propose.title")
        .await;
    type_into(browser, "proposal-title", TITLE).await;
    type_into(
        browser,
        "proposal-description",
        "Une salle calme pour que les élèves du collège lisent et révisent le soir.",
    )
    .await;
    choose_option(browser, "proposal-province", "Azilal").await;
    type_into(browser, "proposal-commune", "Tabant").await;
    choose_option(browser, "proposal-sector", "education").await;
    type_into(browser, "proposal-cost", "300000").await;
    type_into(browser, "proposal-contact", "0600000000").await;
    click(browser, ".proposal-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        ".confirmation h2",
        &translation(language, "propose.received_title"),
    )
    .await;
    let (status, body) = admin(server, "GET", "/api/admin/proposals", Value::Null);
    assert_eq!(status, 200, "{body}");
    let stored: Vec<Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(stored.len(), 1, "{stored:?}");
    let id = stored[0]["id"].as_i64().unwrap();
    let number = browser.text_of(".confirmation__number").await;
    assert!(number.contains(&id.to_string()), "{number}");
    id
}

/// The page is no wider than the phone's screen.
async fn fits_the_phone(browser: &Browser) {
    let width = browser
        .eval("return document.documentElement.scrollWidth;")
        .await;
    assert!(
        width.as_u64().unwrap() <= u64::from(PHONE_WIDTH),
        "the page is {width} px wide"
    );
}

/// A text with its `{{ name }}` placeholders filled.
fn filled(language: &str, key: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(translation(language, key), |text, (name, value)| {
            text.replace(&format!("{{{{ {name} }}}}"), value)
        })
}

/// The number as a citizen writing Arabic types it (Arabic-Indic digits), else as is.
fn typed_number(language: &str, number: i64) -> String {
    let digits = number.to_string();
    if language != "ar" {
        return digits;
    }
    digits
        .chars()
        .map(|digit| char::from_u32('٠' as u32 + digit.to_digit(10).unwrap()).unwrap())
        .collect()
}

async fn a_citizen_follows_a_rejected_and_a_combined_proposal(language: &str) {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    let rejected = propose(&browser, &server, language).await;
    let kept = submit(
        &server,
        "key-kept-kept-kept-kept-1",
        "Eau potable à Aït Mhamed",
    );
    let combined = submit(&server, "key-combined-combined-2", "Réseau d'eau du douar");
    moderate(&server, kept, json!({"action": "publish"}));
    moderate(&server, combined, json!({"action": "merge", "into": kept}));
    moderate(
        &server,
        rejected,
        json!({"action": "reject", "reason": REASON}),
    );

    // From the confirmation's link: the status in plain words and the region's reason.
    click(&browser, "#follow-proposal").await;
    // A refused proposal's text is never shown: the page is headed by its number.
    let number_heading =
        translation(language, "follow.number").replace("{{ number }}", &rejected.to_string());
    wait_for_read_text(&browser, "h1", &number_heading).await;
    wait_for_read_text(
        &browser,
        "#follow-text-withheld",
        &translation(language, "follow.text_withheld"),
    )
    .await;
    let page = browser.text_of("main").await;
    assert!(!page.contains(TITLE), "the refused title is shown: {page}");
    wait_for_read_text(
        &browser,
        "#follow-status",
        &translation(language, "follow.status_rejected"),
    )
    .await;
    assert_eq!(browser.text_of("#follow-reason").await, REASON);
    let page = browser.eval("return document.body.innerText;").await;
    assert!(
        !page.as_str().unwrap().contains("0600000000"),
        "the contact is shown: {page}"
    );
    fits_the_phone(&browser).await;

    // By its number: the combined proposal names the one it went into, and the link works.
    type_into(&browser, "follow-number", &typed_number(language, combined)).await;
    click(&browser, ".follow-form button[type='submit']").await;
    browser.wait_for_text("h1", "Réseau d'eau du douar").await;
    wait_for_read_text(
        &browser,
        "#follow-status",
        &translation(language, "follow.status_merged"),
    )
    .await;
    let into = filled(
        language,
        "follow.merged_into",
        &[
            ("number", &kept.to_string()),
            ("title", "Eau potable à Aït Mhamed"),
        ],
    );
    wait_for_read_text(&browser, "#follow-merged-into", &into).await;
    fits_the_phone(&browser).await;
    click(&browser, "#follow-merged-into a").await;
    browser
        .wait_for_text("h1", "Eau potable à Aït Mhamed")
        .await;
    wait_for_read_text(
        &browser,
        "#follow-status",
        &translation(language, "follow.status_published"),
    )
    .await;
    fits_the_phone(&browser).await;

    // A published proposal's card in the catalogue leads to its page, and the catalogue to the
    // page of the form alone.
    browser
        .open_in(&server, "/projects", language, "projects.title")
        .await;
    click(
        &browser,
        &format!("a.action-link[href$='/proposals/{kept}']"),
    )
    .await;
    browser
        .wait_for_text("h1", "Eau potable à Aït Mhamed")
        .await;
    browser
        .open_in(&server, "/projects", language, "projects.title")
        .await;
    click(&browser, "a.action-link[href$='/proposals']").await;
    browser
        .wait_for_text("h1", &translation(language, "follow.title"))
        .await;

    // A word is explained under the field; an unknown number is said so.
    type_into(&browser, "follow-number", "douze").await;
    click(&browser, ".follow-form button[type='submit']").await;
    wait_for_read_text(
        &browser,
        "#follow-number-error",
        &translation(language, "follow.error_number"),
    )
    .await;
    type_into(&browser, "follow-number", "999").await;
    click(&browser, ".follow-form button[type='submit']").await;
    wait_for_read_text(
        &browser,
        "h1",
        &translation(language, "follow.unknown_title"),
    )
    .await;
    wait_for_read_text(
        &browser,
        "#follow-unknown",
        &filled(language, "follow.unknown", &[("number", "999")]),
    )
    .await;
    fits_the_phone(&browser).await;
    browser.quit().await;
}

#[tokio::test]
async fn a_citizen_reads_why_the_proposal_was_rejected_and_where_a_combined_one_went_in_french() {
    a_citizen_follows_a_rejected_and_a_combined_proposal("fr").await;
}

#[tokio::test]
async fn a_citizen_reads_why_the_proposal_was_rejected_and_where_a_combined_one_went_in_arabic() {
    a_citizen_follows_a_rejected_and_a_combined_proposal("ar").await;
}
