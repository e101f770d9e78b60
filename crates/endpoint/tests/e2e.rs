//! End-to-end: the endpoint binary serves the release build to a real headless Chromium.
mod accessibility;
mod budget_explorer;
mod citizen_flow;
mod closing_process;
mod console_flow;
mod e2e_support;
mod embedding;
mod home_page;
mod proposal_follow_up;
mod published_process;
mod results_page;
mod server_process;
mod voter_code_check;
mod workshop_flow;
mod workshops_console;

use e2e_support::{Browser, Server, copy_the_build, translation};
use fantoccini::Locator;
use serde_json::{Value, json};

/// Widest a page may be at a 360 px window without horizontal scrolling.
const PHONE_WIDTH: u32 = 360;

#[tokio::test]
async fn home_page_loads_in_french_with_the_shell() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open(&format!("{}/", server.url), "fr", "home.title")
        .await;
    assert_eq!(browser.html_attribute("lang").await.as_deref(), Some("fr"));
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("ltr"));
    assert_eq!(
        browser.text_of(".site-title__region").await,
        translation("fr", "region_name")
    );
    let title = browser.client.title().await.unwrap();
    assert!(title.contains(&translation("fr", "app_name")), "{title}");
}

#[tokio::test]
async fn while_the_app_downloads_the_page_shows_the_site_name_in_four_languages_then_the_app() {
    // A copy of the build whose wasm cannot be fetched: the page stays as index.html wrote it.
    let copy = tempfile::TempDir::new().unwrap();
    let dist = copy.path().join("dist");
    copy_the_build(&dist);
    for entry in std::fs::read_dir(&dist).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains(".wasm") {
            std::fs::remove_file(path).unwrap();
        }
    }
    let unstartable = Server::start_with_dist(&dist);
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .client
        .goto(&format!("{}/", unstartable.url))
        .await
        .unwrap();
    let shell = browser
        .eval(
            "return [...document.querySelectorAll('#app-loading p')].map((p) => \
             [p.lang, p.dir, p.querySelector('span').textContent, p.querySelector('strong').textContent]);",
        )
        .await;
    let expected: Vec<Value> = [
        ("fr", "ltr"),
        ("ar", "rtl"),
        ("zgh-Tfng", "ltr"),
        ("en", "ltr"),
    ]
    .into_iter()
    .map(|(language, dir)| {
        json!([
            language,
            dir,
            translation(language, "region_name"),
            translation(language, "app_name")
        ])
    })
    .collect();
    assert_eq!(shell, Value::Array(expected));
    let drawn = browser
        .eval(
            "const shell = document.getElementById('app-loading');\
             return [shell.getBoundingClientRect().height > 0, \
                     document.documentElement.scrollWidth <= window.innerWidth];",
        )
        .await;
    assert_eq!(
        drawn,
        json!([true, true]),
        "shown, and within a phone's width"
    );
    drop(unstartable);

    let server = Server::start();
    browser
        .open(&format!("{}/", server.url), "fr", "home.title")
        .await;
    let removed = browser
        .eval("return document.getElementById('app-loading') === null;")
        .await;
    assert_eq!(
        removed,
        Value::Bool(true),
        "the app removed the loading shell"
    );
}

#[tokio::test]
async fn the_process_status_is_fetched_once_by_the_page_preload_and_used_by_the_app() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser.open_in(&server, "/", "fr", "home.title").await;
    browser.text_of("#current-step").await;
    let fetched = browser
        .eval(
            "return performance.getEntriesByType('resource')\
               .filter((entry) => new URL(entry.name).pathname === '/api/process')\
               .map((entry) => entry.initiatorType);",
        )
        .await;
    assert_eq!(
        fetched,
        json!(["link"]),
        "one request, made by the preload in index.html (a second one means the app did not use it)"
    );
}

#[tokio::test]
async fn navigation_reaches_every_page_and_unknown_paths_show_the_404_page() {
    let server = Server::start();
    let browser = Browser::start(1024).await;
    browser
        .open(&format!("{}/", server.url), "fr", "home.title")
        .await;
    for page in ["budget", "projects", "propose", "vote", "results", "about"] {
        let link = browser
            .client
            .find(Locator::Css(&format!(".site-nav a[href='/{page}']")))
            .await
            .unwrap();
        assert_eq!(
            link.text().await.unwrap(),
            translation("fr", &format!("nav.{page}"))
        );
        link.click().await.unwrap();
        browser
            .wait_for_text("h1", &translation("fr", &format!("{page}.title")))
            .await;
        let url = browser.client.current_url().await.unwrap();
        assert_eq!(url.path(), format!("/{page}"));
        let current = browser
            .client
            .find(Locator::Css(".site-nav a[aria-current='page']"))
            .await
            .unwrap();
        assert_eq!(
            current.attr("href").await.unwrap().as_deref(),
            Some(&*format!("/{page}"))
        );
    }
    browser
        .open(
            &format!("{}/no/such/page", server.url),
            "fr",
            "not_found.title",
        )
        .await;
}

#[tokio::test]
async fn lang_parameter_renders_arabic_right_to_left_and_the_choice_survives_a_reload() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open_in(&server, "/budget", "ar", "budget.title")
        .await;
    assert_eq!(browser.html_attribute("lang").await.as_deref(), Some("ar"));
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("rtl"));
    // Mirrored layout: the site title sits at the right edge in RTL.
    let title_is_on_the_right = browser
        .eval(
            "const r = document.querySelector('.site-title').getBoundingClientRect();\
             return r.right > window.innerWidth - 40;",
        )
        .await;
    assert_eq!(title_is_on_the_right, Value::Bool(true));
    browser
        .open(&format!("{}/about", server.url), "ar", "about.title")
        .await;
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("rtl"));
}

#[tokio::test]
async fn switching_language_in_the_header_changes_every_text_and_fits_a_phone() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open(&format!("{}/", server.url), "fr", "home.title")
        .await;
    for (language, dir) in [
        ("zgh-Tfng", "ltr"),
        ("ar", "rtl"),
        ("en", "ltr"),
        ("fr", "ltr"),
    ] {
        let select = browser
            .client
            .find(Locator::Css("#language-select"))
            .await
            .unwrap();
        select.select_by_value(language).await.unwrap();
        browser
            .wait_for_text("h1", &translation(language, "home.title"))
            .await;
        assert_eq!(
            browser.html_attribute("lang").await.as_deref(),
            Some(language)
        );
        assert_eq!(browser.html_attribute("dir").await.as_deref(), Some(dir));
        assert_eq!(
            browser.text_of(".site-nav a[href='/vote']").await,
            translation(language, "nav.vote")
        );
        let overflow = browser
            .eval("return document.documentElement.scrollWidth - window.innerWidth;")
            .await;
        assert!(
            overflow.as_i64().unwrap() <= 0,
            "{language}: {overflow} px wider than 360 px"
        );
    }
}

#[tokio::test]
async fn controls_are_large_enough_to_touch_and_show_a_visible_focus_ring() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser.open_in(&server, "/", "ar", "home.title").await;
    browser.text_of("#current-step").await;
    let too_small = browser
        .eval(
            "return [...document.querySelectorAll('.site-title, .site-nav a, #language-select, .button')]\
               .map(e => [e.textContent.trim(), e.getBoundingClientRect()])\
               .filter(([, r]) => r.height < 44 || r.width < 44)\
               .map(([text, r]) => `${text}: ${r.width}x${r.height}`);",
        )
        .await;
    assert_eq!(too_small, Value::Array(vec![]), "controls under 44x44 px");
    let control_count = browser
        .eval("return document.querySelectorAll('.site-nav a, #language-select, .button').length;")
        .await;
    assert_eq!(control_count, Value::from(10));
    let outline = browser
        .eval(
            "const link = document.querySelector('.site-nav a'); link.focus();\
             const style = getComputedStyle(link);\
             return [document.activeElement === link, style.outlineStyle, parseFloat(style.outlineWidth)];",
        )
        .await;
    assert_eq!(outline[0], Value::Bool(true));
    assert_eq!(outline[1], "solid");
    assert!(outline[2].as_f64().unwrap() >= 2.0, "{outline}");
}

#[tokio::test]
async fn health_answers_through_the_same_server() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .client
        .goto(&format!("{}/api/health", server.url))
        .await
        .unwrap();
    let body = browser.eval("return document.body.innerText;").await;
    let health: Value = serde_json::from_str(body.as_str().unwrap()).unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(health["database"]["backend"], "sqlite");
    assert_eq!(health["database"]["status"], "ok");
}

#[tokio::test]
async fn a_published_proposal_with_markup_renders_as_inert_text() {
    let server = Server::start();
    let title = "<img src=x onerror=\"window.__xss=1\"> Eau";
    let description = "<script>window.__xss=2</script>\nDeux lignes <b>sans gras</b>.";
    let proposal = serde_json::json!({
        "title": title,
        "description": description,
        "province": "Azilal",
        "commune": "<svg onload=\"window.__xss=3\"></svg>Tabant",
        "sector": "water",
        "estimated_cost": 2_500_000,
        "contact": "secret@example.org"
    });
    let (status, body) = server.request(
        "POST",
        "/api/proposals",
        &[("Idempotency-Key", "e2e-proposal-key-0001")],
        &proposal.to_string(),
    );
    assert_eq!(status, 201, "{body}");
    let id = serde_json::from_str::<Value>(&body).unwrap()["id"]
        .as_i64()
        .unwrap();
    let bearer = format!("Bearer {}", e2e_support::ADMIN_TOKEN);
    let (status, body) = server.request(
        "POST",
        &format!("/api/admin/proposals/{id}/moderation"),
        &[("Authorization", &bearer)],
        r#"{"action":"publish"}"#,
    );
    assert_eq!(status, 200, "{body}");

    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open(&format!("{}/projects", server.url), "fr", "projects.title")
        .await;
    browser.wait_for_text(".proposal h3", title).await;
    let found = browser
        .eval(
            "const card = document.querySelector('.proposal');\
             return [card.querySelectorAll('img, script, b').length, window.__xss === undefined,\
                     card.querySelector('.proposal-description').textContent,\
                     card.querySelector('.proposal-cost').textContent,\
                     document.body.textContent.includes('secret@example.org')];",
        )
        .await;
    assert_eq!(
        found[0], 0,
        "no element was created from the proposal's text"
    );
    assert_eq!(found[1], true, "no script ran");
    assert_eq!(found[2], description);
    assert!(
        found[3]
            .as_str()
            .unwrap()
            .contains("2\u{202F}500\u{202F}000"),
        "{}",
        found[3]
    );
    assert_eq!(found[4], false, "the contact is never shown");
    // The administrator's project, on the list and on its page: text too.
    let programme = serde_json::json!({"projects": [{
        "id": "p1", "name": "<iframe src=javascript:window.__xss=4></iframe> Piste",
        "description": "<a href=\"javascript:window.__xss=5\">lien</a>",
        "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]
    }]});
    let (status, body) = server.request(
        "PUT",
        "/api/admin/projects",
        &[("Authorization", &bearer)],
        &programme.to_string(),
    );
    assert_eq!(status, 200, "{body}");
    for page in ["/projects", "/projects/p1"] {
        browser
            .client
            .goto(&format!("{}{page}", server.url))
            .await
            .unwrap();
        e2e_support::actions::wait_until(
            &browser,
            "const main = document.querySelector('main');\
             return !!main && main.textContent.includes('</iframe> Piste');",
            "the project's name as text",
        )
        .await;
        let inert = browser
            .eval(
                "return [document.querySelectorAll('main iframe, main svg[onload], main a[href^=\"javascript\"]').length,\
                         window.__xss === undefined];",
            )
            .await;
        assert_eq!(inert, serde_json::json!([0, true]), "{page}");
    }
}
