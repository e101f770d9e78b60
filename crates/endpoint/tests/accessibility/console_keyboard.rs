//! The staff console with the keyboard alone (every control reached with Tab shows its focus) and
//! with text at 200 % on a tablet (no page loses content), in a left-to-right and a right-to-left
//! language.
use super::keyboard::{press, tab_back_to, tab_to};
use super::zoom::LOST_CONTENT;
use crate::console_flow::{sign_in_with_a_one_time_password, staff_add_from_the_command_line};
use crate::e2e_support::actions::{admin, wait_for_read_text, wait_until};
use crate::e2e_support::{Browser, Server, translation};
use fantoccini::key::Key;
use serde_json::json;

/// A tablet's width, in CSS pixels: the smallest screen the console is used on.
const TABLET_WIDTH: u32 = 768;

/// Two waiting proposals and, with `reviewed`, a third one published and reviewed as feasible;
/// a ballot of one project.
fn a_process_under_review(server: &Server, reviewed: bool) {
    for (n, title) in [
        "Piste rurale Tabant – Agouti",
        "Route goudronnée vers Agouti",
        "Dispensaire de Zaouiat Ahansal",
    ]
    .into_iter()
    .enumerate()
    {
        let proposal = json!({"title": title, "description": "Pour relier le douar à la commune.",
            "province": "Azilal", "commune": "Tabant", "sector": "roads_transport", "estimated_cost": 2_000_000});
        let key = format!("console-keyboard-proposal-{n:04}");
        let (status, body) = server.request(
            "POST",
            "/api/proposals",
            &[("Idempotency-Key", key.as_str())],
            &proposal.to_string(),
        );
        assert_eq!(status, 201, "{body}");
    }
    if reviewed {
        let (status, body) = admin(
            server,
            "POST",
            "/api/admin/proposals/3/moderation",
            json!({"action": "publish"}),
        );
        assert_eq!(status, 200, "{body}");
        let review =
            json!({"feasible": true, "reason": "Terrain disponible.", "services_cost": 1_500_000});
        let (status, body) = admin(server, "PUT", "/api/admin/proposals/3/review", review);
        assert_eq!(status, 200, "{body}");
    }
    let projects = json!({"projects": [{"id": "p1", "name": "Piste rurale Tabant – Agouti",
        "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]}]});
    let (status, body) = admin(server, "PUT", "/api/admin/projects", projects);
    assert_eq!(status, 200, "{body}");
}

/// Types `text` where the focus is.
async fn type_here(browser: &Browser, text: &str) {
    press(browser, text).await;
}

#[tokio::test]
async fn a_moderator_signs_in_publishes_and_reviews_a_proposal_with_the_keyboard_alone() {
    let server = Server::start();
    a_process_under_review(&server, false);
    let one_time = staff_add_from_the_command_line(&server, "moderatrice.clavier", "moderator");
    let browser = Browser::start(TABLET_WIDTH).await;
    browser
        .open_in(&server, "/console/", "fr", "console.sign_in.title")
        .await;
    let enter = Key::Enter.to_string();
    tab_to(&browser, "#staff-name").await;
    type_here(&browser, "moderatrice.clavier").await;
    tab_to(&browser, "#staff-password").await;
    type_here(&browser, &one_time).await;
    press(&browser, &enter).await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.password.title")).await;
    let own = "une phrase au clavier seulement";
    for (id, text) in [
        ("#current-password", one_time.as_str()),
        ("#new-password", own),
        ("#new-password-again", own),
    ] {
        tab_to(&browser, id).await;
        type_here(&browser, text).await;
    }
    press(&browser, &enter).await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.overview.title")).await;

    // Publish the first waiting proposal.
    tab_to(&browser, ".console-nav a[href='/console/proposals']").await;
    press(&browser, &enter).await;
    wait_for_read_text(
        &browser,
        "h1",
        &translation("fr", "console.moderation.title"),
    )
    .await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 3;",
        "three waiting proposals",
    )
    .await;
    tab_to(&browser, ".queue-item .decision-buttons button").await;
    press(&browser, &enter).await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 2;",
        "the published proposal leaves the waiting list",
    )
    .await;

    // The focus is on the sentence saying it is published; back up to the navigation to review
    // it: feasible, with a reason and the services' estimate.
    wait_until(
        &browser,
        "return document.activeElement?.id === 'queue-status';",
        "the focus on the announcement",
    )
    .await;
    tab_back_to(&browser, ".console-nav a[href='/console/review']").await;
    press(&browser, &enter).await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.review.title")).await;
    wait_until(
        &browser,
        "return !!document.querySelector('.review-item > button');",
        "the published proposal",
    )
    .await;
    tab_to(&browser, ".review-item > button").await;
    press(&browser, &enter).await;
    tab_to(&browser, "#review-feasible").await;
    press(&browser, &Key::Space.to_string()).await;
    tab_to(&browser, "#review-reason").await;
    type_here(&browser, "Le tracé existe déjà.").await;
    tab_to(&browser, "#review-cost").await;
    type_here(&browser, "1 800 000").await;
    tab_to(&browser, "#save-review").await;
    press(&browser, &enter).await;
    wait_until(
        &browser,
        "return document.querySelector('.review-state')?.textContent.includes('Le tracé existe déjà.');",
        "the saved review",
    )
    .await;
    let state = browser.text_of(".review-state").await;
    assert!(
        state.contains("1 800 000") || state.contains("1\u{202f}800\u{202f}000"),
        "{state}"
    );
}

#[tokio::test]
async fn at_200_percent_text_on_a_tablet_every_console_page_keeps_all_its_content() {
    let server = Server::start();
    a_process_under_review(&server, true);
    let one_time = staff_add_from_the_command_line(&server, "admin.zoom", "administrator");
    let browser = Browser::start(TABLET_WIDTH).await;
    sign_in_with_a_one_time_password(
        &browser,
        &server,
        "fr",
        "admin.zoom",
        &one_time,
        "une longue phrase pour le zoom",
    )
    .await;
    // Each page, and what shows that it has loaded.
    let pages = [
        (
            "/console/",
            "return !!document.querySelector('.figure-table tbody tr');",
        ),
        (
            "/console/proposals",
            "return !!document.querySelector('.queue-item');",
        ),
        (
            "/console/review",
            "return !!document.querySelector('.review-item');",
        ),
        (
            "/console/projects",
            "return !!document.querySelector('.build-row') && !!document.querySelector('#ballot-projects tbody tr');",
        ),
        (
            "/console/codes",
            "return !!document.querySelector('#batches');",
        ),
        (
            "/console/phases",
            "return !!document.querySelector('.timeline li');",
        ),
        (
            "/console/results",
            "return !!document.getElementById('results-not-yet');",
        ),
        (
            "/console/accounts",
            "return !!document.querySelector('table tbody tr');",
        ),
        (
            "/console/audit",
            "return !!document.querySelector('#audit-log tbody tr');",
        ),
    ];
    let mut lost = Vec::new();
    for language in ["fr", "ar"] {
        for (page, loaded) in pages {
            browser
                .client
                .goto(&format!("{}{page}?lang={language}", server.url))
                .await
                .unwrap();
            wait_until(&browser, loaded, page).await;
            let found = browser
                .client
                .execute_async(LOST_CONTENT, vec![])
                .await
                .unwrap();
            if found[0].as_i64().unwrap() > 0 || found[1] != json!([]) {
                lost.push(format!("{language} {page}: {found}"));
            }
        }
    }
    assert!(lost.is_empty(), "content lost at 200 % text: {lost:#?}");
}
