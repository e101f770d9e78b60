//! A whole process run by the region's staff through the console only, in headless Chromium: the
//! first administrator comes from the command line, a moderator moderates and merges proposals (in
//! Arabic) and reviews the feasibility of a published one (shown to citizens), the administrator
//! puts projects on the ballot from a file and from the feasible proposal, prints a batch of voter
//! codes (slips per A4 sheet, a QR code that opens the booth with the code), revokes a lost batch,
//! opens the vote; citizens vote (one by the QR code's address), a code of the revoked batch is
//! refused; the vote closes at its announced time; the administrator previews the outcome, then
//! publishes it for citizens; the audit log names the author of every step.
use crate::closing_process::process_file_closing_at;
use crate::e2e_support::actions::{
    as_read, choose_option, click, type_into, wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, translation};
use fantoccini::Locator;
use serde_json::Value;
use std::process::Command;

/// A laptop's window: the console is used on laptops and tablets.
const LAPTOP_WIDTH: u32 = 1280;

/// Creates a staff account with the endpoint's command line on the server's database and returns
/// its one-time password (the last word of the line that gives it).
pub fn staff_add_from_the_command_line(server: &Server, name: &str, role: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_endpoint"))
        .args(["--database-url", &server.database_url()])
        .args(["--process", crate::published_process::PROCESS_FILE])
        .args(["staff", "add", name, "--role", role])
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    printed
        .lines()
        .find(|line| line.to_lowercase().contains("password"))
        .and_then(|line| line.split_whitespace().last())
        .unwrap_or_else(|| panic!("no one-time password in {printed:?}"))
        .to_owned()
}

/// Signs in on the console's sign-in form, then replaces the one-time password by `new`.
pub async fn sign_in_with_a_one_time_password(
    browser: &Browser,
    server: &Server,
    language: &str,
    name: &str,
    one_time: &str,
    new: &str,
) {
    browser
        .open_in(server, "/console/", language, "console.sign_in.title")
        .await;
    type_into(browser, "staff-name", name).await;
    type_into(browser, "staff-password", one_time).await;
    click(browser, ".console-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        "h1",
        &translation(language, "console.password.title"),
    )
    .await;
    type_into(browser, "current-password", one_time).await;
    type_into(browser, "new-password", new).await;
    type_into(browser, "new-password-again", new).await;
    click(browser, ".console-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        "h1",
        &translation(language, "console.overview.title"),
    )
    .await;
}

/// Signs in with the account's own password.
async fn sign_in(browser: &Browser, server: &Server, language: &str, name: &str, password: &str) {
    browser
        .open_in(server, "/console/", language, "console.sign_in.title")
        .await;
    type_into(browser, "staff-name", name).await;
    type_into(browser, "staff-password", password).await;
    click(browser, ".console-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        "h1",
        &translation(language, "console.overview.title"),
    )
    .await;
}

/// Signs out from the console's header.
async fn sign_out(browser: &Browser, language: &str) {
    click(browser, ".console-header button.secondary").await;
    wait_for_read_text(
        browser,
        "h1",
        &translation(language, "console.sign_in.title"),
    )
    .await;
}

/// Opens a console area from the navigation bar and waits for its heading.
pub async fn go_to(browser: &Browser, route: &str, language: &str, heading_key: &str) {
    click(browser, &format!(".console-nav a[href='/console{route}']")).await;
    wait_for_read_text(browser, "h1", &translation(language, heading_key)).await;
}

/// A citizen's proposal through the citizen app's form.
async fn propose(browser: &Browser, server: &Server, title: &str, commune: &str, cost: &str) {
    browser
        .open_in(server, "/propose", "fr", "propose.title")
        .await;
    type_into(browser, "proposal-title", title).await;
    type_into(
        browser,
        "proposal-description",
        "Une proposition d'habitants pour leur commune, décrite en quelques lignes.",
    )
    .await;
    choose_option(browser, "proposal-province", "Azilal").await;
    type_into(browser, "proposal-commune", commune).await;
    choose_option(browser, "proposal-sector", "roads_transport").await;
    type_into(browser, "proposal-cost", cost).await;
    click(browser, ".proposal-form button[type='submit']").await;
    wait_for_read_text(
        browser,
        ".confirmation h2",
        &translation("fr", "propose.received_title"),
    )
    .await;
}

/// At the booth's code step: confirms the code, chooses `project` and goes on to the review.
async fn confirm_the_code_and_choose(browser: &Browser, project: &str) {
    click(browser, ".booth-step button[type='submit']").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation("fr", "vote.choose_title"),
    )
    .await;
    click(browser, &format!("#choice-{project}")).await;
    click(browser, "#go-review").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation("fr", "vote.review_title"),
    )
    .await;
}

/// At the review: casts the ballot and waits for its receipt.
async fn cast_and_see_the_receipt(browser: &Browser) {
    click(browser, "#cast-ballot").await;
    wait_for_read_text(
        browser,
        "#step-title",
        &translation("fr", "vote.receipt_title"),
    )
    .await;
}

/// Picks a province in a select whose choices come from the process once it is loaded.
pub async fn choose_province(browser: &Browser, id: &str, province: &str) {
    wait_until(
        browser,
        &format!("return !!document.querySelector(\"#{id} option[value='{province}']\");"),
        "the provinces",
    )
    .await;
    choose_option(browser, id, province).await;
}

/// The number of the proposal titled `title` in the moderation queue.
async fn queue_number(browser: &Browser, title: &str) -> i64 {
    let found = browser
        .eval(&format!(
            "const item = [...document.querySelectorAll('.queue-item')]\
               .find((item) => item.querySelector('h3').textContent.includes({title:?}));\
             return item ? Number(item.dataset.proposal) : null;"
        ))
        .await;
    found
        .as_i64()
        .unwrap_or_else(|| panic!("{title} is not in the queue"))
}

/// Decodes the QR code of the slip showing `code` from a screenshot of it.
async fn decode_the_qr_code_of(browser: &Browser, code: &str) -> String {
    let svg = browser
        .client
        .find(Locator::Css(&format!(".slip[data-code='{code}'] .slip-qr")))
        .await
        .unwrap();
    let png = svg.screenshot().await.unwrap();
    let image = image::load_from_memory(&png).unwrap().to_luma8();
    // On screen a module is 2 to 3 pixels wide; enlarged four times, each is a clear square.
    let (width, height) = image.dimensions();
    let image = image::imageops::resize(
        &image,
        width * 4,
        height * 4,
        image::imageops::FilterType::Nearest,
    );
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the slip");
    grids[0].decode().unwrap().1
}

#[tokio::test]
async fn the_region_runs_a_vote_through_the_console_only() {
    let mut server = Server::start();
    let admin_once = staff_add_from_the_command_line(&server, "admin.region", "administrator");
    let admin_password = "une phrase que seul l'administrateur connaît";
    let browser = Browser::start(LAPTOP_WIDTH).await;

    // Citizens propose; the third is a duplicate of the first.
    propose(
        &browser,
        &server,
        "Piste rurale Tabant – Agouti",
        "Tabant",
        "30000000",
    )
    .await;
    propose(
        &browser,
        &server,
        "Fontaine privée pour ma maison",
        "Azilal",
        "200000",
    )
    .await;
    propose(
        &browser,
        &server,
        "Route goudronnée vers Agouti",
        "Agouti",
        "28000000",
    )
    .await;

    // The first administrator signs in and creates a moderator.
    sign_in_with_a_one_time_password(
        &browser,
        &server,
        "fr",
        "admin.region",
        &admin_once,
        admin_password,
    )
    .await;
    go_to(&browser, "/accounts", "fr", "console.accounts.title").await;
    type_into(&browser, "account-name", "moderatrice.azilal").await;
    choose_option(&browser, "account-role", "moderator").await;
    click(&browser, ".console-form button[type='submit']").await;
    let moderator_once = browser.text_of("#one-time-password").await;
    assert!(moderator_once.len() >= 12, "{moderator_once}");
    sign_out(&browser, "fr").await;

    // The moderator works in Arabic: publishes, merges the duplicate side by side, refuses one.
    let moderator_password = "كلمة سر طويلة للمشرفة";
    sign_in_with_a_one_time_password(
        &browser,
        &server,
        "ar",
        "moderatrice.azilal",
        &moderator_once,
        moderator_password,
    )
    .await;
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("rtl"));
    let areas = browser
        .eval("return [...document.querySelectorAll('.console-nav a')].map((a) => a.getAttribute('href'));")
        .await;
    assert_eq!(
        areas,
        serde_json::json!(["/console/", "/console/proposals", "/console/review"])
    );
    go_to(&browser, "/proposals", "ar", "console.moderation.title").await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 3;",
        "three waiting proposals",
    )
    .await;
    let piste = queue_number(&browser, "Piste rurale").await;
    let fontaine = queue_number(&browser, "Fontaine privée").await;
    let route = queue_number(&browser, "Route goudronnée").await;
    click(
        &browser,
        &format!(".queue-item[data-proposal='{piste}'] .decision-buttons button"),
    )
    .await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 2;",
        "the published one leaves the waiting list",
    )
    .await;
    // Merge: pick the published duplicate, compare side by side, confirm.
    click(
        &browser,
        &format!(".queue-item[data-proposal='{route}'] .decision-buttons button:nth-child(3)"),
    )
    .await;
    choose_option(
        &browser,
        &format!("merge-{route}-target"),
        &piste.to_string(),
    )
    .await;
    let compared = browser
        .eval(&format!(
            "return [...document.querySelectorAll('.queue-item[data-proposal=\"{route}\"] .side-by-side h3')]\
               .map((h) => h.textContent);"
        ))
        .await;
    assert_eq!(compared.as_array().unwrap().len(), 2, "{compared}");
    assert!(
        compared[0].as_str().unwrap().contains("Route goudronnée"),
        "{compared}"
    );
    assert!(
        compared[1].as_str().unwrap().contains("Piste rurale"),
        "{compared}"
    );
    click(
        &browser,
        &format!(".queue-item[data-proposal='{route}'] .merge button"),
    )
    .await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 1;",
        "the merged one leaves the waiting list",
    )
    .await;
    // Refuse with a reason from the list.
    click(
        &browser,
        &format!(".queue-item[data-proposal='{fontaine}'] .decision-buttons button:nth-child(2)"),
    )
    .await;
    click(&browser, &format!("#reason-{fontaine}-private_interest")).await;
    click(
        &browser,
        &format!(".queue-item[data-proposal='{fontaine}'] fieldset button"),
    )
    .await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.queue-item').length === 0;",
        "an empty waiting list",
    )
    .await;
    let counts = browser
        .eval("return [...document.querySelectorAll('.tab .count')].map((c) => c.textContent);")
        .await;
    assert_eq!(
        counts,
        serde_json::json!(["0", "1", "1", "1", "3"]),
        "waiting, published, refused, merged, all"
    );

    // The moderator records the technical review of the published proposal, in two languages,
    // with the services' estimate.
    go_to(&browser, "/review", "ar", "console.review.title").await;
    click(&browser, &format!("#review-{piste} > button")).await;
    click(&browser, "#review-feasible").await;
    type_into(
        &browser,
        "review-reason",
        "Tracé existant ; la Région peut l'élargir.",
    )
    .await;
    click(&browser, ".review-form summary").await;
    type_into(
        &browser,
        "review-reason-ar",
        "المسار موجود؛ يمكن للجهة توسيعه.",
    )
    .await;
    type_into(&browser, "review-cost", "٢٥٠٠٠٠٠٠").await;
    click(&browser, "#save-review").await;
    wait_for_read_text(
        &browser,
        "#review-status",
        &as_read(&translation("ar", "console.review.saved"))
            .replace("{{ id }}", &piste.to_string()),
    )
    .await;
    sign_out(&browser, "ar").await;

    // Citizens read the review with the services' estimate, in their language.
    browser
        .client
        .goto(&format!("{}/proposals/{piste}?lang=ar", server.url))
        .await
        .unwrap();
    wait_until(
        &browser,
        "return document.getElementById('follow-review')?.textContent.includes('المسار موجود');",
        "the review's reason in Arabic on the follow-up page",
    )
    .await;
    let review = browser.text_of("#follow-review").await;
    assert!(review.contains("25"), "the services' estimate: {review}");

    // The refusal's reason reaches the citizen in their language.
    browser
        .client
        .goto(&format!("{}/proposals/{fontaine}?lang=fr", server.url))
        .await
        .unwrap();
    wait_until(
        &browser,
        &format!(
            "return document.querySelector('main').textContent.includes({:?});",
            translation("fr", "console.reasons.private_interest")
        ),
        "the refusal's reason on the follow-up page",
    )
    .await;

    // The administrator puts two projects on the ballot from a pabulib file.
    sign_in(&browser, &server, "fr", "admin.region", admin_password).await;
    go_to(&browser, "/projects", "fr", "console.projects.title").await;
    let file = tempfile::Builder::new().suffix(".pb").tempfile().unwrap();
    std::fs::write(file.path(), BALLOT_PB).unwrap();
    let input = browser
        .client
        .find(Locator::Id("projects-file"))
        .await
        .unwrap();
    input
        .send_keys(&file.path().display().to_string())
        .await
        .unwrap();
    wait_until(
        &browser,
        "return document.querySelectorAll('#ballot-projects tbody tr').length === 2;",
        "two projects on the ballot",
    )
    .await;
    // The feasible proposal joins them in one step, its name edited.
    type_into(
        &browser,
        &format!("build-{piste}-name"),
        "Élargissement de la piste Tabant – Agouti",
    )
    .await;
    click(&browser, "#build-ballot").await;
    wait_until(
        &browser,
        &format!(
            "return [...document.querySelectorAll('#ballot-projects tbody th')]\
               .map((cell) => cell.textContent).join(' ') === 'p1 p2 proposal-{piste}';"
        ),
        "three projects on the ballot, one from the proposal",
    )
    .await;
    assert!(
        browser
            .text_of("#ballot-projects")
            .await
            .contains("Élargissement de la piste")
    );

    // Two batches of codes: the first printed, the second lost and revoked.
    go_to(&browser, "/codes", "fr", "console.codes.title").await;
    choose_province(&browser, "batch-province", "Azilal").await;
    type_into(&browser, "batch-place", "Commune de Tabant").await;
    type_into(&browser, "batch-label", "Azilal — maison des jeunes").await;
    type_into(&browser, "batch-count", "10").await;
    click(&browser, "#create-batch").await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.slips.title")).await;
    let sheets = browser
        .eval("return [...document.querySelectorAll('.sheet')].map((s) => s.querySelectorAll('.slip').length);")
        .await;
    assert_eq!(
        sheets,
        serde_json::json!([8, 2]),
        "eight slips per A4 sheet"
    );
    let page_rule = browser
        .eval(
            "return [...document.styleSheets].flatMap((s) => [...s.cssRules])\
               .filter((r) => r instanceof CSSPageRule).map((r) => r.style.getPropertyValue('size'));",
        )
        .await;
    assert_eq!(page_rule, serde_json::json!(["a4"]));
    let codes: Vec<String> = browser
        .eval("return [...document.querySelectorAll('.slip')].map((s) => s.dataset.code);")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    let instructions = browser
        .eval("return [...document.querySelectorAll('.slip')][0].textContent;")
        .await;
    for language in ["ar", "fr", "zgh-Tfng"] {
        assert!(
            instructions
                .as_str()
                .unwrap()
                .contains(&translation(language, "console.slip.instructions")),
            "{language}: {instructions}"
        );
    }
    let scanned = decode_the_qr_code_of(&browser, &codes[0]).await;
    assert_eq!(scanned, format!("{}/vote#code={}", server.url, codes[0]));

    go_to(&browser, "/codes", "fr", "console.codes.title").await;
    choose_province(&browser, "batch-province", "Azilal").await;
    type_into(&browser, "batch-label", "Boîte perdue").await;
    type_into(&browser, "batch-count", "1").await;
    click(&browser, "#create-batch").await;
    wait_for_read_text(&browser, "h1", &translation("fr", "console.slips.title")).await;
    let lost = browser
        .eval("return document.querySelector('.slip').dataset.code;")
        .await;
    let lost = lost.as_str().unwrap().to_owned();
    go_to(&browser, "/codes", "fr", "console.codes.title").await;
    wait_until(
        &browser,
        "return document.querySelectorAll('#batches tbody tr').length === 2;",
        "two batches",
    )
    .await;
    let lost_batch = browser
        .eval("return document.querySelector('#batches tbody tr').dataset.batch;")
        .await;
    let lost_batch = lost_batch
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| lost_batch.to_string());
    click(
        &browser,
        &format!("#batches tr[data-batch='{lost_batch}'] button.secondary"),
    )
    .await;
    click(
        &browser,
        &format!("#batches tr[data-batch='{lost_batch}'] button.danger"),
    )
    .await;
    wait_until(
        &browser,
        &format!(
            "return !!document.querySelector(\"#batches tr[data-batch='{lost_batch}'] .revoked\");"
        ),
        "the batch marked revoked",
    )
    .await;

    // Opening the vote: review, then voting, each confirmed with what it does.
    go_to(&browser, "/phases", "fr", "console.phases.title").await;
    for (next, consequence_start) in [
        ("review", "console.phases.to_review"),
        ("voting", "console.phases.to_voting"),
    ] {
        click(&browser, "#next-phase").await;
        let said = browser.text_of("#confirm-text").await;
        let start = as_read(&translation("fr", consequence_start));
        let start = start.split("{{").next().unwrap();
        assert!(said.starts_with(start), "{said}");
        if next == "voting" {
            assert!(said.contains(" 3 "), "three projects on the ballot: {said}");
        }
        click(&browser, "#confirm-phase").await;
        wait_until(
            &browser,
            &format!(
                "return document.getElementById('current-phase').textContent.includes({:?});",
                translation("fr", &format!("phases.{next}"))
            ),
            "the next phase",
        )
        .await;
    }
    sign_out(&browser, "fr").await;

    // A citizen scans the slip: the booth opens with the code filled in, and the address bar
    // no longer shows it.
    browser.client.goto(&scanned).await.unwrap();
    wait_until(
        &browser,
        &format!(
            "return document.getElementById('voter-code')?.value === {:?};",
            codes[0]
        ),
        "the code filled in",
    )
    .await;
    let address = browser.client.current_url().await.unwrap();
    assert_eq!(address.fragment(), None, "{address}");
    confirm_the_code_and_choose(&browser, "p1").await;
    cast_and_see_the_receipt(&browser).await;

    // A second citizen types their code; the lost batch's code is refused at the code step.
    browser.open_in(&server, "/vote", "fr", "vote.title").await;
    type_into(&browser, "voter-code", &lost).await;
    click(&browser, ".booth-step button[type='submit']").await;
    wait_for_read_text(
        &browser,
        "#voter-code-error",
        &translation("fr", "vote.code_revoked"),
    )
    .await;
    type_into(&browser, "voter-code", &codes[1]).await;
    confirm_the_code_and_choose(&browser, "p2").await;
    cast_and_see_the_receipt(&browser).await;

    // The Region announces the vote's close for three seconds from now; a third citizen who
    // began before it casts after it and is told the vote is closed.
    let closes = time::OffsetDateTime::now_utc() + time::Duration::seconds(3);
    let process_file = process_file_closing_at(closes);
    server.restart_with_process(process_file.path());
    browser.open_in(&server, "/vote", "fr", "vote.title").await;
    type_into(&browser, "voter-code", &codes[2]).await;
    confirm_the_code_and_choose(&browser, "p1").await;
    while time::OffsetDateTime::now_utc() < closes {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    click(&browser, "#cast-ballot").await;
    wait_for_read_text(
        &browser,
        "#cast-failure",
        &translation("fr", "vote.failed_closed"),
    )
    .await;

    // The live figures count both ballots in Azilal.
    sign_in(&browser, &server, "fr", "admin.region", admin_password).await;
    wait_until(
        &browser,
        "return document.querySelector('.figure-table td')?.textContent === '2';",
        "two ballots in the live figures",
    )
    .await;

    // The outcome is previewed by the administrator while citizens still see nothing; publishing
    // it says how many ballots and makes it public.
    go_to(&browser, "/results", "fr", "console.results.title").await;
    wait_until(
        &browser,
        "return document.getElementById('preview-title') !== null;",
        "the preview",
    )
    .await;
    wait_for_read_text(
        &browser,
        "#preview-title",
        &translation("fr", "console.results.preview_title"),
    )
    .await;
    assert!(
        browser
            .text_of(".results-preview")
            .await
            .contains("Piste rurale")
    );
    click(&browser, "#publish-results").await;
    let said = browser.text_of("#publish-text").await;
    assert!(said.contains(" 2 "), "{said}");
    click(&browser, "#confirm-publish").await;
    wait_for_read_text(
        &browser,
        "#preview-title",
        &translation("fr", "console.results.public_title"),
    )
    .await;
    let downloads = browser
        .eval("return [...document.querySelectorAll('.downloads a')].map((a) => a.getAttribute('download'));")
        .await;
    assert_eq!(
        downloads,
        serde_json::json!(["ballots.pb", "ballots.csv", "results.csv"])
    );
    sign_out(&browser, "fr").await;
    browser
        .open_in(&server, "/results", "fr", "results.title")
        .await;
    wait_until(
        &browser,
        "return document.querySelector('main').textContent.includes('Piste rurale');",
        "the published outcome on the citizens' results page",
    )
    .await;
    sign_in(&browser, &server, "fr", "admin.region", admin_password).await;

    // The audit log lists every step with its author.
    go_to(&browser, "/audit", "fr", "console.audit.title").await;
    let log: Value = browser
        .eval(
            "return [...document.querySelectorAll('#audit-log tbody tr')]\
               .map((row) => [row.cells[1].textContent, row.cells[2].textContent]);",
        )
        .await;
    let entries: Vec<(String, String)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row[0].as_str().unwrap().to_owned(),
                row[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for (actor, action) in [
        ("command line", "account.create"),
        ("admin.region", "password.change"),
        ("admin.region", "account.create"),
        ("moderatrice.azilal", "password.change"),
        ("moderatrice.azilal", "proposal.publish"),
        ("moderatrice.azilal", "proposal.merge"),
        ("moderatrice.azilal", "proposal.reject"),
        ("moderatrice.azilal", "proposal.review"),
        ("admin.region", "projects.import"),
        ("admin.region", "projects.from_proposals"),
        ("admin.region", "voter_codes.create"),
        ("admin.region", "voter_codes.revoke"),
        ("admin.region", "phase.set"),
    ] {
        assert!(
            entries.iter().any(|(a, b)| a == actor && b == action),
            "{actor} {action} missing from {entries:?}"
        );
    }
}

/// The ballot's two projects, as a pabulib file.
const BALLOT_PB: &str = "META
key;value
description;Console e2e
country;Morocco
unit;Béni Mellal-Khénifra
instance;console
num_projects;2
num_votes;0
budget;100000000
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;name;province;sectors
p1;30000000;Piste rurale Tabant – Agouti;Azilal;roads_transport
p2;20000000;Dispensaire de Zaouiat Ahansal;Azilal;health
VOTES
voter_id;vote
";
