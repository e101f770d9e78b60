//! The published outcome: totals, turnout and money left, the funded projects, the breakdown by
//! province, the votes per project and, for every project, why it was funded or not.
use super::by_province::funded_by_province;
use super::reason_text::{reason_text, rule_text};
use super::template::fill;
use super::turnout::turnout_text;
use super::unspent::{unspent, unspent_text};
use super::vote_chart::VoteChart;
use crate::i18n::*;
use crate::labels::{dirhams, province_label};
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use pb_core::api::{CatalogueProject, ProcessStatus, Results, project_name};

/// Everything about the outcome.
#[component]
pub fn Outcome(
    results: Results,
    projects: Vec<CatalogueProject>,
    process: ProcessStatus,
) -> impl IntoView {
    let i18n = use_i18n();
    let lines = funded_by_province(&projects, &results.selected, &process.provinces);
    let tallies = results.tallies.clone();
    let voted = projects.clone();
    let left = unspent(&results);
    let results = StoredValue::new(results);
    let projects = StoredValue::new(projects);
    let lines = StoredValue::new(lines);
    let name = move |id: &str| {
        let language = i18n.get_locale();
        projects.with_value(|ps| project_name(ps, id, language.as_str()).to_owned())
    };
    let summary = move || {
        let locale = i18n.get_locale();
        results.with_value(|r| {
            [
                Some(
                    td_string!(locale, results.summary_ballots, count = r.ballots as u32)
                        .to_string(),
                ),
                turnout_text(locale, r.ballots, r.voter_codes_issued),
                Some(
                    td_string!(
                        locale,
                        results.summary_funded,
                        count = r.selected.len() as u32,
                        spent = dirhams(locale, r.spent),
                        budget = dirhams(locale, r.budget)
                    )
                    .to_string(),
                ),
                left.map(|left| unspent_text(locale, left)),
            ]
        })
    };
    let funded = move || {
        let locale = i18n.get_locale();
        results.with_value(|r| {
            r.explanation
                .projects
                .iter()
                .filter(|p| p.selected)
                .map(|p| {
                    let votes =
                        td_string!(locale, results.votes, count = p.votes as u32).to_string();
                    view! {
                        <li>
                            <span class="funded-name" dir="auto">
                                {name(&p.id)}
                            </span>
                            " — "
                            <bdi>{dirhams(locale, p.cost.round() as u64)}</bdi>
                            " · "
                            {votes}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let province_rows = move || {
        let locale = i18n.get_locale();
        lines.with_value(|lines| {
            lines
                .iter()
                .map(|line| {
                    let place = match &line.province {
                        Some(p) => province_label(locale, p),
                        None => td_string!(locale, projects.whole_region).to_owned(),
                    };
                    view! {
                        <tr>
                            <th scope="row">{place}</th>
                            <td>{line.funded}</td>
                            <td>
                                <bdi>{dirhams(locale, line.amount)}</bdi>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let explanations = move || {
        let locale = i18n.get_locale();
        results.with_value(|r| {
            r.explanation
                .projects
                .iter()
                .map(|p| {
                    let status = if p.selected {
                        td_string!(locale, results.funded)
                    } else {
                        td_string!(locale, results.not_funded)
                    };
                    let badge = if p.selected {
                        "badge badge-funded"
                    } else {
                        "badge badge-not-funded"
                    };
                    let facts = format!(
                        "{} · {}",
                        dirhams(locale, p.cost.round() as u64),
                        td_string!(locale, results.votes, count = p.votes as u32)
                    );
                    let reasons = p
                        .reasons
                        .iter()
                        .map(|reason| view! { <li>{reason_text(locale, r.rule, reason, &name)}</li> })
                        .collect_view();
                    view! {
                        <li class="explanation" data-project=p.id.clone()>
                            <h3>
                                <bdi>{name(&p.id)}</bdi>
                                " "
                                <span class=badge>{status}</span>
                            </h3>
                            <p class="explanation-facts">
                                <bdi>{facts}</bdi>
                            </p>
                            <ul class="reasons">{reasons}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let per_voter = move || {
        let locale = i18n.get_locale();
        results.with_value(|r| {
            r.explanation.per_voter_budget.map(|share| {
                fill(
                    td_string!(locale, results.per_voter),
                    &[("share", &dirhams(locale, share.round() as u64))],
                )
            })
        })
    };
    view! {
        <div class="outcome">
            <ul class="outcome-summary">
                {move || {
                    summary()
                        .into_iter()
                        .flatten()
                        .map(|line| view! { <li>{line}</li> })
                        .collect_view()
                }}
            </ul>
            <h2>{t!(i18n, results.funded_title)}</h2>
            <ol class="funded-list">{funded}</ol>
            <div class="table-scroll">
                <table class="figures">
                    <caption>{t!(i18n, results.by_province_title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, results.column_province)}</th>
                            <th scope="col">{t!(i18n, results.column_funded)}</th>
                            <th scope="col">{t!(i18n, results.column_amount)}</th>
                        </tr>
                    </thead>
                    <tbody>{province_rows}</tbody>
                </table>
            </div>
            <VoteChart tallies projects=voted />
            <h2>{t!(i18n, results.why_title)}</h2>
            <p>
                {move || rule_text(i18n.get_locale(), results.with_value(|r| r.rule))} " "
                {per_voter}
            </p>
            <ul class="explanations">{explanations}</ul>
        </div>
    }
}
