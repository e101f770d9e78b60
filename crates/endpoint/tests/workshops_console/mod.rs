//! The console's Workshops area in headless Chromium: an administrator issues a token for a
//! workshop's tablet (shown once), gives it a grace period after the vote's closing time (shown
//! on the Phases page too), and revokes it after a confirmation; the endpoint follows each step.
use crate::console_flow::{
    go_to, sign_in_with_a_one_time_password, staff_add_from_the_command_line,
};
use crate::e2e_support::actions::{
    admin, choose_option, click, set_value, type_into, wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, translation};
use serde_json::Value;

/// A laptop's window, as the console is used.
const LAPTOP_WIDTH: u32 = 1280;

/// The workshop named in the test.
const LABEL: &str = "Atelier Azilal — maison des jeunes";

/// `GET /api/workshop` with the token: the status.
fn workshop_status(server: &Server, token: &str) -> u16 {
    server
        .request("GET", "/api/workshop", &[("x-workshop-token", token)], "")
        .0
}

/// Waits until the text of the first token row's cell matching `css` contains `text`.
async fn wait_for_cell(browser: &Browser, css: &str, text: &str) {
    let script = format!(
        "const cell = document.querySelector('#workshops tbody tr {css}'); \
         return !!cell && cell.textContent.includes({});",
        Value::from(text)
    );
    wait_until(browser, &script, text).await;
}

#[tokio::test]
async fn an_administrator_issues_a_workshop_token_sets_its_grace_period_and_revokes_it() {
    let server = Server::start();
    let one_time = staff_add_from_the_command_line(&server, "admin.ateliers", "administrator");
    let browser = Browser::start(LAPTOP_WIDTH).await;
    sign_in_with_a_one_time_password(
        &browser,
        &server,
        "fr",
        "admin.ateliers",
        &one_time,
        "les ateliers de la région",
    )
    .await;

    go_to(&browser, "/workshops", "fr", "console.workshops.title").await;
    type_into(&browser, "workshop-label", LABEL).await;
    click(&browser, "#issue-token").await;
    let token = browser.text_of("#new-workshop-token").await;
    assert_eq!(token.len(), 32, "{token}");
    assert_eq!(
        workshop_status(&server, &token),
        200,
        "the tablet's token works"
    );
    wait_for_read_text(
        &browser,
        ".one-time-password p:last-child",
        &translation("fr", "console.workshops.shown_once"),
    )
    .await;
    wait_for_cell(&browser, "th", LABEL).await;
    wait_for_cell(
        &browser,
        "td:nth-of-type(4)",
        &translation("fr", "console.workshops.no_grace"),
    )
    .await;

    let id = browser
        .eval("return document.querySelector('#workshops tbody tr').dataset.workshop;")
        .await;
    choose_option(&browser, "grace-token", id.as_str().unwrap()).await;
    set_value(&browser, "grace-until", "2027-06-02T18:00").await;
    click(&browser, "#set-grace").await;
    wait_for_cell(&browser, "td:nth-of-type(4)", "02/06/2027 18:00").await;
    let (status, body) = admin(&server, "GET", "/api/admin/workshops", Value::Null);
    assert_eq!(status, 200, "{body}");
    let tokens: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(tokens[0]["grace_until"], "2027-06-02T17:00:00Z");

    go_to(&browser, "/phases", "fr", "console.phases.title").await;
    let grace_note = browser.text_of("#workshop-grace").await;
    assert!(grace_note.contains("02/06/2027 18:00"), "{grace_note}");
    wait_for_read_text(
        &browser,
        "#automatic-phases",
        &translation("fr", "console.workshops.phases_by_hand"),
    )
    .await;

    go_to(&browser, "/workshops", "fr", "console.workshops.title").await;
    click(&browser, "#workshops tbody tr button.secondary").await;
    let confirmation = browser.text_of("#workshops tbody tr .confirm").await;
    assert!(confirmation.contains(LABEL), "{confirmation}");
    click(&browser, "#workshops tbody tr button.danger").await;
    wait_for_cell(
        &browser,
        "td:last-child",
        &translation("fr", "console.workshops.revoked"),
    )
    .await;
    assert_eq!(
        workshop_status(&server, &token),
        401,
        "a revoked token is refused"
    );

    let (status, body) = admin(&server, "GET", "/api/staff/audit", Value::Null);
    assert_eq!(status, 200, "{body}");
    let audit: Value = serde_json::from_str(&body).unwrap();
    let actions: Vec<(&str, &str)> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| {
            entry["action"]
                .as_str()
                .unwrap()
                .starts_with("workshop_token.")
        })
        .map(|entry| {
            (
                entry["actor"].as_str().unwrap(),
                entry["action"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        vec![
            ("admin.ateliers", "workshop_token.revoke"),
            ("admin.ateliers", "workshop_token.grace"),
            ("admin.ateliers", "workshop_token.create"),
        ]
    );
    browser.quit().await;
}
