//! Spending by province for the year (and the sector chosen in the treemap, if any), in total
//! and per inhabitant, as bars and as a table.
use super::bar_chart::{BarChart, BarGroup};
use super::load::LoadedBudget;
use super::money::{compact_amount, exact_amount, number_style, value_label};
use super::sortable_table::{Cell, SortableTable};
use super::status_badge::{StatusBadge, status_word};
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::fiscal::per_inhabitant;
use std::sync::Arc;

/// One province's figures.
struct ProvinceLine {
    name: String,
    centimes: i64,
    inhabitants: Option<u64>,
    each: Option<i64>,
    illustrative: bool,
}

/// Bars by province; `sector` narrows to one value of the functional classification.
#[component]
pub fn ProvinceBars(
    /// The package.
    budget: Arc<LoadedBudget>,
    /// Selected year.
    year: String,
    /// Sector chosen in the treemap, if any.
    sector: Option<String>,
    /// Whether the page is right-to-left.
    rtl: bool,
) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let dataset = &budget.dataset;
    let style = number_style(locale);
    let mut path = vec![("year", year.as_str()), ("direction", "expenditure")];
    if let Some(sector) = &sector {
        path.push(("functional", sector.as_str()));
    }
    let parts = dataset.aggregate(&path, "province").unwrap_or_default();
    let sector_name = sector
        .as_deref()
        .map(|key| value_label(dataset, "functional", key, locale));
    let title = match &sector_name {
        Some(name) => format!(
            "{} {year}: {name}",
            td_string!(locale, budget.provinces_title)
        ),
        None => format!("{} {year}", td_string!(locale, budget.provinces_title)),
    };
    let illustrative = parts.iter().any(|part| part.illustrative);
    let lines: Vec<ProvinceLine> = parts
        .iter()
        .map(|part| {
            let inhabitants = dataset.inhabitants(Some(&part.key)).map(|i| i.value);
            ProvinceLine {
                name: value_label(dataset, "province", &part.key, locale),
                centimes: part.centimes,
                inhabitants,
                each: inhabitants.and_then(|count| per_inhabitant(part.centimes, count)),
                illustrative: part.illustrative,
            }
        })
        .collect();
    let groups: Vec<BarGroup> = lines
        .iter()
        .map(|line| BarGroup {
            label: match line.each {
                Some(each) => format!(
                    "{} · {} {}",
                    line.name,
                    exact_amount(locale, each),
                    td_string!(locale, budget.column_per_inhabitant)
                ),
                None => line.name.clone(),
            },
            values: vec![(line.centimes, compact_amount(locale, line.centimes))],
        })
        .collect();
    let description = groups
        .iter()
        .map(|group| format!("{}: {}", group.label, group.values[0].1))
        .collect::<Vec<_>>()
        .join("; ");
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|line| {
            vec![
                Cell::text(line.name.clone()),
                Cell::number(compact_amount(locale, line.centimes), line.centimes),
                line.inhabitants.map_or_else(Cell::missing, |count| {
                    Cell::number(style.integer(count), count as i64)
                }),
                line.each.map_or_else(Cell::missing, |each| {
                    Cell::number(exact_amount(locale, each), each)
                }),
                Cell::text(status_word(locale, line.illustrative)),
            ]
        })
        .collect();
    let headings = vec![
        td_string!(locale, budget.column_name).to_owned(),
        td_string!(locale, budget.column_amount).to_owned(),
        td_string!(locale, budget.column_inhabitants).to_owned(),
        td_string!(locale, budget.column_per_inhabitant).to_owned(),
        td_string!(locale, budget.column_status).to_owned(),
    ];
    view! {
        <section class="budget-section" aria-labelledby="provinces-title">
            <h2 id="provinces-title">{title.clone()}</h2>
            <p class="hint">{td_string!(locale, budget.provinces_note)}</p>
            <figure class="chart">
                <figcaption>
                    <StatusBadge illustrative />
                </figcaption>
                <BarChart id="province-chart" title=title.clone() description groups rtl />
                <details class="chart-table">
                    <summary>{td_string!(locale, budget.show_table)}</summary>
                    <SortableTable caption=title headings rows />
                </details>
            </figure>
        </section>
    }
}
