//! Text at 200 % (WCAG 1.4.4) on a phone, the hardest case of browser zoom: every page still fits
//! its width, with no text cut off by its box, in a left-to-right and a right-to-left language.
use crate::e2e_support::actions::{admin, open_the_vote_with, wait_until};
use crate::e2e_support::{Browser, Server};
use serde_json::json;

/// Phone width, in CSS pixels.
const PHONE_WIDTH: u32 = 360;

/// What is lost at 200 % text: the page's overflow in pixels, and each element whose text its box
/// cuts off (scrolling boxes and visually hidden text excepted). The treemap's tiles are excepted
/// too: their boxes are the figures' proportions, so large text does not fit the small ones; each
/// tile's whole text stays its accessible name, and the table beneath it, which reflows, gives the
/// same figures.
pub const LOST_CONTENT: &str = "document.documentElement.style.fontSize = '200%';\
    const done = arguments[arguments.length - 1];\
    requestAnimationFrame(() => requestAnimationFrame(() => {\
      const overflow = document.documentElement.scrollWidth - window.innerWidth;\
      const cut = [...document.querySelectorAll('main *, header *, footer *')].filter((e) => {\
        const s = getComputedStyle(e);\
        if (e.getBoundingClientRect().width <= 1 || s.display === 'none' || e.closest('.treemap-tiles')) return false;\
        const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);\
        return clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);\
      }).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);\
      done([overflow, cut]);\
    }));";

#[tokio::test]
async fn at_200_percent_text_on_a_phone_every_page_keeps_all_its_content() {
    let server = Server::start();
    let projects = json!({"projects": [
        {"id": "p1", "name": "Piste rurale Tabant – Agouti", "cost": 40_000_000, "province": "Azilal", "sectors": ["roads_transport"]}
    ]});
    let (status, body) = admin(&server, "PUT", "/api/admin/projects", projects.clone());
    assert_eq!(status, 200, "{body}");
    let browser = Browser::start(PHONE_WIDTH).await;
    let mut lost = Vec::new();
    let check = async |phase: &str, pages: &[&str], lost: &mut Vec<String>| {
        for language in ["fr", "ar"] {
            for page in pages {
                let separator = if page.contains('?') { '&' } else { '?' };
                browser
                    .client
                    .goto(&format!("{}{page}{separator}lang={language}", server.url))
                    .await
                    .unwrap();
                wait_until(
                    &browser,
                    "return !!document.querySelector('main h1');",
                    "the page",
                )
                .await;
                tokio::time::sleep(std::time::Duration::from_millis(800)).await;
                let found = browser
                    .client
                    .execute_async(LOST_CONTENT, vec![])
                    .await
                    .unwrap();
                if found[0].as_i64().unwrap() > 0 || found[1] != json!([]) {
                    lost.push(format!("{phase} {language} {page}: {found}"));
                }
            }
        }
    };
    check(
        "proposals",
        &[
            "/",
            "/budget",
            "/projects",
            "/projects/p1",
            "/propose",
            "/about",
            "/workshop",
            "/embed-help",
        ],
        &mut lost,
    )
    .await;
    open_the_vote_with(&server, projects, 1);
    check("voting", &["/vote"], &mut lost).await;
    assert!(
        lost.is_empty(),
        "content lost at 200 %:\n{}",
        lost.join("\n")
    );
}
