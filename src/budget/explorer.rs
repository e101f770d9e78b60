//! The explorer once the package is loaded: the year chooser, then every view of that year.
use super::data_links::DataLinks;
use super::drill_path::{DRILL_PARAMETER, meaningful_path, path_from_query, query_value};
use super::glossary::Glossary;
use super::load::LoadedBudget;
use super::overview::Overview;
use super::province_bars::ProvinceBars;
use super::spending_by_sector::{SpendingBySector, opens_a_level_below};
use super::year_comparison::YearComparison;
use super::your_share::YourShare;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// Year chooser, illustrative-data notice, your share, overview, treemap, provinces,
/// comparison, glossary, downloads and sources.
#[component]
pub fn BudgetExplorer(budget: Arc<LoadedBudget>) -> impl IntoView {
    let i18n = use_i18n();
    let mut years: Vec<String> = budget
        .dataset
        .aggregate(&[], "year")
        .unwrap_or_default()
        .into_iter()
        .map(|part| part.key)
        .collect();
    years.sort();
    let year = RwSignal::new(years.last().cloned().unwrap_or_default());
    let query = use_query_map();
    let drilled = budget.clone();
    let chosen = Memo::new(move |_| {
        let wanted = query
            .with(|q| q.get(DRILL_PARAMETER))
            .map(|value| path_from_query(&value))
            .unwrap_or_default();
        year.with(|year| {
            meaningful_path(&wanted, |before, key| {
                opens_a_level_below(&drilled.dataset, year, before, key)
            })
        })
    });
    let navigate = use_navigate();
    let drill_to = Callback::new(move |path: Vec<String>| {
        let mut params = query.get_untracked();
        match query_value(&path) {
            Some(value) => params.replace(DRILL_PARAMETER, value),
            None => {
                params.remove(DRILL_PARAMETER);
            }
        }
        let here = window().location().pathname().unwrap_or_default();
        let options = NavigateOptions {
            resolve: false,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("{here}{}", params.to_query_string()), options);
    });
    let preset = |parameter: &str, dimension: &str| {
        let wanted = query
            .with_untracked(|q| q.get(parameter))
            .unwrap_or_default();
        let known = budget
            .dataset
            .aggregate(&[], dimension)
            .unwrap_or_default()
            .iter()
            .any(|part| part.key == wanted);
        if known { wanted } else { String::new() }
    };
    let province = RwSignal::new(preset("province", "province"));
    let sector = RwSignal::new(preset("sector", "functional"));
    let any_illustrative = budget.dataset.items.iter().any(|item| item.illustrative);
    let year_options = years
        .into_iter()
        .rev()
        .map(|key| {
            let (value, text) = (key.clone(), key.clone());
            view! {
                <option value=key selected=move || year.get() == value>
                    {text}
                </option>
            }
        })
        .collect_view();
    let views = move || {
        let locale = i18n.get_locale();
        let rtl = locale == Locale::ar;
        let year = year.get();
        let chosen_sector = chosen.with(|chosen| chosen.first().cloned());
        view! {
            <YourShare budget=budget.clone() year=year.clone() province sector />
            <Overview budget=budget.clone() year=year.clone() rtl />
            <SpendingBySector budget=budget.clone() year=year.clone() chosen drill_to />
            <ProvinceBars budget=budget.clone() year=year.clone() sector=chosen_sector rtl />
            <YearComparison budget=budget.clone() year=year.clone() rtl />
            <Glossary />
            <DataLinks budget=budget.clone() />
        }
    };
    view! {
        <div class="budget-explorer">
            <div class="field year-field">
                <label for="budget-year">{t!(i18n, budget.year_label)}</label>
                <select
                    id="budget-year"
                    on:change=move |event| year.set(event_target_value(&event))
                >
                    {year_options}
                </select>
            </div>
            {any_illustrative
                .then(|| {
                    view! {
                        <p class="illustrative-note" role="note">
                            <span class="badge badge-illustrative">
                                {t!(i18n, budget.illustrative)}
                            </span>
                            " "
                            {t!(i18n, budget.illustrative_note)}
                        </p>
                    }
                })}
            {views}
        </div>
    }
}
