//! End-to-end tests of the offline app and workshop mode on a shared tablet: the real endpoint
//! and its SQLite file, a headless Chromium whose profile outlives a restart. The endpoint is
//! stopped to cut the network (every request then fails, as with the Wi-Fi off) and started
//! again at the same address to bring it back.
use crate::e2e_support::actions::{
    admin, as_read, choose_option, click, open_the_vote_with, receipt_code, set_phase, type_into,
    wait_for_read_text, wait_until,
};
use crate::e2e_support::{Browser, Server, copy_the_build, translation, workspace_root};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use sha2::{Digest, Sha384};
use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

/// A tablet held upright.
const TABLET_WIDTH: u32 = 800;
/// Participants in the workshop.
const PARTICIPANTS: usize = 30;
/// The shortest inactivity delay a facilitator may choose, so the test waits little.
const RESET_AFTER_SECS: u64 = 30;

/// Puts three projects on the ballot, opens the vote, and returns `count` voter codes.
fn open_the_vote(server: &Server, count: usize) -> Vec<String> {
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]},
        {"id": "p3", "name": "Eau potable à Aghbala", "cost": 50_000_000, "province": "Béni Mellal", "sectors": ["water"]}
    ]});
    open_the_vote_with(server, projects, count)
}

/// A workshop token issued by the administrator.
fn workshop_token(server: &Server) -> String {
    let (status, body) = admin(
        server,
        "POST",
        "/api/admin/workshops",
        json!({"label": "Atelier jeunesse Azilal"}),
    );
    assert_eq!(status, 201, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Ballots the endpoint has counted.
fn counted_ballots(server: &Server) -> u64 {
    let (status, body) = admin(server, "GET", "/api/admin/counts", Value::Null);
    assert_eq!(status, 200, "{body}");
    let counts: Value = serde_json::from_str(&body).unwrap();
    counts["ballots_by_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| day["count"].as_u64().unwrap())
        .sum()
}

/// Waits until the service worker controls the page (the app is then kept for offline use).
async fn wait_for_service_worker(browser: &Browser) {
    wait_until(
        browser,
        "return navigator.serviceWorker.controller !== null;",
        "the service worker to control the page",
    )
    .await;
}

/// Opens the workshop page and the session with `token`.
async fn open_session(browser: &Browser, server: &Server, token: &str) {
    browser
        .open_in(server, "/workshop", "fr", "workshop.title")
        .await;
    type_into(browser, "workshop-token", token).await;
    type_into(browser, "workshop-name", "Atelier du samedi").await;
    type_into(browser, "workshop-location", "Maison des jeunes, Azilal").await;
    type_into(browser, "workshop-delay", &RESET_AFTER_SECS.to_string()).await;
    click(browser, "#open-session").await;
    wait_for_read_text(
        browser,
        "#kiosk-title",
        &translation("fr", "workshop.welcome"),
    )
    .await;
}

/// One participant votes for one or two projects with `code`; returns the receipt shown and the
/// moment just before the last touch (the inactivity timer counts from that touch). Like a
/// person, the test looks at each step (its heading has the focus) before touching it.
async fn vote_as_a_participant(
    browser: &Browser,
    code: &str,
    projects: &[&str],
) -> (String, Instant) {
    click(browser, "#kiosk-vote").await;
    type_into(browser, "voter-code", code).await;
    click(browser, ".booth-step button[type='submit']").await;
    see_step(browser, "vote.choose_title").await;
    for project in projects {
        click(browser, &format!("#choice-{project}")).await;
    }
    click(browser, "#go-review").await;
    see_step(browser, "vote.review_title").await;
    let last_touch = Instant::now();
    click(browser, "#cast-ballot").await;
    see_step(browser, "vote.receipt_title").await;
    wait_for_read_text(
        browser,
        "#ballot-queued",
        &translation("fr", "vote.receipt_queued"),
    )
    .await;
    (receipt_code(browser).await, last_touch)
}

/// Waits until the booth shows the step titled `title_key` with the focus on its heading.
async fn see_step(browser: &Browser, title_key: &str) {
    wait_for_read_text(browser, "#step-title", &translation("fr", title_key)).await;
    wait_until(
        browser,
        "return document.activeElement && document.activeElement.id === 'step-title';",
        "the focus on the step's heading",
    )
    .await;
}

/// Hands the tablet to the next participant and waits for the start screen.
async fn done(browser: &Browser) {
    click(browser, "#kiosk-done").await;
    wait_for_start(browser).await;
}

async fn wait_for_start(browser: &Browser) {
    wait_for_read_text(
        browser,
        "#kiosk-title",
        &translation("fr", "workshop.welcome"),
    )
    .await;
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css("#kiosk-vote, #kiosk-propose"))
        .await
        .unwrap();
}

/// Everything a later participant could find of an earlier one: the page's text and field
/// values, both storages, the outbox's readable labels, its sealed bytes read as text, and the
/// session history length.
async fn traces(browser: &Browser) -> Value {
    browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const fields = [...document.querySelectorAll('input, textarea, select')].map(f => f.value).join('|');
             const stored = (s) => Object.keys(s).map(k => k + '=' + s.getItem(k)).join('|');
             const open = indexedDB.open('bmk');
             open.onsuccess = () => {
               const all = open.result.transaction('outbox').objectStore('outbox').getAll();
               all.onsuccess = () => done({
                 text: document.body.innerText, fields,
                 local: stored(localStorage), session: stored(sessionStorage),
                 outbox: all.result.map(e => e.label).join('|'),
                 sealed: all.result.map(e => new TextDecoder().decode(e.sealed)).join('|'),
                 history: history.length,
               });
             };",
            vec![],
        )
        .await
        .unwrap()
}

/// The facilitator's view, unlocked with the token; returns (ballots, waiting in the session).
async fn facilitator_counts(browser: &Browser, token: &str) -> (String, String) {
    click(browser, "#kiosk-facilitator").await;
    type_into(browser, "facilitator-token", token).await;
    click(browser, "#facilitator-unlock").await;
    wait_for_read_text(
        browser,
        "#offline-readiness",
        &translation("fr", "workshop.offline_ready"),
    )
    .await;
    let ballots = browser.text_of("#session-ballots").await;
    let waiting = browser.text_of("#session-waiting").await;
    (ballots, waiting)
}

#[tokio::test]
async fn a_workshop_of_thirty_votes_with_the_wifi_off_and_every_ballot_arrives_once() {
    let started = Instant::now();
    let mut server = Server::start();
    let codes = open_the_vote(&server, PARTICIPANTS);
    let token = workshop_token(&server);
    let profile = tempfile::TempDir::new().unwrap();
    let mut browser = Browser::start_in_profile(TABLET_WIDTH, profile.path()).await;
    open_session(&browser, &server, &token).await;
    wait_for_service_worker(&browser).await;
    let history_at_start = traces(&browser).await["history"].clone();

    server.stop();
    let mut receipts = Vec::new();
    let choices: [&[&str]; 3] = [&["p1"], &["p2", "p3"], &["p1", "p2"]];
    for (participant, code) in codes.iter().enumerate() {
        let chosen = choices[participant % choices.len()];
        let (receipt, last_touch) = vote_as_a_participant(&browser, code, chosen).await;
        receipts.push(receipt);
        if participant == 0 {
            // The first participant walks away: the screen resets by itself, not before the
            // delay has passed since the last touch.
            tokio::time::sleep(Duration::from_secs(RESET_AFTER_SECS - 2)).await;
            wait_for_start(&browser).await;
            let waited = last_touch.elapsed();
            assert!(
                waited >= Duration::from_secs(RESET_AFTER_SECS - 1),
                "reset after {waited:?}"
            );
            let left = traces(&browser).await;
            let everything = left.to_string().to_uppercase();
            let code_symbols = code.replace('-', "");
            for secret in [
                code.as_str(),
                code_symbols.as_str(),
                &receipts[0].to_uppercase(),
            ] {
                assert!(!everything.contains(secret), "{secret} left behind: {left}");
            }
            for project in ["Piste rurale", "\"p1\"", "p1"] {
                for readable in ["text", "outbox", "session"] {
                    assert!(
                        !left[readable].as_str().unwrap().contains(project),
                        "{project} in {readable}: {left}"
                    );
                }
            }
            // The sealed bytes are random-looking: any two letters, such as p1, turn up in them
            // in about one run in 300, so only the ballot's JSON spellings are looked for.
            for plain in ["Piste rurale", "\"p1\"", "[\"p1"] {
                assert!(
                    !left["sealed"].as_str().unwrap().contains(plain),
                    "{plain} in the sealed outbox: {left}"
                );
            }
            assert_eq!(
                left["history"], history_at_start,
                "no history entry per participant"
            );
            continue;
        }
        if participant == 10 {
            // A reload with the network still off.
            browser.client.refresh().await.unwrap();
            wait_for_start(&browser).await;
            continue;
        }
        if participant == 20 {
            // The tablet restarts: the browser is closed and opened again on the same profile.
            browser.quit().await;
            browser = Browser::start_in_profile(TABLET_WIDTH, profile.path()).await;
            browser
                .client
                .goto(&format!("{}/workshop?lang=fr", server.url))
                .await
                .unwrap();
            wait_for_start(&browser).await;
            continue;
        }
        done(&browser).await;
    }
    let offline_voting = started.elapsed();

    // One more participant types a code already used today: it can only be refused later.
    let (reused, _) = vote_as_a_participant(&browser, &codes[3], &["p3"]).await;
    done(&browser).await;

    // Another page, typed in the address bar, leads back to the workshop loop.
    browser
        .client
        .goto(&format!("{}/budget?lang=fr", server.url))
        .await
        .unwrap();
    wait_for_start(&browser).await;
    let path = browser.eval("return location.pathname;").await;
    assert_eq!(path, "/workshop");

    let (ballots, waiting) = facilitator_counts(&browser, &token).await;
    assert_eq!(ballots, (PARTICIPANTS + 1).to_string());
    assert_eq!(waiting, (PARTICIPANTS + 1).to_string());

    server.restart_with_dist(&workspace_root().join("dist"));
    let back_online = Instant::now();
    click(&browser, "#sync-now").await;
    wait_for_read_text(&browser, "#session-waiting", "0").await;
    let synced_in = back_online.elapsed();
    assert_eq!(counted_ballots(&server), PARTICIPANTS as u64);
    let refusal = browser.text_of(".facilitator .outbox-refused li").await;
    assert!(
        refusal.contains(&as_read(&translation("fr", "vote.failed_code_used"))),
        "{refusal}"
    );

    // Sending again changes nothing: each ballot was counted exactly once.
    click(&browser, "#sync-now").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(counted_ballots(&server), PARTICIPANTS as u64);

    // The facilitator ends the session: the tablet shows the setup form again.
    click(&browser, "#end-session").await;
    click(&browser, "#end-session-confirm").await;
    browser
        .wait_for_text("h1", &translation("fr", "workshop.title"))
        .await;

    // Every page opens without the network once the app was visited.
    server.stop();
    for (path, heading) in [("/budget", "budget.title"), ("/projects", "projects.title")] {
        browser.open_in(&server, path, "fr", heading).await;
    }
    server.restart_with_dist(&workspace_root().join("dist"));

    // The receipts shown offline are those the endpoint published.
    set_phase(&server, "results");
    let (status, published) = server.request("GET", "/api/ballots", &[], "");
    assert_eq!(status, 200, "{published}");
    let published: BTreeSet<String> = serde_json::from_str::<Vec<Value>>(&published)
        .unwrap()
        .iter()
        .map(|ballot| ballot["receipt"].as_str().unwrap().to_owned())
        .collect();
    let shown: BTreeSet<String> = receipts.iter().cloned().collect();
    assert_eq!(published, shown);
    assert!(!published.contains(&reused));
    println!(
        "workshop: {PARTICIPANTS} participants voted offline in {:.1} s (one reload, one browser restart, \
         one {RESET_AFTER_SECS} s inactivity reset); {} ballots arrived {:.1} s after the network came back",
        offline_voting.as_secs_f64(),
        published.len(),
        synced_in.as_secs_f64()
    );
}

#[tokio::test]
async fn a_proposal_made_offline_in_a_workshop_is_sent_once_the_network_is_back() {
    let mut server = Server::start();
    let token = workshop_token(&server);
    let browser = Browser::start(TABLET_WIDTH).await;
    open_session(&browser, &server, &token).await;
    wait_for_service_worker(&browser).await;
    server.stop();
    click(&browser, "#kiosk-propose").await;
    type_into(&browser, "proposal-title", "Salle de lecture à Tabant").await;
    type_into(
        &browser,
        "proposal-description",
        "Une salle ouverte aux jeunes le soir, avec des livres en arabe, en amazighe et en français.",
    )
    .await;
    choose_option(&browser, "proposal-province", "Azilal").await;
    type_into(&browser, "proposal-commune", "Tabant").await;
    choose_option(&browser, "proposal-sector", "education").await;
    type_into(&browser, "proposal-cost", "900 000").await;
    click(&browser, ".proposal-form button[type='submit']").await;
    wait_for_read_text(
        &browser,
        ".confirmation h2",
        &translation("fr", "propose.queued_title"),
    )
    .await;
    done(&browser).await;
    let left = traces(&browser).await;
    assert!(!left.to_string().contains("Tabant"), "{left}");
    click(&browser, "#kiosk-facilitator").await;
    type_into(&browser, "facilitator-token", &token).await;
    click(&browser, "#facilitator-unlock").await;
    wait_for_read_text(&browser, "#session-proposals", "1").await;
    wait_for_read_text(&browser, "#session-waiting", "1").await;

    server.restart_with_dist(&workspace_root().join("dist"));
    click(&browser, "#sync-now").await;
    wait_for_read_text(&browser, "#session-waiting", "0").await;
    let (status, body) = admin(&server, "GET", "/api/admin/proposals", Value::Null);
    assert_eq!(status, 200, "{body}");
    let stored: Vec<Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0]["title"], "Salle de lecture à Tabant");
    assert_eq!(stored[0]["commune"], "Tabant");
}

/// A copy of the release build with one changed file and its own service worker, as a new
/// release would be: the style sheet gets new content, so, as Trunk names it, a new hashed name,
/// which the page links with the new content's integrity hash.
fn new_release(into: &Path) -> String {
    let dist = workspace_root().join("dist");
    copy_the_build(into);
    let css = std::fs::read_dir(into)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "css"))
        .unwrap();
    let old_name = css.file_name().unwrap().to_str().unwrap().to_owned();
    let new_name = "main-0b0b0b0b0b0b0b0b.css";
    assert_ne!(old_name, new_name);
    let mut text = std::fs::read_to_string(&css).unwrap();
    text.push_str("\n/* release B */\n");
    for stale in [
        old_name.clone(),
        format!("{old_name}.br"),
        format!("{old_name}.gz"),
    ] {
        std::fs::remove_file(into.join(stale)).unwrap();
    }
    std::fs::write(into.join(new_name), &text).unwrap();
    let page = std::fs::read_to_string(into.join("index.html")).unwrap();
    let integrity = |content: &str| {
        format!(
            "sha384-{}",
            STANDARD.encode(Sha384::digest(content.as_bytes()))
        )
    };
    let old_text = std::fs::read_to_string(dist.join(&old_name)).unwrap();
    assert!(
        page.contains(&integrity(&old_text)),
        "the page pins the style sheet's hash"
    );
    let page = page
        .replace(&old_name, new_name)
        .replace(&integrity(&old_text), &integrity(&text));
    std::fs::write(into.join("index.html"), page).unwrap();
    let status = std::process::Command::new("sh")
        .arg(workspace_root().join("scripts/service-worker.sh"))
        .arg(into)
        .status()
        .unwrap();
    assert!(status.success());
    service_worker_version(into)
}

/// The version written in a build's `sw.js`.
fn service_worker_version(dist: &Path) -> String {
    let script = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    let start = script.find("const VERSION = \"").unwrap() + "const VERSION = \"".len();
    script[start..start + 16].to_owned()
}

/// The names of the caches the page's origin holds.
async fn cache_names(browser: &Browser) -> Vec<String> {
    let names = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; caches.keys().then(done);",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(names).unwrap()
}

#[tokio::test]
async fn a_new_release_replaces_the_kept_app_and_the_pages_still_open_offline() {
    let mut server = Server::start();
    let browser = Browser::start(TABLET_WIDTH).await;
    browser
        .open_in(&server, "/budget", "fr", "budget.title")
        .await;
    wait_for_service_worker(&browser).await;
    let first = service_worker_version(&workspace_root().join("dist"));
    assert_eq!(
        cache_names(&browser)
            .await
            .iter()
            .filter(|n| n.starts_with("bmk-shell-"))
            .collect::<Vec<_>>(),
        [&format!("bmk-shell-{first}")]
    );

    let release = tempfile::TempDir::new().unwrap();
    let release_dir = release.path().join("dist");
    let second = new_release(&release_dir);
    assert_ne!(first, second);
    server.restart_with_dist(&release_dir);
    browser.client.refresh().await.unwrap();
    browser
        .wait_for_text("h1", &translation("fr", "budget.title"))
        .await;
    let expected = vec![format!("bmk-shell-{second}")];
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let shells: Vec<String> = cache_names(&browser)
            .await
            .into_iter()
            .filter(|name| name.starts_with("bmk-shell-"))
            .collect();
        if shells == expected {
            break;
        }
        assert!(Instant::now() < deadline, "caches: {shells:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Offline, the pages open from the new release.
    server.stop();
    browser.client.refresh().await.unwrap();
    browser
        .wait_for_text("h1", &translation("fr", "budget.title"))
        .await;
    let css = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const link = document.querySelector('link[rel=stylesheet]');
             fetch(link.href).then(r => r.text()).then(done, e => done('failed: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        css.as_str().unwrap().contains("release B"),
        "the old release's styles are served"
    );
    browser
        .open_in(&server, "/propose", "fr", "propose.title")
        .await;
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Id("proposal-title"))
        .await
        .expect("the proposal form offline");
    browser
        .open_in(&server, "/projects", "fr", "projects.title")
        .await;
}
