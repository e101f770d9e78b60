//! End-to-end tests of the budget explorer (`/budget`): the release build served by the endpoint
//! binary, driven in a headless Chromium, checked against totals computed from the published
//! package by pb-core.
use crate::e2e_support::actions::wait_until;
use crate::e2e_support::{Browser, Server, copy_the_build, translation, workspace_root};
use fantoccini::Locator;
use pb_core::fiscal::{Dataset, Magnitude, NumberStyle, per_inhabitant, read_descriptor};
use serde_json::Value;
use std::time::{Duration, Instant};

mod layout;

const PHONE_WIDTH: u32 = 360;

/// The package as published in `public/data/bmk/`.
fn published_package() -> Dataset {
    let directory = workspace_root().join("public/data/bmk");
    let read = |name: &str| std::fs::read_to_string(directory.join(name)).unwrap();
    let descriptor = read_descriptor("datapackage.json", &read("datapackage.json")).unwrap();
    let files: Vec<(String, String)> = descriptor
        .resources
        .iter()
        .map(|resource| (resource.path.clone(), read(&resource.path)))
        .collect();
    Dataset::from_files(descriptor, &files).unwrap()
}

/// An amount as the English interface writes it, unbroken, e.g. `77.44\u{a0}million\u{a0}MAD`.
fn english_amount(centimes: i64) -> String {
    let compact = NumberStyle::for_language("en").compact(centimes);
    let unit = match compact.magnitude {
        Magnitude::Units => "unit_units",
        Magnitude::Millions => "unit_millions",
        Magnitude::Billions => "unit_billions",
    };
    format!(
        "{} {}",
        compact.number,
        translation("en", &format!("budget.{unit}"))
    )
    .replace(' ', "\u{a0}")
}

/// Text as WebDriver reads it from the page: no-break spaces become spaces.
fn as_read(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

/// Opens the explorer in `language` and waits for the treemap.
async fn open_explorer(browser: &Browser, server: &Server, language: &str) {
    browser
        .open_in(server, "/budget", language, "budget.title")
        .await;
    browser.text_of(".treemap .tile").await;
}

/// `data-key` of every treemap tile, in page order.
async fn tile_keys(browser: &Browser) -> Vec<String> {
    let value = browser
        .eval("return [...document.querySelectorAll('.treemap .tile')].map(t => t.dataset.key);")
        .await;
    serde_json::from_value(value).unwrap()
}

/// Waits until the treemap shows exactly `count` tiles.
async fn wait_for_tiles(browser: &Browser, count: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let keys = tile_keys(browser).await;
        if keys.len() == count {
            return keys;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} tiles, found {keys:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_treemap_drills_down_by_keyboard_and_tap_and_back_up_by_the_breadcrumb() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    open_explorer(&browser, &server, "en").await;
    let dataset = published_package();
    let sectors = dataset
        .aggregate(
            &[("year", "2025"), ("direction", "expenditure")],
            "functional",
        )
        .unwrap();
    let keys = wait_for_tiles(&browser, sectors.len()).await;
    let expected: Vec<String> = sectors.iter().map(|s| s.key.clone()).collect();
    assert_eq!(keys, expected, "largest sector first");

    // Keyboard: Tab lands on a tile button; Enter drills into it.
    let education = browser
        .client
        .find(Locator::Css(".tile[data-key='education']"))
        .await
        .unwrap();
    assert_eq!(
        education.prop("tagName").await.unwrap().as_deref(),
        Some("BUTTON")
    );
    education.send_keys("\u{E007}").await.unwrap();
    browser
        .wait_for_text(".breadcrumb [aria-current]", "Education")
        .await;
    let provinces = wait_for_tiles(&browser, 6).await;
    assert!(provinces.contains(&"azilal".to_owned()), "{provinces:?}");
    assert!(
        provinces.contains(&"region-wide".to_owned()),
        "{provinces:?}"
    );
    wait_until(
        &browser,
        "return document.activeElement.id === 'spending-current';",
        "the focus to follow the drill-down",
    )
    .await;
    let education_total = dataset
        .total(&[
            ("year", "2025"),
            ("direction", "expenditure"),
            ("functional", "education"),
        ])
        .unwrap()
        .centimes;
    let shown = browser.text_of(".current-total strong").await;
    assert_eq!(shown, as_read(&english_amount(education_total)));

    // Tap: the region-wide spending, down to operating / investment, where tiles are no longer
    // buttons. A province spends on one nature only, so its tile opens nothing.
    let azilal = browser
        .client
        .find(Locator::Css(".tile[data-key='azilal']"))
        .await
        .unwrap();
    assert_eq!(
        azilal.prop("tagName").await.unwrap().as_deref(),
        Some("DIV")
    );
    browser
        .client
        .find(Locator::Css(".tile[data-key='region-wide']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(".breadcrumb [aria-current]", "Whole region")
        .await;
    let mut natures = wait_for_tiles(&browser, 2).await;
    natures.sort();
    assert_eq!(natures, ["investment", "operating"]);
    let buttons = browser
        .eval("return document.querySelectorAll('button.tile').length;")
        .await;
    assert_eq!(buttons, Value::from(0));

    // Back up one level, then to the top.
    browser
        .client
        .find(Locator::XPath(
            "//nav[contains(@class,'breadcrumb')]//button[.='Education']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_tiles(&browser, 6).await;
    browser
        .client
        .find(Locator::XPath(
            "//nav[contains(@class,'breadcrumb')]//button[.='All spending']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_tiles(&browser, sectors.len()).await;
    browser
        .wait_for_text(".breadcrumb [aria-current]", "All spending")
        .await;
}

#[tokio::test]
async fn the_table_alternative_shows_the_same_totals_as_the_chart_and_the_csv() {
    let server = Server::start();
    let browser = Browser::start(1024).await;
    open_explorer(&browser, &server, "en").await;
    let dataset = published_package();
    let sectors = dataset
        .aggregate(
            &[("year", "2025"), ("direction", "expenditure")],
            "functional",
        )
        .unwrap();
    wait_for_tiles(&browser, sectors.len()).await;
    let chart: Vec<String> = serde_json::from_value(
        browser
            .eval(
                "return [...document.querySelectorAll('.treemap .tile')]\
                 .map(t => t.querySelector('.tile-name').textContent + '=' + t.querySelector('.tile-amount').textContent);",
            )
            .await,
    )
    .unwrap();
    let summary = browser
        .client
        .find(Locator::Css(
            "section[aria-labelledby='sector-title'] details summary",
        ))
        .await
        .unwrap();
    summary.click().await.unwrap();
    let table = "section[aria-labelledby='sector-title'] table";
    let rows_script = format!(
        "return [...document.querySelectorAll(\"{table} tbody tr\")]\
         .map(r => r.querySelector('th').textContent + '=' + r.querySelector('td').textContent);"
    );
    let table_rows: Vec<String> = serde_json::from_value(browser.eval(&rows_script).await).unwrap();
    assert_eq!(table_rows, chart, "same names and amounts, same order");
    let expected: Vec<String> = sectors
        .iter()
        .map(|sector| {
            let label = dataset
                .label("functional", &sector.key, "label_en")
                .unwrap();
            format!("{label}={}", english_amount(sector.centimes))
        })
        .collect();
    assert_eq!(table_rows, expected, "the figures are the CSV's sums");
    let total = dataset
        .total(&[("year", "2025"), ("direction", "expenditure")])
        .unwrap()
        .centimes;
    let footer = browser.text_of(&format!("{table} tfoot td")).await;
    assert_eq!(footer, as_read(&english_amount(total)));

    // The table is announced properly: caption, column headers, row headers, sortable by keyboard.
    let caption = browser.text_of(&format!("{table} caption")).await;
    assert!(caption.starts_with("Spending by sector 2025"), "{caption}");
    let amount_header = browser
        .client
        .find(Locator::Css(&format!("{table} thead th:nth-child(2)")))
        .await
        .unwrap();
    assert_eq!(
        amount_header.attr("aria-sort").await.unwrap().as_deref(),
        Some("none")
    );
    let sort_button = amount_header.find(Locator::Css("button")).await.unwrap();
    sort_button.send_keys("\u{E007}").await.unwrap();
    assert_eq!(
        amount_header.attr("aria-sort").await.unwrap().as_deref(),
        Some("descending"),
        "amounts sort largest first on the first press"
    );
    let sorted: Vec<String> = serde_json::from_value(browser.eval(&rows_script).await).unwrap();
    assert_eq!(sorted, expected);
    sort_button.send_keys("\u{E007}").await.unwrap();
    assert_eq!(
        amount_header.attr("aria-sort").await.unwrap().as_deref(),
        Some("ascending")
    );
    let sorted: Vec<String> = serde_json::from_value(browser.eval(&rows_script).await).unwrap();
    let mut ascending = expected.clone();
    ascending.reverse();
    assert_eq!(sorted, ascending);

    // Each chart is an image with a title and a description.
    let unlabelled = browser
        .eval(
            "return [...document.querySelectorAll('svg')].filter(svg => {\
               const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');\
               return svg.getAttribute('role') !== 'img' || ids.length !== 2\
                 || !svg.querySelector('title') || !svg.querySelector('desc')\
                 || ids.some(id => !document.getElementById(id) || !document.getElementById(id).textContent.trim());\
             }).length;",
        )
        .await;
    assert_eq!(unlabelled, Value::from(0));
}

#[tokio::test]
async fn arabic_lays_the_explorer_out_right_to_left_with_arabic_labels() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    open_explorer(&browser, &server, "ar").await;
    assert_eq!(browser.html_attribute("dir").await.as_deref(), Some("rtl"));
    let current = browser.text_of(".breadcrumb [aria-current]").await;
    assert_eq!(current, translation("ar", "budget.breadcrumb_all"));
    let largest_tile = browser
        .eval(
            "const tile = document.querySelector('.treemap .tile').getBoundingClientRect();\
             const map = document.querySelector('.treemap').getBoundingClientRect();\
             return [Math.round(map.right - tile.right), Math.round(tile.left - map.left)];",
        )
        .await;
    let gaps: Vec<i64> = serde_json::from_value(largest_tile).unwrap();
    assert!(
        gaps[0] <= 1 && gaps[1] > 1,
        "the largest tile starts at the right: {gaps:?}"
    );
    let largest = &published_package()
        .aggregate(
            &[("year", "2025"), ("direction", "expenditure")],
            "functional",
        )
        .unwrap()[0]
        .key;
    let name = browser.text_of(".treemap .tile .tile-name").await;
    assert_eq!(
        Some(name.as_str()),
        published_package().label("functional", largest, "label_ar")
    );
    let unit = translation("ar", "budget.unit_millions");
    let amount = browser.text_of(".current-total strong").await;
    assert!(amount.ends_with(&unit), "{amount}");
    let bars = browser
        .eval(
            "const svg = document.querySelector('#province-chart-title').closest('svg');\
             const box = svg.getBoundingClientRect();\
             return [...svg.querySelectorAll('rect.bar')].every(bar => \
               Math.abs(bar.getBoundingClientRect().right - box.right) < 2);",
        )
        .await;
    assert_eq!(bars, Value::Bool(true), "bars grow from the right");
    let overflow = browser
        .eval("return document.documentElement.scrollWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap() <= i64::from(PHONE_WIDTH),
        "{overflow}"
    );
}

#[tokio::test]
async fn illustrative_figures_are_labelled_and_official_totals_name_their_source() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    open_explorer(&browser, &server, "fr").await;
    let illustrative = translation("fr", "budget.illustrative");
    let official = translation("fr", "budget.official");
    assert_eq!(
        browser.text_of(".current-total .badge").await,
        illustrative,
        "the split by sector is not published"
    );
    let cards: Vec<String> = serde_json::from_value(
        browser
            .eval(
                "return [...document.querySelectorAll('.headline-card')]\
                 .map(c => c.querySelector('.badge').textContent + '|' + \
                   (c.querySelector('.figure-source a') ? c.querySelector('.figure-source a').href : ''));",
            )
            .await,
    )
    .unwrap();
    let allafrica = format!("{official}|https://fr.allafrica.com/stories/202410080418.html");
    assert_eq!(
        cards,
        vec![
            allafrica.clone(),
            allafrica.clone(),
            allafrica.clone(),
            allafrica
        ]
    );
    let year = browser
        .client
        .find(Locator::Css("#budget-year"))
        .await
        .unwrap();
    year.select_by_value("2024").await.unwrap();
    browser
        .wait_for_text(
            "#overview-title",
            &format!("{} 2024", translation("fr", "budget.overview_title")),
        )
        .await;
    let badges: Vec<String> = serde_json::from_value(
        browser
            .eval("return [...document.querySelectorAll('.headline-card .badge')].map(b => b.textContent);")
            .await,
    )
    .unwrap();
    assert_eq!(
        badges,
        vec![illustrative.clone(); 4],
        "2024 was not published"
    );
    assert_eq!(browser.text_of("#share-amount .badge").await, illustrative);
}

#[tokio::test]
async fn your_share_answers_per_inhabitant_and_the_change_since_last_year_on_a_phone() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    open_explorer(&browser, &server, "en").await;
    let province = browser
        .client
        .find(Locator::Css("#share-province"))
        .await
        .unwrap();
    province.select_by_value("azilal").await.unwrap();
    let sector = browser
        .client
        .find(Locator::Css("#share-sector"))
        .await
        .unwrap();
    sector.select_by_value("education").await.unwrap();

    let dataset = published_package();
    let amount = |year: &str| {
        dataset
            .total(&[
                ("year", year),
                ("direction", "expenditure"),
                ("functional", "education"),
                ("province", "azilal"),
            ])
            .unwrap()
            .centimes
    };
    let (now, before) = (amount("2025"), amount("2024"));
    let style = NumberStyle::for_language("en");
    let each = per_inhabitant(now, 574_112).unwrap();
    browser
        .wait_for_text(
            "#share-per-inhabitant",
            &format!("{} MAD", style.dirhams_and_centimes(each)),
        )
        .await;
    let region_education = dataset
        .total(&[
            ("year", "2025"),
            ("direction", "expenditure"),
            ("functional", "education"),
        ])
        .unwrap()
        .centimes;
    let region_each = per_inhabitant(region_education, 2_525_801).unwrap();
    assert_eq!(
        browser.text_of("#share-region-per-inhabitant").await,
        format!(
            "Whole region: {} MAD",
            style.dirhams_and_centimes(region_each)
        )
    );
    let change = browser.text_of("#share-change").await;
    let percent = style.percent_change(before, now).unwrap();
    assert!(change.contains(&format!("({percent})")), "{change}");
    assert!(
        change.contains(&as_read(&format!("2024: {}", english_amount(before)))),
        "{change}"
    );
    assert_eq!(
        browser.text_of("#share-amount bdi").await,
        as_read(&english_amount(now))
    );
    let width = browser
        .eval("return document.documentElement.scrollWidth;")
        .await;
    assert!(width.as_i64().unwrap() <= i64::from(PHONE_WIDTH), "{width}");
}

#[tokio::test]
async fn unreachable_data_shows_the_error_state_and_retry_recovers() {
    let copy = tempfile::TempDir::new().unwrap();
    let dist = copy.path().join("dist");
    copy_the_build(&dist);
    let csv = dist.join("data/bmk/budget.csv");
    let aside = copy.path().join("budget.csv");
    std::fs::rename(&csv, &aside).unwrap();

    let server = Server::start_with_dist(&dist);
    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open_in(&server, "/budget", "fr", "budget.title")
        .await;
    browser
        .wait_for_text(
            ".status.error p",
            &translation("fr", "budget.load_error_network"),
        )
        .await;
    let details = browser
        .eval("return document.querySelector('.error-details').textContent;")
        .await;
    assert!(
        details.as_str().unwrap().ends_with("/data/bmk/budget.csv"),
        "{details}"
    );

    // Published again, but broken: the error names the file, line and column.
    std::fs::write(&csv, "year,direction\n2025,expenditure\n").unwrap();
    let retry = browser
        .client
        .find(Locator::Css("button.retry"))
        .await
        .unwrap();
    retry.click().await.unwrap();
    browser
        .wait_for_text(
            ".status.error p",
            &translation("fr", "budget.load_error_invalid"),
        )
        .await;
    let details = browser
        .eval("return document.querySelector('.error-details').textContent;")
        .await;
    assert_eq!(
        details,
        Value::from("budget.csv, line 1: missing column \"amount\" (used by measure \"amount\")")
    );

    // Published again as it was. HTTP dates count whole seconds: date the file later than the
    // broken one, as a real publication would be, so the browser's revalidation sees the change.
    std::fs::copy(&aside, &csv).unwrap();
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&csv)
        .unwrap()
        .set_modified(later)
        .unwrap();
    browser
        .client
        .find(Locator::Css("button.retry"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.text_of(".treemap .tile").await;
    let errors = browser
        .eval("return document.querySelectorAll('.status.error').length;")
        .await;
    assert_eq!(errors, Value::from(0));
}

#[tokio::test]
async fn the_citizens_question_is_answered_in_each_language_on_a_phone() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    let each = per_inhabitant(
        published_package()
            .total(&[
                ("year", "2025"),
                ("direction", "expenditure"),
                ("functional", "education"),
                ("province", "khenifra"),
            ])
            .unwrap()
            .centimes,
        370_240,
    )
    .unwrap();
    for (language, dir) in [
        ("fr", "ltr"),
        ("ar", "rtl"),
        ("zgh-Tfng", "ltr"),
        ("en", "ltr"),
    ] {
        open_explorer(&browser, &server, language).await;
        assert_eq!(browser.html_attribute("dir").await.as_deref(), Some(dir));
        let choose = |css: &'static str, value: &'static str| {
            let client = browser.client.clone();
            async move {
                let select = client.find(Locator::Css(css)).await.unwrap();
                select.select_by_value(value).await.unwrap();
            }
        };
        choose("#share-province", "khenifra").await;
        choose("#share-sector", "education").await;
        let expected = format!(
            "{} {}",
            NumberStyle::for_language(language).dirhams_and_centimes(each),
            translation(language, "budget.unit_units")
        );
        browser
            .wait_for_text("#share-per-inhabitant", &expected)
            .await;
        let change = browser.text_of("#share-change").await;
        assert!(change.contains('%'), "{language}: {change}");
        let terms = browser
            .eval("return document.querySelectorAll('.glossary dt').length;")
            .await;
        assert_eq!(terms, Value::from(7), "{language}");
        let width = browser
            .eval("return document.documentElement.scrollWidth;")
            .await;
        assert!(
            width.as_i64().unwrap() <= i64::from(PHONE_WIDTH),
            "{language}: {width} px wide"
        );
    }
}
