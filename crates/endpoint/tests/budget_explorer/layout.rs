//! The explorer's layout on a 360 px phone and an 800 px screen, in French and Arabic: words and
//! amounts are never broken inside, tile labels stay inside their tiles, the drill-down lives in
//! the address, wide tables say they scroll, and chart text is the page's text size.
use super::{PHONE_WIDTH, open_explorer, published_package, wait_for_tiles};
use crate::e2e_support::actions::wait_until;
use crate::e2e_support::{Browser, Server};
use fantoccini::Locator;
use serde_json::Value;

/// The words (runs without a breaking space) of the visible elements matching `css` that are
/// split over two lines; text inside a treemap tile too small for its label is skipped.
async fn broken_words(browser: &Browser, css: &str) -> Vec<String> {
    let script = format!(
        "const broken = [];\
         for (const element of document.querySelectorAll(\"{css}\")) {{\
           if (!element.getClientRects().length || element.closest('.tile-small')) continue;\
           const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);\
           for (let node = walker.nextNode(); node; node = walker.nextNode()) {{\
             const words = /[^ \\n\\t]+/g;\
             let word;\
             while ((word = words.exec(node.data))) {{\
               const range = document.createRange();\
               range.setStart(node, word.index);\
               range.setEnd(node, word.index + word[0].length);\
               const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)\
                 .map(r => Math.round(r.top)));\
               if (lines.size > 1) broken.push(word[0]);\
             }}\
           }}\
         }}\
         return broken;"
    );
    serde_json::from_value(browser.eval(&script).await).unwrap()
}

/// Labels of treemap tiles whose visible text spills out of the tile.
async fn overflowing_tile_labels(browser: &Browser) -> Vec<String> {
    let value = browser
        .eval(
            "return [...document.querySelectorAll('.treemap .tile:not(.tile-small)')].filter(tile => {\
               const box = tile.getBoundingClientRect();\
               return [...tile.querySelectorAll('.tile-name, .tile-amount')].some(part => {\
                 const r = part.getBoundingClientRect();\
                 return r.left < box.left - 1 || r.right > box.right + 1\
                   || r.top < box.top - 1 || r.bottom > box.bottom + 1;\
               }) || tile.scrollWidth > tile.clientWidth + 1 || tile.scrollHeight > tile.clientHeight + 1;\
             }).map(tile => tile.textContent);",
        )
        .await;
    serde_json::from_value(value).unwrap()
}

/// The `drill` parameter of the page's address, if any.
async fn drill_parameter(browser: &Browser) -> Value {
    browser
        .eval("return new URLSearchParams(location.search).get('drill');")
        .await
}

/// Clicks the treemap tile of `key`.
async fn choose_tile(browser: &Browser, key: &str) {
    browser
        .client
        .find(Locator::Css(&format!(".treemap .tile[data-key='{key}']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test]
async fn amounts_and_words_are_never_broken_and_tile_labels_stay_inside_their_tiles_on_a_phone() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    for language in ["fr", "ar"] {
        open_explorer(&browser, &server, language).await;
        for (province, sector) in [("", ""), ("azilal", "education")] {
            for (id, value) in [("#share-province", province), ("#share-sector", sector)] {
                let select = browser.client.find(Locator::Css(id)).await.unwrap();
                select.select_by_value(value).await.unwrap();
            }
            let broken = broken_words(
                &browser,
                ".tile-name, .tile-amount, .current-total, .figure-amount, .share-answer dd, .downloads a",
            )
            .await;
            assert!(broken.is_empty(), "{language}: broken inside {broken:?}");
        }
        let overflowing = overflowing_tile_labels(&browser).await;
        assert!(
            overflowing.is_empty(),
            "{language}: labels out of their tiles: {overflowing:?}"
        );
    }
    // On a wider screen the tiles are larger: the largest show their labels, inside them.
    let wide = Browser::start(800).await;
    for language in ["fr", "ar"] {
        open_explorer(&wide, &server, language).await;
        let overflowing = overflowing_tile_labels(&wide).await;
        assert!(
            overflowing.is_empty(),
            "{language} at 800 px: labels out of their tiles: {overflowing:?}"
        );
        let labelled = wide
            .eval("return document.querySelectorAll('.treemap .tile:not(.tile-small)').length;")
            .await;
        assert!(
            labelled.as_i64().unwrap() >= 1,
            "{language} at 800 px: the largest tiles keep their labels"
        );
    }
}

#[tokio::test]
async fn the_drill_down_is_in_the_address_survives_back_and_reload_and_ends_before_a_single_tile() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    open_explorer(&browser, &server, "fr").await;
    assert_eq!(drill_parameter(&browser).await, Value::Null);

    choose_tile(&browser, "education").await;
    wait_until(
        &browser,
        "return new URLSearchParams(location.search).get('drill') === 'education';",
        "the sector in the address",
    )
    .await;
    let provinces = wait_for_tiles(&browser, 6).await;
    assert!(
        provinces.contains(&"region-wide".to_owned()),
        "{provinces:?}"
    );
    // A province spends on one nature only: its tile would open a single 100 % tile, so it
    // opens nothing; the region-wide spending has two natures and opens them.
    let kinds = browser
        .eval(
            "return [...document.querySelectorAll('.treemap .tile')]\
             .map(t => t.dataset.key + ':' + t.tagName);",
        )
        .await;
    let kinds: Vec<String> = serde_json::from_value(kinds).unwrap();
    for kind in &kinds {
        let expected = if kind.starts_with("region-wide:") {
            "BUTTON"
        } else {
            "DIV"
        };
        assert!(kind.ends_with(expected), "{kinds:?}");
    }
    choose_tile(&browser, "region-wide").await;
    wait_until(
        &browser,
        "return new URLSearchParams(location.search).get('drill') === 'education/region-wide';",
        "the path in the address",
    )
    .await;
    let natures = wait_for_tiles(&browser, 2).await;
    assert_eq!(natures.len(), 2, "the deepest level is not a single tile");

    browser.eval("history.back(); return true;").await;
    let education = published_package()
        .label("functional", "education", "label_fr")
        .unwrap()
        .to_owned();
    browser
        .wait_for_text(".breadcrumb [aria-current]", &education)
        .await;
    wait_for_tiles(&browser, 6).await;
    assert_eq!(drill_parameter(&browser).await, Value::from("education"));

    browser.client.refresh().await.unwrap();
    browser
        .wait_for_text(".breadcrumb [aria-current]", &education)
        .await;
    wait_for_tiles(&browser, 6).await;

    // A shared link in Arabic, deeper than worth showing, lands on the deepest level that is.
    browser
        .open_in(
            &server,
            "/budget?drill=education/azilal/investment",
            "ar",
            "budget.title",
        )
        .await;
    wait_for_tiles(&browser, 6).await;
    let crumbs = browser
        .eval("return document.querySelectorAll('.breadcrumb li').length;")
        .await;
    assert_eq!(crumbs, Value::from(2), "all spending › education");
}

#[tokio::test]
async fn wide_tables_say_they_scroll_and_the_project_filters_show_their_whole_text() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    for language in ["fr", "ar"] {
        open_explorer(&browser, &server, language).await;
        browser
            .eval("document.querySelectorAll('details.chart-table').forEach(d => d.open = true); return true;")
            .await;
        wait_until(
            &browser,
            "return [...document.querySelectorAll('.table-scroll')].every(scroller => {\
               const hint = scroller.previousElementSibling;\
               const overflows = scroller.scrollWidth > scroller.clientWidth + 1;\
               return hint && hint.classList.contains('scroll-hint')\
                 && overflows === (hint.getClientRects().length > 0);\
             });",
            "a visible hint above each table that scrolls, and none above the others",
        )
        .await;
        let hints = browser
            .eval(
                "return [...document.querySelectorAll('.scroll-hint')]\
                 .filter(h => h.getClientRects().length).length;",
            )
            .await;
        assert!(
            hints.as_i64().unwrap() >= 1,
            "{language}: at 360 px some table scrolls"
        );

        browser
            .open_in(&server, "/projects", language, "projects.title")
            .await;
        let clipped = browser
            .eval(
                "const canvas = document.createElement('canvas').getContext('2d');\
                 return [...document.querySelectorAll('.catalogue-filters select')].filter(select => {\
                   const style = getComputedStyle(select);\
                   canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;\
                   const text = select.options[select.selectedIndex].text;\
                   const room = select.clientWidth - parseFloat(style.paddingLeft)\
                     - parseFloat(style.paddingRight) - 20;\
                   return canvas.measureText(text).width > room;\
                 }).map(select => select.options[select.selectedIndex].text);",
            )
            .await;
        assert_eq!(clipped, Value::Array(vec![]), "{language}: cut filters");
    }
}

#[tokio::test]
async fn chart_text_is_the_page_text_size_on_a_phone_and_on_a_wider_screen() {
    let server = Server::start();
    for width in [PHONE_WIDTH, 800] {
        let browser = Browser::start(width).await;
        for language in ["fr", "ar"] {
            open_explorer(&browser, &server, language).await;
            let sizes = browser
                .eval(
                    "const body = parseFloat(getComputedStyle(document.body).fontSize);\
                     const svg = [...document.querySelectorAll('.bar-chart text')].map(text =>\
                       parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);\
                     const tiles = [...document.querySelectorAll('.treemap .tile-name')].map(name =>\
                       parseFloat(getComputedStyle(name).fontSize));\
                     return [body, svg.length, tiles.length,\
                       [...svg, ...tiles].filter(size => Math.abs(size - body) > 0.5)];",
                )
                .await;
            let sizes = sizes.as_array().unwrap();
            assert!(sizes[1].as_i64().unwrap() > 0 && sizes[2].as_i64().unwrap() > 0);
            assert_eq!(
                sizes[3],
                Value::Array(vec![]),
                "{language} at {width} px: chart text sizes other than the body's {}",
                sizes[0]
            );
        }
        browser.quit().await;
    }
}
