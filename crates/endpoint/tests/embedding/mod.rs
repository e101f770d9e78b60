//! Embedding: a region's page on another origin embeds the explorer and the projects with the
//! snippet's link and `embed.js`; a page on an origin that is not allowed is refused; and the
//! app built for a sub-path works under it, with the endpoint and on a static host without one.
use crate::e2e_support::actions::{
    admin, choose_option, click, open_the_vote_with, type_into, wait_until,
};
use crate::e2e_support::static_site::StaticSite;
use crate::e2e_support::{Browser, Server, translation, workspace_root};
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};
use std::time::Duration;

/// The sub-path the second release build is made for (`--public-url /budget-citoyen/`).
const SUB_PATH: &str = "/budget-citoyen";

/// A host page in Arabic, right to left, that records the height messages it receives.
fn host_page(app: &str, embeds: &str) -> String {
    format!(
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>Région</title>\
         <script>window.heights = []; addEventListener('message', (e) => {{\
           if (e.data && e.data.type === 'bmk-embed:height')\
             heights.push({{origin: e.origin, height: e.data.height, path: e.data.path,\
               frame: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source)}});\
         }});</script></head><body style=\"margin:0\"><h1>موقع الجهة</h1>{embeds}\
         <script src=\"{app}/embed.js\" async></script></body></html>"
    )
}

/// The last height frame `index` reported, its path, and the iframe's height on the host page.
async fn last_report(browser: &Browser, index: usize) -> (f64, String, f64) {
    let found = browser
        .eval(&format!(
            "const mine = heights.filter((h) => h.frame === {index});\
             const last = mine[mine.length - 1];\
             return [last.height, last.path, document.querySelectorAll('iframe')[{index}].getBoundingClientRect().height];"
        ))
        .await;
    (
        found[0].as_f64().unwrap(),
        found[1].as_str().unwrap().to_owned(),
        found[2].as_f64().unwrap(),
    )
}

/// The endpoint serving the release build, with `origin` allowed to embed it.
fn app_allowing(origin: &str) -> Server {
    Server::start_with_options(
        &workspace_root().join("dist"),
        &["--allowed-origins", origin],
    )
}

/// Opens the host page and waits until `embed.js` made its `count` iframes.
async fn open_host_page(browser: &Browser, host: &StaticSite, count: usize) {
    browser
        .client
        .goto(&format!("{}/", host.url))
        .await
        .unwrap();
    wait_until(
        browser,
        &format!("return document.querySelectorAll('iframe.bmk-embed').length === {count};"),
        "the iframes made by embed.js",
    )
    .await;
}

/// Waits until no height message arrived for a second.
async fn wait_for_quiet(browser: &Browser) {
    let mut seen = Value::Null;
    loop {
        let count = browser.eval("return heights.length;").await;
        if count == seen {
            return;
        }
        seen = count;
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[tokio::test]
async fn a_page_on_an_allowed_origin_embeds_the_app_which_sizes_itself_and_honours_lang_and_theme()
{
    let host = StaticSite::host_page();
    let server = app_allowing(&format!("{}/", host.url));
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "p2", "name": "Centre de santé de Zaouïat Cheikh", "cost": 30_000_000, "province": "Béni Mellal", "sectors": ["health"]}
    ]});
    let (status, body) = admin(&server, "PUT", "/api/admin/projects", projects);
    assert_eq!(status, 200, "{body}");
    let app = &server.url;
    host.show(host_page(
        app,
        &format!(
            "<a data-bmk-embed href=\"{app}/budget?lang=ar&province=azilal&brand=%231d3f8a&font=serif\">الميزانية</a>\
             <p>بين الإطارين</p>\
             <a data-bmk-embed href=\"{app}/projects?lang=fr&theme=high-contrast\">Projets de la Région</a>"
        ),
    ));
    let browser = Browser::start(800).await;
    open_host_page(&browser, &host, 2).await;
    let titles = browser
        .eval("return [...document.querySelectorAll('iframe')].map((f) => f.title);")
        .await;
    assert_eq!(titles, json!(["الميزانية", "Projets de la Région"]));

    // Both frames report their height and are sized to it once loaded (taller than the
    // loading notice): no inner scroll bar, no 600 px box.
    for (index, loaded_above) in [(0, 1000), (1, 300)] {
        wait_until(
            &browser,
            &format!(
                "const mine = heights.filter((h) => h.frame === {index});\
                 const last = mine[mine.length - 1];\
                 return !!last && last.height > {loaded_above} && Math.abs(last.height -\
                   document.querySelectorAll('iframe')[{index}].getBoundingClientRect().height) < 1;"
            ),
            "the iframe to take the loaded page's height",
        )
        .await;
    }
    let origins = browser
        .eval("return [...new Set(heights.map((h) => h.origin))];")
        .await;
    assert_eq!(origins, json!([app]), "every message comes from the app");
    let (budget_height, budget_path, _) = last_report(&browser, 0).await;
    assert_eq!(budget_path, "/budget");
    assert!(
        budget_height > 1000.0,
        "the explorer is {budget_height} px tall"
    );

    // Inside the first frame: Arabic, right to left, no site chrome, the province deep link and
    // the host's brand colour and font.
    browser.client.enter_frame(0).await.unwrap();
    wait_until(
        &browser,
        "return !!document.querySelector('#share-province');",
        "the explorer inside the frame",
    )
    .await;
    let inside = browser
        .eval(
            "const style = getComputedStyle(document.documentElement);\
             return [document.documentElement.lang, document.documentElement.dir,\
                     document.querySelectorAll('.site-header, .site-nav, .site-footer, #language-select').length,\
                     document.querySelector('h1').textContent,\
                     document.querySelector('#share-province').value,\
                     style.getPropertyValue('--color-brand').trim(),\
                     getComputedStyle(document.body).fontFamily.split(',')[0].trim(),\
                     document.documentElement.scrollHeight - window.innerHeight];",
        )
        .await;
    assert_eq!(inside[0], "ar");
    assert_eq!(inside[1], "rtl");
    assert_eq!(
        inside[2], 0,
        "header, navigation, footer and switcher are hidden"
    );
    assert_eq!(inside[3], translation("ar", "budget.title"));
    assert_eq!(inside[4], "azilal", "the embed opened on the province");
    assert_eq!(inside[5], "#1d3f8a");
    assert_eq!(inside[6], "serif");
    assert!(
        inside[7].as_f64().unwrap() <= 1.0,
        "the frame scrolls by {}",
        inside[7]
    );
    browser.client.enter_parent_frame().await.unwrap();
    let host_dir = browser
        .eval("return [document.dir, document.querySelectorAll('iframe')[0].getBoundingClientRect().width, innerWidth];")
        .await;
    assert_eq!(host_dir[0], "rtl");
    assert!(
        host_dir[1].as_f64().unwrap() >= host_dir[2].as_f64().unwrap() - 20.0,
        "the iframe spans the RTL host page: {host_dir}"
    );

    // The second frame, in French: moving to a project's page there resizes the iframe. (Once
    // the frames stopped resizing, so the link does not move under the click.)
    wait_for_quiet(&browser).await;
    let (list_height, list_path, _) = last_report(&browser, 1).await;
    assert_eq!(list_path, "/projects");
    browser.client.enter_frame(1).await.unwrap();
    // French, and the colours of the published theme file `themes/high-contrast.json`.
    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "fr"
    );
    wait_until(
        &browser,
        "return getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim() === '#00429d'\
           && getComputedStyle(document.body).color === 'rgb(0, 0, 0)';",
        "the theme file's colours",
    )
    .await;
    // Followed with the keyboard: ChromeDriver's pointer clicks miss inside a cross-origin
    // frame under device emulation.
    browser
        .client
        .find(Locator::Css("a[href='/projects/p1']"))
        .await
        .unwrap()
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    browser
        .wait_for_text("h1", "Piste rurale Tabant – Agouti")
        .await;
    let detail_in_frame = browser
        .eval("return Math.ceil(document.body.getBoundingClientRect().height);")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    wait_until(
        &browser,
        &format!(
            "const mine = heights.filter((h) => h.frame === 1);\
             const last = mine[mine.length - 1];\
             return last.path === '/projects/p1' && last.height === {detail_in_frame} && Math.abs(last.height -\
               document.querySelectorAll('iframe')[1].getBoundingClientRect().height) < 1;"
        ),
        "the iframe to follow the project page's height",
    )
    .await;
    let (detail_height, _, frame_height) = last_report(&browser, 1).await;
    assert!(
        (detail_height - list_height).abs() > 20.0,
        "list {list_height} px, project page {detail_height} px"
    );
    println!(
        "embedding: explorer {budget_height} px, projects {list_height} px, project page {detail_height} px \
         (iframe {frame_height} px)"
    );
}

#[tokio::test]
async fn a_page_on_an_origin_that_is_not_allowed_is_refused_by_frame_ancestors() {
    let allowed = StaticSite::host_page();
    let other = StaticSite::host_page();
    let server = app_allowing(&allowed.url);
    let app = &server.url;
    other.show(host_page(
        app,
        &format!("<a data-bmk-embed href=\"{app}/budget?lang=fr\">Budget</a>"),
    ));
    let browser = Browser::start(800).await;
    open_host_page(&browser, &other, 1).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    let host = browser
        .eval("return [heights.length, document.querySelector('iframe').style.height];")
        .await;
    assert_eq!(host, json!([0, "600px"]), "no message, no resize");
    browser.client.enter_frame(0).await.unwrap();
    let inside = browser
        .eval("return [!!document.getElementById('main'), location.href];")
        .await;
    assert_eq!(
        inside[0], false,
        "the app did not load in the frame: {inside}"
    );
}

/// The sub-path build, made by `make test` before the end-to-end tests.
fn sub_path_dist() -> std::path::PathBuf {
    let dist = workspace_root().join("dist-subpath");
    assert!(
        dist.join("index.html").is_file(),
        "run `trunk build --release --offline --public-url {SUB_PATH}/ --dist dist-subpath` first"
    );
    dist
}

#[tokio::test]
async fn the_app_built_for_a_sub_path_works_under_it_with_the_endpoint() {
    let server = Server::start_with_options(&sub_path_dist(), &["--base-path", SUB_PATH]);
    let origin = server.url.trim_end_matches(SUB_PATH).to_owned();
    let browser = Browser::start(1024).await;
    browser
        .open(&format!("{origin}{SUB_PATH}/"), "fr", "home.title")
        .await;
    let links = browser
        .eval("return [...document.querySelectorAll('.site-nav a')].map((a) => a.getAttribute('href'));")
        .await;
    assert_eq!(
        links,
        json!(
            ["budget", "projects", "propose", "vote", "results", "about"]
                .iter()
                .map(|page| format!("{SUB_PATH}/{page}"))
                .collect::<Vec<_>>()
        )
    );
    click(&browser, &format!(".site-nav a[href='{SUB_PATH}/budget']")).await;
    browser
        .wait_for_text("h1", &translation("fr", "budget.title"))
        .await;
    browser.text_of("#share-amount").await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), format!("{SUB_PATH}/budget"));
    // The API answers under the sub-path too: the proposal form is open in this phase.
    click(&browser, &format!(".site-nav a[href='{SUB_PATH}/propose']")).await;
    browser.text_of("#proposal-title-help").await;
    let scope = browser
        .client
        .execute_async(
            "const done = arguments[0]; navigator.serviceWorker.ready.then((r) => done(r.scope));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(scope, Value::from(format!("{origin}{SUB_PATH}/")));
    browser
        .open(
            &format!("{origin}{SUB_PATH}/no/such/page"),
            "fr",
            "not_found.title",
        )
        .await;
}

#[tokio::test]
async fn on_a_static_host_without_an_endpoint_the_explorer_works_and_voting_says_it_is_not_here() {
    let site = StaticSite::app_without_endpoint(&sub_path_dist(), SUB_PATH);
    let browser = Browser::start(1024).await;
    browser
        .open(
            &format!("{}{SUB_PATH}/budget", site.url),
            "fr",
            "budget.title",
        )
        .await;
    browser.text_of("#share-amount").await;
    for (page, key) in [
        ("vote", "phase_info.not_available_here"),
        ("propose", "phase_info.not_available_here"),
        ("projects", "projects.not_available_here"),
    ] {
        click(&browser, &format!(".site-nav a[href='{SUB_PATH}/{page}']")).await;
        browser
            .wait_for_text("#not-available", &translation("fr", key))
            .await;
    }
}

#[tokio::test]
async fn a_web_editor_makes_the_ballot_snippet_on_embed_help_and_it_works_on_the_region_site() {
    let host = StaticSite::host_page();
    let server = app_allowing(&host.url);
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]}
    ]});
    open_the_vote_with(&server, projects, 1);
    let app = &server.url;
    let browser = Browser::start(1024).await;
    browser
        .open(&format!("{app}/embed-help"), "fr", "embed_help.title")
        .await;
    choose_option(&browser, "embed-view", "vote").await;
    choose_option(&browser, "embed-language", "ar").await;
    click(&browser, "#embed-switcher").await;
    click(&browser, "#embed-own-colours").await;
    let set_brand = |colour: &str| {
        format!(
            "const input = document.getElementById('embed-brand'); input.value = '{colour}';\
             input.dispatchEvent(new Event('change', {{bubbles: true}})); return true;"
        )
    };
    // A yellow too pale to read on the page's background is refused with its contrast
    // (1.09:1), and left out.
    browser.eval(&set_brand("#ffeb3b")).await;
    let problem = browser.text_of("#embed-problems li").await;
    assert!(
        problem.starts_with(&translation("fr", "embed_help.brand")) && problem.contains("(1,1:1"),
        "{problem}"
    );
    let snippet = browser
        .eval("return document.getElementById('embed-snippet').value;")
        .await;
    assert!(!snippet.as_str().unwrap().contains("brand="), "{snippet}");
    browser.eval(&set_brand("#1d3f8a")).await;
    wait_until(
        &browser,
        "return document.querySelectorAll('#embed-problems li').length === 0;",
        "the problem to go",
    )
    .await;

    // The editor's site is allowed; another is not.
    type_into(&browser, "embed-site", &host.url).await;
    browser
        .wait_for_text(
            "#embed-site-verdict",
            &translation("fr", "embed_help.site_allowed").replace("{{ origin }}", &host.url),
        )
        .await;
    type_into(&browser, "embed-site", "https://autre.example.ma/").await;
    browser
        .wait_for_text(
            "#embed-site-verdict",
            &translation("fr", "embed_help.site_refused")
                .replace("{{ origin }}", "https://autre.example.ma"),
        )
        .await;

    let title = format!(
        "{} — {}",
        translation("ar", "nav.vote"),
        translation("ar", "app_name")
    );
    let snippet = browser
        .eval("return document.getElementById('embed-snippet').value;")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        snippet,
        format!(
            "<a data-bmk-embed href=\"{app}/vote?lang=ar&amp;switcher=1&amp;brand=%231d3f8a\
             &amp;text=%231b1f1d&amp;background=%23f5f4ef\">{title}</a>\n\
             <script src=\"{app}/embed.js\" async></script>"
        )
    );
    // The live preview is that snippet at work: an iframe sized to the booth.
    wait_until(
        &browser,
        "const frame = document.querySelector('#embed-preview iframe');\
         return !!frame && frame.src.includes('embed=1') && frame.style.height !== '600px';",
        "the preview's iframe to size itself",
    )
    .await;

    // Pasted into the region's page, the same snippet shows the ballot there.
    host.show(format!(
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>الجهة</title></head>\
         <body><h1>موقع الجهة</h1>{snippet}</body></html>"
    ));
    open_host_page(&browser, &host, 1).await;
    wait_until(
        &browser,
        "const frame = document.querySelector('iframe.bmk-embed');\
         return !!frame && frame.style.height !== '600px';",
        "the ballot's iframe on the region's page to size itself",
    )
    .await;
    browser.client.enter_frame(0).await.unwrap();
    browser.text_of("#voter-code-help").await;
    let inside = browser
        .eval(
            "return [document.documentElement.lang, !!document.getElementById('language-select'),\
                     getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim(),\
                     document.querySelectorAll('.site-header, .site-footer').length];",
        )
        .await;
    assert_eq!(inside, json!(["ar", true, "#1d3f8a", 0]));
}
