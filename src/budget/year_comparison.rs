//! Spending by sector this year against the year before: both amounts, and the change in
//! dirhams and in percent.
use super::bar_chart::{BarChart, BarGroup};
use super::load::LoadedBudget;
use super::money::{change_amount, compact_amount, number_style, signed_amount, value_label};
use super::sortable_table::{Cell, SortableTable};
use super::status_badge::StatusBadge;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::fiscal::Dataset;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The latest year of the package before `year`, if any.
pub fn previous_year(dataset: &Dataset, year: &str) -> Option<String> {
    dataset
        .aggregate(&[], "year")
        .unwrap_or_default()
        .into_iter()
        .map(|part| part.key)
        .filter(|key| key.as_str() < year)
        .max()
}

/// Spending of `path` in `year` and the year before, with the change; `None` without an earlier
/// year.
pub fn change_since_previous(
    dataset: &Dataset,
    year: &str,
    path: &[(&str, &str)],
) -> Option<(String, i64, i64)> {
    let previous = previous_year(dataset, year)?;
    let total = |y: &str| {
        let mut full = vec![("year", y), ("direction", "expenditure")];
        full.extend_from_slice(path);
        dataset.total(&full).map(|t| t.centimes).unwrap_or(0)
    };
    let before = total(&previous);
    let now = total(year);
    Some((previous, before, now))
}

/// The comparison section.
#[component]
pub fn YearComparison(
    /// The package.
    budget: Arc<LoadedBudget>,
    /// Selected year.
    year: String,
    /// Whether the page is right-to-left.
    rtl: bool,
) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let dataset = &budget.dataset;
    let Some(previous) = previous_year(dataset, &year) else {
        return view! {
            <section class="budget-section" aria-labelledby="comparison-title">
                <h2 id="comparison-title">{td_string!(locale, budget.comparison_title)}</h2>
                <p>{td_string!(locale, budget.comparison_none)}</p>
            </section>
        }
        .into_any();
    };
    let style = number_style(locale);
    let spending = |y: &str| {
        dataset
            .aggregate(&[("year", y), ("direction", "expenditure")], "functional")
            .unwrap_or_default()
    };
    let now = spending(&year);
    let before = spending(&previous);
    let sectors: BTreeSet<&str> = now.iter().chain(&before).map(|p| p.key.as_str()).collect();
    let amount_in = |parts: &[pb_core::fiscal::Aggregate], key: &str| {
        parts
            .iter()
            .find(|p| p.key == key)
            .map_or(0, |p| p.centimes)
    };
    let mut lines: Vec<(String, i64, i64)> = sectors
        .into_iter()
        .map(|key| {
            (
                value_label(dataset, "functional", key, locale),
                amount_in(&before, key),
                amount_in(&now, key),
            )
        })
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.2));
    let illustrative = now.iter().chain(&before).any(|p| p.illustrative);
    let groups: Vec<BarGroup> = lines
        .iter()
        .map(|(name, old, new)| BarGroup {
            label: name.clone(),
            values: vec![
                (*old, compact_amount(locale, *old)),
                (
                    *new,
                    match style.percent_change(*old, *new) {
                        Some(percent) => format!("{} ({percent})", compact_amount(locale, *new)),
                        None => compact_amount(locale, *new),
                    },
                ),
            ],
        })
        .collect();
    let title = format!(
        "{} ({previous} → {year})",
        td_string!(locale, budget.comparison_title)
    );
    let description = lines
        .iter()
        .map(|(name, old, new)| {
            format!(
                "{name}: {previous} {}, {year} {}, {}",
                compact_amount(locale, *old),
                compact_amount(locale, *new),
                change_amount(locale, *old, *new)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let tenths = |old: i64, new: i64| {
        if old == 0 {
            None
        } else {
            Some(((i128::from(new - old) * 1000) / i128::from(old)) as i64)
        }
    };
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|(name, old, new)| {
            vec![
                Cell::text(name.clone()),
                Cell::number(compact_amount(locale, *old), *old),
                Cell::number(compact_amount(locale, *new), *new),
                Cell::number(signed_amount(locale, new - old), new - old),
                match (style.percent_change(*old, *new), tenths(*old, *new)) {
                    (Some(text), Some(value)) => Cell::number(text, value),
                    _ => Cell::missing(),
                },
            ]
        })
        .collect();
    let headings = vec![
        td_string!(locale, budget.column_name).to_owned(),
        previous.clone(),
        year.clone(),
        td_string!(locale, budget.column_change).to_owned(),
        td_string!(locale, budget.column_change_percent).to_owned(),
    ];
    view! {
        <section class="budget-section" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{title.clone()}</h2>
            <figure class="chart">
                <figcaption>
                    <StatusBadge illustrative />
                </figcaption>
                <BarChart
                    id="comparison-chart"
                    title=title.clone()
                    description
                    groups
                    legend=vec![previous.clone(), year.clone()]
                    rtl
                />
                <details class="chart-table">
                    <summary>{td_string!(locale, budget.show_table)}</summary>
                    <SortableTable caption=title headings rows />
                </details>
            </figure>
        </section>
    }
    .into_any()
}
