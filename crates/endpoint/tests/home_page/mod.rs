//! End-to-end tests of the home page on a phone.
use crate::e2e_support::{Browser, Server, translation};
use serde_json::Value;

const PHONE_WIDTH: u32 = 360;

#[tokio::test]
async fn the_home_page_marks_the_step_open_now_with_its_dates() {
    let server = Server::start();
    let browser = Browser::start(PHONE_WIDTH).await;
    for language in ["fr", "ar"] {
        browser.open_in(&server, "/", language, "home.title").await;
        // The published process opens in the proposals phase, 15/01/2027 to 15/03/2027.
        browser
            .wait_for_text(
                ".steps [aria-current='step'] h3",
                &translation(language, "home.step_propose_title"),
            )
            .await;
        let current = browser
            .eval("return document.querySelectorAll(\".steps [aria-current]\").length;")
            .await;
        assert_eq!(current, Value::from(1), "{language}: one current step");
        assert_eq!(
            browser
                .text_of(".steps [aria-current='step'] .step-now")
                .await,
            translation(language, "home.step_now"),
        );
        let dates = browser
            .text_of(".steps [aria-current='step'] .step-dates")
            .await;
        let expected = translation(language, "home.step_dates")
            .replace("{{ opens }}", "15/01/2027")
            .replace("{{ closes }}", "15/03/2027");
        assert_eq!(dates, expected, "{language}");
    }
}
