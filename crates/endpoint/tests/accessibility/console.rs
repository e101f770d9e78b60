//! The staff console's pages and states, checked by axe-core in the four languages: sign-in,
//! password change, overview, the moderation queue with its refusal and merge panels,
//! the technical review with its form, the ballot with the feasible proposals to add, voter codes
//! and the slips, phases with the confirmation, results before the close, workshops with a new
//! token and a revocation, accounts with a one-time password, the audit log.
use super::{LANGUAGES, axe_source, check};
use crate::console_flow::{choose_province, staff_add_from_the_command_line};
use crate::e2e_support::actions::{admin, click, type_into, wait_for_read_text, wait_until};
use crate::e2e_support::{Browser, Server, translation};
use serde_json::json;

/// A laptop's window, as the console is used.
const LAPTOP_WIDTH: u32 = 1280;

#[tokio::test]
async fn every_console_page_meets_wcag_2_1_aa_in_every_language() {
    let axe = axe_source();
    let server = Server::start();
    // Two waiting proposals and a published one, so that the queue has decisions to show.
    for (key, title) in [
        ("a11y-console-proposal-0001", "Piste rurale Tabant – Agouti"),
        ("a11y-console-proposal-0002", "Route goudronnée vers Agouti"),
    ] {
        let proposal = json!({"title": title, "description": "Une route pour relier le douar à la commune.",
            "province": "Azilal", "commune": "Tabant", "sector": "roads_transport", "estimated_cost": 2_000_000});
        let (status, body) = server.request(
            "POST",
            "/api/proposals",
            &[("Idempotency-Key", key)],
            &proposal.to_string(),
        );
        assert_eq!(status, 201, "{body}");
    }
    let (status, body) = admin(
        &server,
        "POST",
        "/api/admin/proposals/1/moderation",
        json!({"action": "publish"}),
    );
    assert_eq!(status, 200, "{body}");
    let review =
        json!({"feasible": true, "reason": "Terrain disponible.", "services_cost": 1_500_000});
    let (status, body) = admin(&server, "PUT", "/api/admin/proposals/1/review", review);
    assert_eq!(status, 200, "{body}");
    let one_time = staff_add_from_the_command_line(&server, "admin.a11y", "administrator");
    let browser = Browser::start(LAPTOP_WIDTH).await;
    let mut found = Vec::new();

    browser
        .open_in(&server, "/console/", "fr", "console.sign_in.title")
        .await;
    for language in LANGUAGES {
        browser
            .open_in(&server, "/console/", language, "console.sign_in.title")
            .await;
        check(
            &browser,
            &axe,
            &format!("{language} console sign-in"),
            &mut found,
        )
        .await;
    }
    // The password change a one-time password requires, with its problem shown.
    browser
        .open_in(&server, "/console/", "fr", "console.sign_in.title")
        .await;
    type_into(&browser, "staff-name", "admin.a11y").await;
    type_into(&browser, "staff-password", &one_time).await;
    click(&browser, ".console-form button[type='submit']").await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.password.title")).await;
    click(&browser, ".console-form button[type='submit']").await;
    browser.text_of(".status.error").await;
    check(&browser, &axe, "fr console password change", &mut found).await;
    type_into(&browser, "current-password", &one_time).await;
    for id in ["new-password", "new-password-again"] {
        type_into(&browser, id, "une longue phrase pour l'accessibilité").await;
    }
    click(&browser, ".console-form button[type='submit']").await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.overview.title")).await;

    for language in LANGUAGES {
        let page = |route: &str| format!("{language} console {route}");
        browser
            .open_in(&server, "/console/", language, "console.overview.title")
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('.figure-table tbody tr');",
            "the figures",
        )
        .await;
        check(&browser, &axe, &page("/"), &mut found).await;

        browser
            .open_in(
                &server,
                "/console/proposals",
                language,
                "console.moderation.title",
            )
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('.queue-item .decision');",
            "a waiting proposal",
        )
        .await;
        click(
            &browser,
            ".queue-item .decision-buttons button:nth-child(2)",
        )
        .await;
        check(&browser, &axe, &page("/proposals (refusal)"), &mut found).await;
        browser
            .open_in(
                &server,
                "/console/proposals",
                language,
                "console.moderation.title",
            )
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('.queue-item .decision');",
            "a waiting proposal",
        )
        .await;
        click(
            &browser,
            ".queue-item .decision-buttons button:nth-child(3)",
        )
        .await;
        let target = browser
            .eval("return document.querySelector('.merge select').id;")
            .await;
        crate::e2e_support::actions::choose_option(&browser, target.as_str().unwrap(), "1").await;
        browser.text_of(".side-by-side h3").await;
        check(&browser, &axe, &page("/proposals (merge)"), &mut found).await;

        browser
            .open_in(
                &server,
                "/console/projects",
                language,
                "console.projects.title",
            )
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('.build-row');",
            "the feasible proposal to put on the ballot",
        )
        .await;
        check(&browser, &axe, &page("/projects"), &mut found).await;

        browser
            .open_in(&server, "/console/review", language, "console.review.title")
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('.review-item > button');",
            "a published proposal",
        )
        .await;
        click(&browser, ".review-item > button").await;
        // The earlier review fills the form; without its reason it cannot be saved.
        type_into(&browser, "review-reason", " ").await;
        click(&browser, "#save-review").await;
        wait_until(
            &browser,
            "return document.querySelector('.review-form .status.error')?.hidden === false;",
            "the review form's problem",
        )
        .await;
        check(
            &browser,
            &axe,
            &page("/review (form with a problem)"),
            &mut found,
        )
        .await;

        browser
            .open_in(
                &server,
                "/console/results",
                language,
                "console.results.title",
            )
            .await;
        browser.text_of("#results-not-yet").await;
        check(
            &browser,
            &axe,
            &page("/results (before the close)"),
            &mut found,
        )
        .await;

        browser
            .open_in(&server, "/console/codes", language, "console.codes.title")
            .await;
        choose_province(&browser, "batch-province", "Azilal").await;
        type_into(&browser, "batch-label", "Azilal — maison des jeunes").await;
        type_into(&browser, "batch-count", "3").await;
        click(&browser, "#create-batch").await;
        wait_for_read_text(
            &browser,
            "h1",
            &translation(language, "console.slips.title"),
        )
        .await;
        check(&browser, &axe, &page("/codes/print"), &mut found).await;
        browser
            .open_in(&server, "/console/codes", language, "console.codes.title")
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('#batches tbody tr');",
            "the batches",
        )
        .await;
        click(&browser, "#batches tbody tr button.secondary").await;
        check(&browser, &axe, &page("/codes (revocation)"), &mut found).await;

        browser
            .open_in(&server, "/console/phases", language, "console.phases.title")
            .await;
        click(&browser, "#next-phase").await;
        browser.text_of("#confirm-text").await;
        check(&browser, &axe, &page("/phases (confirmation)"), &mut found).await;

        browser
            .open_in(
                &server,
                "/console/workshops",
                language,
                "console.workshops.title",
            )
            .await;
        type_into(
            &browser,
            "workshop-label",
            "Atelier Azilal — maison des jeunes",
        )
        .await;
        click(&browser, "#issue-token").await;
        browser.text_of("#new-workshop-token").await;
        click(&browser, "#workshops tbody tr button.secondary").await;
        browser.text_of("#workshops tbody tr .confirm").await;
        check(
            &browser,
            &axe,
            &page("/workshops (new token, revocation)"),
            &mut found,
        )
        .await;

        browser
            .open_in(
                &server,
                "/console/accounts",
                language,
                "console.accounts.title",
            )
            .await;
        type_into(
            &browser,
            "account-name",
            &format!("moderator.{}", language.to_lowercase()),
        )
        .await;
        click(&browser, ".console-form button[type='submit']").await;
        browser.text_of("#one-time-password").await;
        check(
            &browser,
            &axe,
            &page("/accounts (one-time password)"),
            &mut found,
        )
        .await;

        browser
            .open_in(&server, "/console/audit", language, "console.audit.title")
            .await;
        wait_until(
            &browser,
            "return !!document.querySelector('#audit-log tbody tr');",
            "the log",
        )
        .await;
        check(&browser, &axe, &page("/audit"), &mut found).await;
    }
    assert!(
        found.is_empty(),
        "{} violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
