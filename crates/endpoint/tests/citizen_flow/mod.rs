//! End-to-end tests of the citizen flows against the real endpoint and its SQLite database:
//! propose (the answer lost on the way: the draft survives a reload and the proposal is stored
//! once), an administrator publishes it and opens the vote, a ballot is cast with a fresh code
//! (after a lost answer too), the same code is refused, and after the close the results page
//! explains each project and the receipt is found in the published list; in French and Arabic.
//! A lost answer leaves the submission in the device's outbox, sent once with "Send now".
use crate::e2e_support::actions::{
    LOSE_ANSWERS, RESTORE_ANSWERS, admin, as_read, choose_option, click, open_the_vote_with,
    receipt_code, set_phase, type_into, wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, translation};
use fantoccini::Locator;
use serde_json::{Value, json};

const PHONE_WIDTH: u32 = 360;

/// The CLDR plural category of `count` in French or Arabic, as the locale files name it.
fn plural_form(language: &str, count: u64) -> &'static str {
    match language {
        "ar" => match (count, count % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "fr" if count <= 1 => "one",
        "en" if count == 1 => "one",
        _ => "other",
    }
}

/// A plural text with its count, e.g. `vote.review_intro` for 2 in Arabic (`_two` form).
fn plural(language: &str, key: &str, count: u64) -> String {
    let form = plural_form(language, count);
    translation(language, &format!("{key}_{form}")).replace("{{ count }}", &count.to_string())
}

/// Every proposal as the moderators see it.
fn moderated_proposals(server: &Server) -> Vec<Value> {
    let (status, body) = admin(server, "GET", "/api/admin/proposals", Value::Null);
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// Gives `fetch` its answers back and presses "Send now" in the same script, so that the
/// outbox's own retry (every 15 s) cannot empty the outbox, and remove the button, in between;
/// then waits until the outbox is empty.
async fn restore_answers_and_send_now(browser: &Browser) {
    browser
        .eval(&format!(
            "{RESTORE_ANSWERS} document.getElementById('send-now').click(); return true;"
        ))
        .await;
    wait_until(
        browser,
        "return document.getElementById('outbox-status') === null;",
        "the outbox to empty",
    )
    .await;
}

/// The Arabic name of the programme `p1`.
const P1_IN_ARABIC: &str = "المسلك القروي تابانت – أكوتي";

/// The name a reader in `language` sees for a project of `open_the_vote`: its Arabic name in
/// Arabic, else the name it was imported with.
fn name_in(language: &str, id: &str, default: &str) -> String {
    match (language, id) {
        ("ar", "p1") => P1_IN_ARABIC.to_owned(),
        ("ar", "p2") => "المركز الصحي بزاوية الشيخ".to_owned(),
        _ => default.to_owned(),
    }
}

/// The proposal typed in the form.
const TITLE: &str = "Bibliothèque du douar Aït Ouham";

/// Proposes in the browser: the draft survives a reload, a lost answer keeps the proposal in the
/// outbox, "Send now" stores it once; a second proposal gets its number. Returns the first id.
async fn propose_through_a_lost_answer(browser: &Browser, server: &Server, language: &str) -> i64 {
    browser
        .open_in(server, "/propose", language, "propose.title")
        .await;
    // Sending an empty form lists each problem under its field's name.
    click(browser, ".proposal-form button[type='submit']").await;
    let summary_line = |field: &str, problem: &str| {
        translation(language, "propose.summary_line")
            .replace("{{ field }}", &translation(language, field))
            .replace("{{ problem }}", &translation(language, problem))
    };
    wait_for_read_text(
        browser,
        ".error-summary li:first-child",
        &summary_line("propose.field_title", "propose.error_required"),
    )
    .await;
    wait_for_read_text(
        browser,
        ".error-summary li:nth-child(4)",
        &summary_line("propose.field_commune", "propose.error_required"),
    )
    .await;
    type_into(browser, "proposal-title", TITLE).await;
    type_into(
        browser,
        "proposal-description",
        "Une petite bibliothèque pour les élèves du collège, ouverte le samedi.",
    )
    .await;
    choose_option(browser, "proposal-province", "Azilal").await;
    type_into(browser, "proposal-commune", "Tabant").await;
    choose_option(browser, "proposal-sector", "education").await;
    type_into(browser, "proposal-cost", "12").await;
    // Live validation: too cheap is fine (> 0), but a typed letter is explained at once.
    type_into(browser, "proposal-cost", "1 2O0 000").await;
    click(browser, "#proposal-commune").await;
    wait_for_read_text(
        browser,
        "#proposal-cost-error",
        &translation(language, "propose.error_cost_digits"),
    )
    .await;
    let described = browser
        .eval("return document.getElementById('proposal-cost').getAttribute('aria-describedby');")
        .await;
    assert_eq!(described, "proposal-cost-help proposal-cost-error");
    // A decimal amount gets its own message; Arabic-Indic digits are read as digits.
    type_into(browser, "proposal-cost", "2000000,50").await;
    wait_for_read_text(
        browser,
        "#proposal-cost-error",
        &translation(language, "propose.error_cost_whole"),
    )
    .await;
    type_into(browser, "proposal-cost", "١٢٠٠٠٠٠").await;
    wait_for_read_text(browser, "#proposal-cost-error", "").await;
    type_into(browser, "proposal-cost", "1 200 000").await;
    wait_for_read_text(browser, "#proposal-cost-error", "").await;

    // The draft survives a reload before it is sent.
    browser.client.refresh().await.unwrap();
    browser
        .wait_for_text("h1", &translation(language, "propose.title"))
        .await;
    wait_until(
        browser,
        &format!("return document.getElementById('proposal-title')?.value === {TITLE:?};"),
        "the draft after the reload",
    )
    .await;
    let cost = browser
        .eval("return document.getElementById('proposal-cost').value;")
        .await;
    assert_eq!(cost, "1 200 000");
    let province = browser
        .eval("return document.getElementById('proposal-province').value;")
        .await;
    assert_eq!(province, "Azilal");

    // The answer is lost: the proposal is kept on the device and said so.
    browser.eval(LOSE_ANSWERS).await;
    click(browser, ".proposal-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        ".confirmation h2",
        &translation(language, "propose.queued_title"),
    )
    .await;
    let stored = moderated_proposals(server);
    assert_eq!(
        stored.len(),
        1,
        "the lost answer's request reached the server"
    );
    wait_for_read_text(
        browser,
        "#outbox-status",
        &plural(language, "outbox.waiting", 1),
    )
    .await;
    let draft = browser
        .eval("return localStorage.getItem('bmk.proposal_draft');")
        .await;
    assert_eq!(draft, Value::Null, "the outbox holds it now, not the draft");

    // Sent again with the same key: stored once.
    restore_answers_and_send_now(browser).await;
    let stored = moderated_proposals(server);
    assert_eq!(
        stored.len(),
        1,
        "sent twice with one key, stored once: {stored:?}"
    );
    let id = stored[0]["id"].as_i64().unwrap();
    assert_eq!(stored[0]["estimated_cost"], 1_200_000);
    assert_eq!(stored[0]["status"], "pending");

    // A second proposal goes through at once and gets its number.
    click(browser, ".confirmation .button--secondary").await;
    type_into(browser, "proposal-title", "Terrain de sport à Ouaouizeght").await;
    type_into(
        browser,
        "proposal-description",
        "Un terrain pour les clubs de jeunes du quartier.",
    )
    .await;
    choose_option(browser, "proposal-province", "Azilal").await;
    type_into(browser, "proposal-commune", "Ouaouizeght").await;
    choose_option(browser, "proposal-sector", "education").await;
    type_into(browser, "proposal-cost", "800000").await;
    click(browser, ".proposal-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        ".confirmation h2",
        &translation(language, "propose.received_title"),
    )
    .await;
    let stored = moderated_proposals(server);
    assert_eq!(stored.len(), 2, "{stored:?}");
    let second = stored
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .find(|other| *other != id)
        .unwrap();
    let number = browser.text_of(".confirmation__number").await;
    assert!(number.contains(&second.to_string()), "{number}");
    id
}

/// Publishes the proposal, puts it on the ballot with three programmes, opens the vote and
/// returns two fresh voter codes.
fn open_the_vote(server: &Server, proposal: i64) -> Vec<String> {
    let (status, body) = admin(
        server,
        "POST",
        &format!("/api/admin/proposals/{proposal}/moderation"),
        json!({"action": "publish"}),
    );
    assert_eq!(status, 200, "{body}");
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"], "description": "12 km",
         "translations": {"ar": {"name": P1_IN_ARABIC, "description": "12 كلم"}, "en": {"name": "Tabant – Agouti rural road"}}},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"],
         "translations": {"ar": {"name": "المركز الصحي بزاوية الشيخ"}}},
        {"id": "p3", "name": "Eau potable à Aghbala", "cost": 50_000_000, "province": "Béni Mellal", "sectors": ["water"]},
        {"id": format!("proposal-{proposal}"), "name": TITLE, "cost": 1_200_000, "province": "Azilal", "sectors": ["education"]}
    ]});
    open_the_vote_with(server, projects, 2)
}

/// Casts a ballot for p1 and the proposal, passing an over-budget choice and a lost answer on the
/// way; returns the receipt.
async fn cast_a_ballot(
    browser: &Browser,
    server: &Server,
    language: &str,
    code: &str,
    proposal: i64,
) -> String {
    browser
        .open_in(server, "/vote", language, "vote.title")
        .await;
    type_into(
        browser,
        "voter-code",
        &code.to_lowercase().replace('-', " "),
    )
    .await;
    click(browser, ".booth-step button[type='submit']").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation(language, "vote.choose_title"),
    )
    .await;
    wait_until(
        browser,
        "return document.activeElement.id === 'step-title';",
        "the focus to follow the step",
    )
    .await;

    click(browser, "#choice-p1").await;
    wait_until(
        browser,
        "return document.getElementById('budget-announcement').textContent.length > 0;",
        "the announcement",
    )
    .await;
    let announced = browser.text_of("#budget-announcement").await;
    assert!(
        announced.starts_with(&as_read(
            &translation(language, "vote.announce_added").replace(
                "{{ project }}",
                &name_in(language, "p1", "Piste rurale Tabant – Agouti")
            )
        )),
        "{announced}"
    );
    let bar_height = browser
        .eval("return document.getElementById('budget-bar').getBoundingClientRect().height;")
        .await;
    click(browser, "#choice-p3").await;
    click(browser, "#choice-p2").await;
    wait_until(browser, "return !document.getElementById('ballot-problems').classList.contains('ballot-problems--empty');", "the over-budget message").await;
    let problem = browser.text_of("#ballot-problems .error").await;
    assert!(!problem.is_empty());
    let same_height = browser
        .eval("return document.getElementById('budget-bar').getBoundingClientRect().height;")
        .await;
    assert_eq!(bar_height, same_height, "the budget bar keeps its height");
    click(browser, "#go-review").await;
    let focused = browser.eval("return document.activeElement.id;").await;
    assert_eq!(
        focused, "ballot-problems",
        "an invalid choice is explained before going on"
    );
    click(browser, "#choice-p2").await;
    click(browser, "#choice-p3").await;
    click(browser, &format!("#choice-proposal-{proposal}")).await;
    wait_until(browser, "return document.getElementById('ballot-problems').classList.contains('ballot-problems--empty');", "a valid choice").await;
    click(browser, "#go-review").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation(language, "vote.review_title"),
    )
    .await;
    wait_for_read_text(
        browser,
        "#step-title + p",
        &plural(language, "vote.review_intro", 2),
    )
    .await;

    browser.eval(LOSE_ANSWERS).await;
    click(browser, "#cast-ballot").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation(language, "vote.receipt_title"),
    )
    .await;
    wait_for_read_text(
        browser,
        "#ballot-queued",
        &translation(language, "vote.receipt_queued"),
    )
    .await;
    let receipt = receipt_code(browser).await;
    assert_eq!(receipt.len(), 64, "{receipt}");
    restore_answers_and_send_now(browser).await;
    let saved = browser.eval("return decodeURIComponent(document.getElementById('save-receipt').getAttribute('href'));").await;
    assert!(
        saved.as_str().unwrap().replace(' ', "").contains(&receipt),
        "{saved}"
    );
    let draft = browser
        .eval("return sessionStorage.getItem('bmk.ballot_draft');")
        .await;
    assert_eq!(draft, Value::Null, "nothing of the ballot stays in the tab");
    receipt
}

/// Tries the same code again: refused with the reason at the code step.
async fn reuse_the_code(browser: &Browser, server: &Server, language: &str, code: &str) {
    browser
        .open_in(server, "/vote", language, "vote.title")
        .await;
    type_into(browser, "voter-code", code).await;
    click(browser, ".booth-step button[type='submit']").await;
    wait_for_read_text(
        browser,
        "#voter-code-error",
        &translation(language, "vote.code_used"),
    )
    .await;
}

/// Closes the vote and reads the results and the receipt check in the browser.
async fn read_the_results(
    browser: &Browser,
    server: &Server,
    language: &str,
    receipt: &str,
    proposal: i64,
) {
    set_phase(server, "results");
    let (_, results) = server.request("GET", "/api/results", &[], "");
    let results: Value = serde_json::from_str(&results).unwrap();
    assert_eq!(results["ballots"], 1);
    browser
        .open_in(server, "/results", language, "results.title")
        .await;
    wait_for_read_text(
        browser,
        ".outcome-summary li",
        &plural(language, "results.summary_ballots", 1),
    )
    .await;
    let funded = browser
        .eval("return [...document.querySelectorAll('.funded-name')].map(e => e.textContent);")
        .await;
    let expected: Vec<Value> = results["explanation"]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|project| project["selected"] == true)
        .map(|project| {
            let id = project["id"].as_str().unwrap();
            json!(name_in(language, id, project["name"].as_str().unwrap()))
        })
        .collect();
    // The ballot's two projects, then, with what is left, the first project that still fits (p2,
    // though nobody voted for it): Equal Shares completed by number of votes, the region's rule.
    assert_eq!(expected.len(), 3, "{results}");
    assert_eq!(funded, Value::Array(expected));
    let no_support = browser
        .text_of(".explanation[data-project='p3'] .reasons li")
        .await;
    assert_eq!(
        no_support,
        translation(language, "results.reason_no_support")
    );
    let explained = browser
        .text_of(&format!(
            ".explanation[data-project='proposal-{proposal}'] .reasons li"
        ))
        .await;
    let round = plural(language, "results.reason_funded_shared", 1);
    let before_round = round.split('{').next().unwrap().trim();
    assert!(explained.starts_with(before_round), "{explained}");

    browser
        .open_in(server, "/vote/check", language, "check.title")
        .await;
    type_into(browser, "receipt-input", &receipt.to_uppercase()).await;
    click(browser, ".receipt-check button[type='submit']").await;
    wait_for_read_text(
        browser,
        ".check-counted",
        &translation(language, "check.counted"),
    )
    .await;
    let names = browser
        .eval("return [...document.querySelectorAll('.check-answer li')].map(e => e.textContent);")
        .await;
    assert_eq!(
        names,
        json!([
            name_in(language, "p1", "Piste rurale Tabant – Agouti"),
            TITLE
        ]),
        "the projects' names in the reader's language"
    );
}

/// The whole flow in one language at 360 px.
async fn citizen_flow(language: &str) {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    let proposal = propose_through_a_lost_answer(&browser, &server, language).await;
    let codes = open_the_vote(&server, proposal);
    browser
        .open_in(&server, "/projects", language, "projects.title")
        .await;
    wait_for_read_text(
        &browser,
        ".catalogue-count",
        &plural(language, "projects.found", 5),
    )
    .await;
    type_into(&browser, "filter-text", "ait ouham").await;
    wait_for_read_text(
        &browser,
        ".catalogue-count",
        &plural(language, "projects.found", 2),
    )
    .await;
    let receipt = cast_a_ballot(&browser, &server, language, &codes[0], proposal).await;
    reuse_the_code(&browser, &server, language, &codes[0]).await;
    read_the_results(&browser, &server, language, &receipt, proposal).await;
    let width = browser
        .eval("return document.documentElement.scrollWidth;")
        .await;
    let outside = browser
        .eval(
            "return [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();\
               return r.right > innerWidth + 0.5 || r.left < -0.5; }).map(e => `${e.tagName}.${e.className}`);",
        )
        .await;
    assert!(
        width.as_u64().unwrap() <= u64::from(PHONE_WIDTH),
        "no horizontal scroll: {width}, outside the screen: {outside}"
    );
}

#[tokio::test]
async fn a_citizen_proposes_votes_once_and_reads_the_results_in_french() {
    citizen_flow("fr").await;
}

#[tokio::test]
async fn a_citizen_proposes_votes_once_and_reads_the_results_in_arabic() {
    citizen_flow("ar").await;
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser.open_in(&server, "/vote", "ar", "vote.title").await;
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("rtl"));
    let notice = browser.text_of(".phase-notice__when").await;
    assert_eq!(
        notice,
        translation("ar", "phase_info.opens_on").replace("{{ date }}", "01/05/2027")
    );
}

/// Taps made by the person, counted.
struct Taps<'a> {
    browser: &'a Browser,
    count: u32,
}

impl Taps<'_> {
    /// Taps the element matching `css`.
    async fn on(&mut self, css: &str) {
        click(self.browser, css).await;
        self.count += 1;
    }
}

#[tokio::test]
async fn a_first_time_voter_goes_from_the_home_page_to_a_saved_receipt_on_a_phone() {
    let server = Server::start();
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]},
        {"id": "p3", "name": "Eau potable à Aghbala", "cost": 50_000_000, "province": "Béni Mellal", "sectors": ["water"]}
    ]});
    assert_eq!(
        admin(&server, "PUT", "/api/admin/projects", projects).0,
        200
    );
    set_phase(&server, "voting");
    let (_, csv) = admin(
        &server,
        "POST",
        "/api/admin/voter-codes",
        json!({"count": 1, "label": "e2e"}),
    );
    let code = csv
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open(&format!("{}/", server.url), "fr", "home.title")
        .await;
    let mut taps = Taps {
        browser: &browser,
        count: 0,
    };
    browser
        .wait_for_text("#current-step", &translation("fr", "home.now_vote"))
        .await;
    taps.on("#current-step").await;
    browser
        .wait_for_text("h1", &translation("fr", "vote.title"))
        .await;
    taps.on("#voter-code").await;
    browser
        .client
        .find(Locator::Id("voter-code"))
        .await
        .unwrap()
        .send_keys(&code)
        .await
        .unwrap();
    taps.on(".booth-step button[type='submit']").await;
    taps.on("#choice-p1").await;
    taps.on("#choice-p2").await;
    taps.on("#go-review").await;
    taps.on("#cast-ballot").await;
    wait_for_read_text(
        &browser,
        "#step-title",
        &translation("fr", "vote.receipt_title"),
    )
    .await;
    taps.on("#copy-receipt").await;
    wait_until(
        &browser,
        "return document.getElementById('copy-status').textContent.length > 0;",
        "the copy's outcome",
    )
    .await;
    let status = browser.text_of("#copy-status").await;
    let copied = translation("fr", "vote.receipt_copied");
    let refused = translation("fr", "vote.receipt_copy_failed");
    assert!(status == copied || status == refused, "{status}");
    let receipt = receipt_code(&browser).await;
    let saved = browser.eval("return decodeURIComponent(document.getElementById('save-receipt').getAttribute('href'));").await;
    assert!(saved.as_str().unwrap().replace(' ', "").contains(&receipt));
    let (_, counts) = admin(&server, "GET", "/api/admin/counts", Value::Null);
    assert_eq!(
        serde_json::from_str::<Value>(&counts).unwrap()["voter_codes_used"],
        1
    );
    println!(
        "taps from the home page to a copied receipt, two projects chosen: {} (copy: {status})",
        taps.count
    );
    assert!(taps.count <= 8, "{} taps", taps.count);
}
