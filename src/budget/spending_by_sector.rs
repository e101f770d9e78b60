//! Spending of the chosen year as a treemap that drills down sector → province → operating or
//! investment, with a breadcrumb back up and the same figures in a sortable table.
use super::drill_path::opens_a_level;
use super::load::LoadedBudget;
use super::money::{compact_amount, number_style, value_label};
use super::sortable_table::{Cell, SortableTable};
use super::status_badge::{StatusBadge, status_word};
use super::treemap::{Treemap, TreemapItem};
use crate::focus::focus_after_render;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::fiscal::{Dataset, PathStep};
use std::sync::Arc;

/// The dimensions a drill-down goes through, in order.
pub const DRILL_LEVELS: [&str; 3] = ["functional", "province", "economic"];

/// Id of the breadcrumb's last item, which takes the focus after each step.
const CURRENT_ID: &str = "spending-current";

/// The query path of a drill-down: year, expenditure, then the chosen values.
pub fn spending_path<'a>(year: &'a str, chosen: &'a [String]) -> Vec<PathStep<'a>> {
    let mut path: Vec<PathStep> = vec![("year", year), ("direction", "expenditure")];
    path.extend(
        DRILL_LEVELS
            .iter()
            .copied()
            .zip(chosen.iter().map(String::as_str)),
    );
    path
}

/// Whether choosing `key` after the values `before` opens a level of at least two parts in
/// `year`; a key that is not among the parts of its level opens nothing.
pub fn opens_a_level_below(dataset: &Dataset, year: &str, before: &[String], key: &str) -> bool {
    let level = before.len();
    let Some(below) = DRILL_LEVELS.get(level + 1) else {
        return false;
    };
    let mut chosen = before.to_vec();
    chosen.push(key.to_owned());
    let parts = dataset
        .aggregate(&spending_path(year, &chosen), below)
        .unwrap_or_default();
    opens_a_level(parts.len())
}

/// The treemap section; `chosen` holds the values picked at each level so far.
#[component]
pub fn SpendingBySector(
    /// The package.
    budget: Arc<LoadedBudget>,
    /// Selected year.
    year: String,
    /// Values chosen at each drill level (from the address).
    chosen: Memo<Vec<String>>,
    /// Goes to another drill-down path.
    drill_to: Callback<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = move || {
        let locale = i18n.get_locale();
        let dataset = &budget.dataset;
        let picked = chosen.get();
        let path = spending_path(&year, &picked);
        let level = picked.len().min(DRILL_LEVELS.len() - 1);
        let by = DRILL_LEVELS[level];
        let parts = dataset.aggregate(&path, by).unwrap_or_default();
        let total = dataset.total(&path).map(|t| t.centimes).unwrap_or(0);
        let illustrative = parts.iter().any(|part| part.illustrative);
        let style = number_style(locale);
        let drillable: Vec<bool> = parts
            .iter()
            .map(|part| opens_a_level_below(dataset, &year, &picked, &part.key))
            .collect();
        let items: Vec<TreemapItem> = parts
            .iter()
            .zip(&drillable)
            .map(|(part, drillable)| TreemapItem {
                key: part.key.clone(),
                drillable: *drillable,
                label: value_label(dataset, by, &part.key, locale),
                centimes: part.centimes,
                amount: compact_amount(locale, part.centimes),
                share: style.share(part.centimes, total),
            })
            .collect();
        let description = items
            .iter()
            .map(|item| format!("{}: {} ({})", item.label, item.amount, item.share))
            .collect::<Vec<_>>()
            .join("; ");
        let crumbs: Vec<String> = picked
            .iter()
            .enumerate()
            .map(|(index, key)| value_label(dataset, DRILL_LEVELS[index], key, locale))
            .collect();
        let here = crumbs
            .last()
            .cloned()
            .unwrap_or_else(|| td_string!(locale, budget.breadcrumb_all).to_owned());
        let title = format!(
            "{} {year}: {here}",
            td_string!(locale, budget.treemap_title)
        );
        let on_choose = drillable.iter().any(|open| *open).then(|| {
            let picked = picked.clone();
            Callback::new(move |key: String| {
                let mut path = picked.clone();
                path.push(key);
                drill_to.run(path);
                focus_after_render(CURRENT_ID);
            })
        });
        let rows: Vec<Vec<Cell>> = parts
            .iter()
            .zip(&items)
            .map(|(part, item)| {
                vec![
                    Cell::text(item.label.clone()),
                    Cell::number(item.amount.clone(), part.centimes),
                    Cell::number(item.share.clone(), part.centimes),
                    Cell::text(status_word(locale, part.illustrative)),
                ]
            })
            .collect();
        let footer = vec![
            Cell::text(here.clone()),
            Cell::number(compact_amount(locale, total), total),
            Cell::number(style.share(total, total), total),
            Cell::text(status_word(locale, illustrative)),
        ];
        let headings = vec![
            td_string!(locale, budget.column_name).to_owned(),
            td_string!(locale, budget.column_amount).to_owned(),
            td_string!(locale, budget.column_share).to_owned(),
            td_string!(locale, budget.column_status).to_owned(),
        ];
        view! {
            <Breadcrumb crumbs=crumbs.clone() picked=picked.clone() drill_to />
            <p class="current-total" aria-live="polite">
                <span>{here.clone()}</span>
                ": "
                <strong>
                    <bdi>{compact_amount(locale, total)}</bdi>
                </strong>
                " "
                <StatusBadge illustrative />
            </p>
            <Treemap title=title.clone() description items on_choose />
            <details class="chart-table">
                <summary>{td_string!(locale, budget.show_table)}</summary>
                <SortableTable caption=title headings rows footer />
            </details>
        }
    };
    view! {
        <section class="budget-section" aria-labelledby="sector-title">
            <h2 id="sector-title">{t!(i18n, budget.treemap_title)}</h2>
            <p class="hint">{t!(i18n, budget.treemap_hint)}</p>
            {content}
        </section>
    }
}

/// "All spending › Education › Azilal": earlier steps are buttons going back up.
#[component]
fn Breadcrumb(
    crumbs: Vec<String>,
    picked: Vec<String>,
    drill_to: Callback<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let depth = crumbs.len();
    let step = move |keep: usize, label: String| {
        if keep == depth {
            view! {
                <li>
                    <span id=CURRENT_ID tabindex="-1" aria-current="location">
                        {label}
                    </span>
                </li>
            }
            .into_any()
        } else {
            let up = picked[..keep].to_vec();
            let go_up = move |_| {
                drill_to.run(up.clone());
                focus_after_render(CURRENT_ID);
            };
            view! {
                <li>
                    <button type="button" class="crumb" on:click=go_up>
                        {label}
                    </button>
                </li>
            }
            .into_any()
        }
    };
    let all = td_string!(i18n.get_locale(), budget.breadcrumb_all).to_owned();
    let items = std::iter::once(all)
        .chain(crumbs)
        .enumerate()
        .map(|(keep, label)| step(keep, label))
        .collect_view();
    view! {
        <nav
            class="breadcrumb"
            aria-label=move || td_string!(i18n.get_locale(), budget.breadcrumb_label)
        >
            <ol>{items}</ol>
        </nav>
    }
}
