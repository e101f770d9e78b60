//! WCAG 2.1 A/AA rules checked by axe-core in the real headless Chromium, on every route in the
//! four languages, with forms in their error states and the ballot in each of its steps; any
//! violation fails the test with its rule, impact and elements.
mod console;
mod console_keyboard;
mod keyboard;
mod zoom;

use crate::e2e_support::actions::{
    admin, click, open_the_vote_with, set_phase, type_into, wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, translation};
use serde_json::json;

/// The four interface languages.
const LANGUAGES: [&str; 4] = ["fr", "ar", "zgh-Tfng", "en"];

/// axe-core's source, installed by `make setup` (or at `AXE_CORE_JS`).
fn axe_source() -> String {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        format!(
            "{}/.cache/bmk/axe-core-4.14.1/node_modules/axe-core/axe.min.js",
            std::env::var("HOME").unwrap_or_default()
        )
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("axe-core at {path}: {error} (run `make setup`)"))
}

/// The page's WCAG 2.1 A and AA violations, one line each: rule, impact, the first elements.
async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    let script = format!(
        "{axe}\n;const done = arguments[arguments.length - 1];\
         axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}}})\
           .then((r) => done(r.violations.map((v) => `${{v.id}} (${{v.impact}}): ${{v.help}} at \
             ${{v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}}`)))\
           .catch((e) => done([`axe failed: ${{e}}`]));"
    );
    let found = browser.client.execute_async(&script, vec![]).await.unwrap();
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line.as_str().unwrap().to_owned())
        .collect()
}

/// Checks the page as it is now, adding any violation to `found` under `what`.
async fn check(browser: &Browser, axe: &str, what: &str, found: &mut Vec<String>) {
    for violation in violations(browser, axe).await {
        found.push(format!("{what}: {violation}"));
    }
}

#[tokio::test]
async fn every_page_meets_wcag_2_1_aa_in_every_language_and_state() {
    let axe = axe_source();
    let server = Server::start();
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]},
        {"id": "p3", "name": "Eau potable à Aghbala", "cost": 50_000_000, "province": "Béni Mellal", "sectors": ["water"]}
    ]});
    let (status, body) = admin(&server, "PUT", "/api/admin/projects", projects.clone());
    assert_eq!(status, 200, "{body}");
    let browser = Browser::start(1024).await;
    let mut found = Vec::new();
    let mut checked = 0;

    // Proposals phase: every page, and the proposal form with its errors.
    let pages = [
        ("/", "home.title"),
        ("/budget", "budget.title"),
        ("/projects", "projects.title"),
        ("/propose", "propose.title"),
        ("/about", "about.title"),
        ("/workshop", "workshop.title"),
        ("/embed-help", "embed_help.title"),
        ("/no/such/page", "not_found.title"),
    ];
    for language in LANGUAGES {
        for (path, heading) in pages {
            let separator = if path.contains('?') { '&' } else { '?' };
            browser
                .open(
                    &format!("{}{path}{separator}lang={language}", server.url),
                    language,
                    heading,
                )
                .await;
            if path == "/budget" {
                browser.text_of("#share-amount").await;
            }
            check(&browser, &axe, &format!("{language} {path}"), &mut found).await;
            checked += 1;
        }
        browser
            .client
            .goto(&format!("{}/projects/p1?lang={language}", server.url))
            .await
            .unwrap();
        browser
            .wait_for_text("h1", "Piste rurale Tabant – Agouti")
            .await;
        check(
            &browser,
            &axe,
            &format!("{language} /projects/p1"),
            &mut found,
        )
        .await;
        browser
            .open_in(&server, "/propose", language, "propose.title")
            .await;
        click(&browser, ".proposal-form button[type='submit']").await;
        browser.text_of(".error-summary").await;
        check(
            &browser,
            &axe,
            &format!("{language} /propose with errors"),
            &mut found,
        )
        .await;
        checked += 2;
    }

    // Voting phase: the ballot in each of its steps, with its error states.
    let codes = open_the_vote_with(&server, projects, LANGUAGES.len());
    for (language, code) in LANGUAGES.into_iter().zip(&codes) {
        let state = async |what: &str, found: &mut Vec<String>| {
            check(&browser, &axe, &format!("{language} /vote {what}"), found).await;
        };
        browser
            .open_in(&server, "/vote", language, "vote.title")
            .await;
        state("code step", &mut found).await;
        type_into(&browser, "voter-code", "AAAA").await;
        click(&browser, ".booth-step button[type='submit']").await;
        wait_until(
            &browser,
            "return document.getElementById('voter-code-error').textContent.length > 0;",
            "the code's error",
        )
        .await;
        state("code step with an error", &mut found).await;
        type_into(&browser, "voter-code", code).await;
        click(&browser, ".booth-step button[type='submit']").await;
        wait_for_read_text(
            &browser,
            "#step-title",
            &translation(language, "vote.choose_title"),
        )
        .await;
        state("choice step", &mut found).await;
        for choice in ["#choice-p1", "#choice-p3", "#choice-p2"] {
            click(&browser, choice).await;
        }
        wait_until(
            &browser,
            "return !document.getElementById('ballot-problems').classList.contains('ballot-problems--empty');",
            "the over-budget message",
        )
        .await;
        state("choice step over the budget", &mut found).await;
        click(&browser, "#choice-p2").await;
        click(&browser, "#go-review").await;
        wait_for_read_text(
            &browser,
            "#step-title",
            &translation(language, "vote.review_title"),
        )
        .await;
        state("review step", &mut found).await;
        click(&browser, "#cast-ballot").await;
        browser.text_of("#receipt-code").await;
        state("receipt", &mut found).await;
        checked += 6;
    }

    // Results phase: the outcome and the receipt check.
    set_phase(&server, "results");
    for language in LANGUAGES {
        browser
            .open_in(&server, "/results", language, "results.title")
            .await;
        browser.text_of(".outcome-summary li").await;
        check(&browser, &axe, &format!("{language} /results"), &mut found).await;
        browser
            .open_in(&server, "/vote/check", language, "check.title")
            .await;
        browser.text_of("#receipt-input").await;
        check(
            &browser,
            &axe,
            &format!("{language} /vote/check"),
            &mut found,
        )
        .await;
        checked += 2;
    }
    assert!(
        found.is_empty(),
        "{} violations:\n{}",
        found.len(),
        found.join("\n")
    );
    println!("accessibility: {checked} page states checked, no violation");
}
