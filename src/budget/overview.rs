//! The year at a glance: revenue against expenditure, operating against investment, and where
//! the revenue comes from. Official totals name their source.
use super::bar_chart::{BarChart, BarGroup};
use super::load::LoadedBudget;
use super::money::{compact_amount, number_style, value_label};
use super::sortable_table::{Cell, SortableTable};
use super::status_badge::{StatusBadge, status_word};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use pb_core::fiscal::{Dataset, PathStep};
use std::sync::Arc;

/// A headline figure: its name, amount and, when official, its source.
struct Headline {
    name: String,
    centimes: i64,
    illustrative: bool,
    source: Option<(String, Option<String>)>,
}

fn headline(dataset: &Dataset, path: &[PathStep], name: String, language: &str) -> Headline {
    let total = dataset.total(path).ok();
    let published = dataset.published_total(path);
    let source = published.and_then(|published| {
        dataset
            .descriptor
            .sources
            .iter()
            .find(|source| source.name == published.source)
            .map(|source| (source.title_in(language).to_owned(), source.path.clone()))
    });
    Headline {
        name,
        centimes: total.as_ref().map_or(0, |t| t.centimes),
        illustrative: published.is_none() && total.is_some_and(|t| t.illustrative),
        source,
    }
}

/// Overview of `year`.
#[component]
pub fn Overview(budget: Arc<LoadedBudget>, year: String, rtl: bool) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let dataset = &budget.dataset;
    let word = |key: &str| value_label(dataset, "direction", key, locale);
    let nature = |key: &str| value_label(dataset, "economic", key, locale);
    let y = year.as_str();
    let revenue = headline(
        dataset,
        &[("year", y), ("direction", "revenue")],
        word("revenue"),
        locale.as_str(),
    );
    let spending = headline(
        dataset,
        &[("year", y), ("direction", "expenditure")],
        word("expenditure"),
        locale.as_str(),
    );
    let operating = headline(
        dataset,
        &[
            ("year", y),
            ("direction", "expenditure"),
            ("economic", "operating"),
        ],
        nature("operating"),
        locale.as_str(),
    );
    let investment = headline(
        dataset,
        &[
            ("year", y),
            ("direction", "expenditure"),
            ("economic", "investment"),
        ],
        nature("investment"),
        locale.as_str(),
    );
    let style = number_style(locale);
    let spending_total = spending.centimes;
    let groups = |lines: &[&Headline]| -> Vec<BarGroup> {
        lines
            .iter()
            .map(|line| BarGroup {
                label: line.name.clone(),
                values: vec![(line.centimes, compact_amount(locale, line.centimes))],
            })
            .collect()
    };
    let describe = |lines: &[&Headline]| {
        lines
            .iter()
            .map(|line| format!("{}: {}", line.name, compact_amount(locale, line.centimes)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let balance_title = format!(
        "{} {year}",
        td_string!(locale, budget.revenue_vs_expenditure)
    );
    let nature_title = format!(
        "{} {year}",
        td_string!(locale, budget.operating_vs_investment)
    );
    let sources = dataset
        .aggregate(&[("year", y), ("direction", "revenue")], "functional")
        .unwrap_or_default();
    let sources_title = format!(
        "{} {year}",
        td_string!(locale, budget.revenue_sources_title)
    );
    let source_groups: Vec<BarGroup> = sources
        .iter()
        .map(|part| BarGroup {
            label: value_label(dataset, "functional", &part.key, locale),
            values: vec![(part.centimes, compact_amount(locale, part.centimes))],
        })
        .collect();
    let sources_description = source_groups
        .iter()
        .map(|group| format!("{}: {}", group.label, group.values[0].1))
        .collect::<Vec<_>>()
        .join("; ");
    let sources_illustrative = sources.iter().any(|part| part.illustrative);
    let lines = [&revenue, &spending, &operating, &investment];
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|line| {
            vec![
                Cell::text(line.name.clone()),
                Cell::number(compact_amount(locale, line.centimes), line.centimes),
                if line.name == revenue.name {
                    Cell::missing()
                } else {
                    Cell::number(style.share(line.centimes, spending_total), line.centimes)
                },
                Cell::text(status_word(locale, line.illustrative)),
            ]
        })
        .collect();
    let headings = vec![
        td_string!(locale, budget.column_name).to_owned(),
        td_string!(locale, budget.column_amount).to_owned(),
        td_string!(locale, budget.column_share).to_owned(),
        td_string!(locale, budget.column_status).to_owned(),
    ];
    let source_rows: Vec<Vec<Cell>> = sources
        .iter()
        .zip(&source_groups)
        .map(|(part, group)| {
            vec![
                Cell::text(group.label.clone()),
                Cell::number(group.values[0].1.clone(), part.centimes),
                Cell::number(style.share(part.centimes, revenue.centimes), part.centimes),
                Cell::text(status_word(locale, part.illustrative)),
            ]
        })
        .collect();
    view! {
        <section class="budget-section" aria-labelledby="overview-title">
            <h2 id="overview-title">
                {td_string!(locale, budget.overview_title)} " " {year.clone()}
            </h2>
            <div class="headline-figures">
                {lines.iter().map(|line| headline_card(line, locale)).collect_view()}
            </div>
            <figure class="chart">
                <figcaption>{balance_title.clone()}</figcaption>
                <BarChart
                    id="balance-chart"
                    title=balance_title.clone()
                    description=describe(&[&revenue, &spending])
                    groups=groups(&[&revenue, &spending])
                    rtl
                />
                <figcaption>{nature_title.clone()}</figcaption>
                <BarChart
                    id="nature-chart"
                    title=nature_title.clone()
                    description=describe(&[&operating, &investment])
                    groups=groups(&[&operating, &investment])
                    rtl
                />
                <details class="chart-table">
                    <summary>{td_string!(locale, budget.show_table)}</summary>
                    <SortableTable caption=balance_title headings=headings.clone() rows />
                </details>
            </figure>
            <figure class="chart">
                <figcaption>
                    {sources_title.clone()} " " <StatusBadge illustrative=sources_illustrative />
                </figcaption>
                <BarChart
                    id="revenue-chart"
                    title=sources_title.clone()
                    description=sources_description
                    groups=source_groups
                    rtl
                />
                <details class="chart-table">
                    <summary>{td_string!(locale, budget.show_table)}</summary>
                    <SortableTable caption=sources_title headings rows=source_rows />
                </details>
            </figure>
        </section>
    }
}

/// One headline figure with its status and, when official, a link to its source.
fn headline_card(line: &Headline, locale: Locale) -> impl IntoView + use<> {
    let source = line.source.clone().map(|(title, path)| {
        view! {
            <p class="figure-source">
                {td_string!(locale, budget.official_source)} " "
                {match path {
                    Some(path) => {
                        view! {
                            <a href=path rel="noopener" target="_blank">
                                <bdi>{title}</bdi>
                            </a>
                        }
                            .into_any()
                    }
                    None => view! { <bdi>{title}</bdi> }.into_any(),
                }}
            </p>
        }
    });
    view! {
        <div class="headline-card">
            <p class="figure-name">{line.name.clone()}</p>
            <p class="figure-amount">
                <bdi>{compact_amount(locale, line.centimes)}</bdi>
            </p>
            <StatusBadge illustrative=line.illustrative />
            {source}
        </div>
    }
}
