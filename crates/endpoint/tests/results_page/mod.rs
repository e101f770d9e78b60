//! End-to-end: seven ballots under the region's rule (Equal Shares completed), then the results page
//! at 360 px in French and Arabic: the turnout, why money is left, the votes per project as a chart
//! and a table, and each project's explanation as a sentence.
//!
//! Worked by hand, with a budget of 100 000 000 and 7 voters (a share of 14 285 714 each): five want
//! the school (40 000 000), three of them the road too (35 000 000), two the health centre
//! (15 000 000) too, and two only the water network (45 000 000). The school is funded first (8 000 000
//! from each of its 5 supporters); the shares are then raised until the road's 3 supporters can pay
//! their 11 666 667 each (a share of 19 666 667); the health centre's 2 supporters then pay
//! 7 500 000 each. 90 000 000 is spent; the 10 000 000 left is less than the water network's cost,
//! whose 2 supporters had 39 333 335 between them from the start.
use crate::e2e_support::actions::{open_the_vote_with, set_phase, wait_until};
use crate::e2e_support::{Browser, Server, translation};
use serde_json::{Value, json};

const PHONE_WIDTH: u32 = 360;

/// The projects on the ballot, in catalogue order.
fn projects() -> Value {
    json!({"projects": [
        {"id": "ecole", "name": "École de Tagzirt", "cost": 40_000_000, "province": "Béni Mellal", "sectors": ["education"]},
        {"id": "route", "name": "Route d’Ouaouizeght", "cost": 35_000_000, "province": "Azilal", "sectors": ["roads_transport"]},
        {"id": "sante", "name": "Centre de santé d’El Ksiba", "cost": 15_000_000, "province": "Béni Mellal", "sectors": ["health"]},
        {"id": "eau", "name": "Eau potable de Tighassaline", "cost": 45_000_000, "province": "Khénifra", "sectors": ["water"]}
    ]})
}

/// Opens the vote with 10 voter codes, casts 7 ballots through the API and closes the vote.
fn seven_ballots_of_ten_codes(server: &Server) {
    let codes = open_the_vote_with(server, projects(), 10);
    let choices: [&[&str]; 7] = [
        &["ecole", "route"],
        &["ecole", "route"],
        &["ecole", "route"],
        &["ecole", "sante"],
        &["ecole", "sante"],
        &["eau"],
        &["eau"],
    ];
    for (index, (code, projects)) in codes.iter().zip(choices).enumerate() {
        let key = format!("results-page-ballot-{index:04}");
        let body =
            json!({"voter_code": code, "ballot": {"type": "approval", "projects": projects}});
        let (status, answer) = server.request(
            "POST",
            "/api/ballots",
            &[("Idempotency-Key", &key)],
            &body.to_string(),
        );
        assert_eq!(status, 201, "{answer}");
    }
    set_phase(server, "results");
}

/// A whole number written as the language writes it (French: narrow no-break spaces; Arabic as
/// written in Morocco: dots).
fn number(language: &str, value: u64) -> String {
    let digits = value.to_string();
    let group = if language == "ar" { "." } else { "\u{202f}" };
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    out
}

/// An amount with its unit, as the page writes it.
fn dirhams(language: &str, value: u64) -> String {
    format!(
        "{}\u{a0}{}",
        number(language, value),
        translation(language, "budget.unit_units")
    )
}

/// The text of `key` with its `{{ name }}` and `{name}` placeholders filled.
fn filled(language: &str, key: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(translation(language, key), |text, (name, value)| {
            text.replace(&format!("{{{{ {name} }}}}"), value)
                .replace(&format!("{{{name}}}"), value)
        })
}

/// The plural form the page uses for `count` supporters (French: one or other; Arabic: CLDR).
fn form(language: &str, count: u64) -> &'static str {
    match (language, count) {
        ("ar", 1) | ("fr", 0 | 1) => "one",
        ("ar", 2) => "two",
        ("ar", 3..=10) => "few",
        _ => "other",
    }
}

/// The sentence of a project funded in `round` whose `count` supporters paid `amount` each.
fn funded(language: &str, round: u64, count: u64, amount: u64) -> String {
    filled(
        language,
        &format!("results.reason_funded_shared_{}", form(language, count)),
        &[
            ("round", round.to_string()),
            ("count", count.to_string()),
            ("amount", dirhams(language, amount)),
        ],
    )
}

/// The results page in `language`: every part checked against the texts of the locale file.
async fn the_results_page_explains_the_outcome(language: &str) {
    let server = Server::start();
    seven_ballots_of_ten_codes(&server);
    let (status, body) = server.request("GET", "/api/results", &[], "");
    assert_eq!(status, 200, "{body}");
    let results: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(results["rule"], "mes-equalshares");
    assert_eq!(results["selected"], json!(["ecole", "route", "sante"]));
    assert_eq!(results["spent"], 90_000_000);
    assert_eq!(results["voter_codes_issued"], 10);

    let browser = Browser::start(PHONE_WIDTH).await;
    browser
        .open_in(&server, "/results", language, "results.title")
        .await;
    wait_until(
        &browser,
        "return document.querySelectorAll('.outcome-summary li').length === 4;",
        "the four summary lines",
    )
    .await;
    let summary = browser
        .eval(
            "return [...document.querySelectorAll('.outcome-summary li')].map(e => e.textContent);",
        )
        .await;
    let ballots = match language {
        "ar" => translation("ar", "results.summary_ballots_few").replace("{{ count }}", "7"),
        _ => translation(language, "results.summary_ballots_other").replace("{{ count }}", "7"),
    };
    let percent = if language == "ar" {
        "70\u{a0}%"
    } else {
        "70\u{202f}%"
    };
    let funded_form = if language == "ar" { "few" } else { "other" };
    let expected = json!([
        ballots,
        filled(
            language,
            "results.summary_turnout",
            &[("share", percent.to_owned()), ("codes", "10".to_owned())]
        ),
        filled(
            language,
            &format!("results.summary_funded_{funded_form}"),
            &[
                ("count", "3".to_owned()),
                ("spent", dirhams(language, 90_000_000)),
                ("budget", dirhams(language, 100_000_000))
            ]
        ),
        filled(
            language,
            "results.summary_unspent_too_dear",
            &[
                ("left", dirhams(language, 10_000_000)),
                ("cheapest", dirhams(language, 45_000_000))
            ]
        ),
    ]);
    assert_eq!(summary, expected);

    let chart = browser
        .eval(
            "const svg = document.querySelector('.vote-chart svg.bar-chart');\
             return [svg.getAttribute('role'), svg.querySelector('title').textContent,\
                     [...svg.querySelectorAll('.bar-label')].map(e => e.textContent),\
                     [...svg.querySelectorAll('.bar-value')].map(e => e.textContent),\
                     svg.querySelectorAll('rect.bar').length];",
        )
        .await;
    let votes = |count: u64| {
        let key = match (language, count) {
            ("ar", 2) => "results.votes_two".to_owned(),
            ("ar", _) => "results.votes_few".to_owned(),
            _ => "results.votes_other".to_owned(),
        };
        translation(language, &key).replace("{{ count }}", &count.to_string())
    };
    let names = [
        "École de Tagzirt",
        "Route d’Ouaouizeght",
        "Centre de santé d’El Ksiba",
        "Eau potable de Tighassaline",
    ];
    assert_eq!(
        chart,
        json!([
            "img",
            translation(language, "results.votes_title"),
            names,
            [votes(5), votes(3), votes(2), votes(2)],
            4
        ])
    );
    let table = browser
        .eval(
            "const table = document.querySelector('.vote-chart table');\
             return [table.querySelector('caption').textContent,\
                     [...table.querySelectorAll('thead th button')].map(e => e.firstChild.textContent),\
                     [...table.querySelectorAll('tbody tr')].map(r => [...r.children].map(c => c.textContent))];",
        )
        .await;
    assert_eq!(
        table,
        json!([
            translation(language, "results.votes_title"),
            [
                translation(language, "results.column_project"),
                translation(language, "results.column_votes")
            ],
            [
                [names[0], "5"],
                [names[1], "3"],
                [names[2], "2"],
                [names[3], "2"]
            ]
        ])
    );

    let explanations = browser
        .eval(
            "return [...document.querySelectorAll('.explanation')].map(e => \
               [e.dataset.project, [...e.querySelectorAll('.reasons li')].map(li => li.textContent)]);",
        )
        .await;
    let ran_out = filled(
        language,
        "results.reason_ran_out_start",
        &[("money", dirhams(language, 39_333_335))],
    );
    assert_eq!(
        explanations,
        json!([
            ["ecole", [funded(language, 1, 5, 8_000_000)]],
            ["route", [funded(language, 2, 3, 11_666_667)]],
            ["sante", [funded(language, 3, 2, 7_500_000)]],
            ["eau", [ran_out]]
        ]),
        "each project once, with its sentence"
    );

    let overflow = browser
        .eval("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap() <= 0,
        "{language}: the page is {overflow} px wider than the phone"
    );
}

#[tokio::test]
async fn after_seven_ballots_the_results_page_says_in_french_why_money_is_left_and_shows_the_votes()
{
    the_results_page_explains_the_outcome("fr").await;
}

#[tokio::test]
async fn after_seven_ballots_the_results_page_says_in_arabic_why_money_is_left_and_shows_the_votes()
{
    the_results_page_explains_the_outcome("ar").await;
}
