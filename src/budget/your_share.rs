//! "Your share": for a province and a sector, what the region plans to spend, per inhabitant,
//! and the change since the previous year, answered in two choices.
use super::load::LoadedBudget;
use super::money::{change_amount, compact_amount, exact_amount, number_style, value_label};
use super::status_badge::StatusBadge;
use super::year_comparison::change_since_previous;
use crate::components::choice_select::ChoiceSelect;
use crate::components::field::Field;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::fiscal::per_inhabitant;
use std::sync::Arc;

/// Key of the province dimension for spending that belongs to no single province.
pub const REGION_WIDE: &str = "region-wide";

/// The province and sector choosers and the answer for the selected year.
#[component]
pub fn YourShare(
    /// The package.
    budget: Arc<LoadedBudget>,
    /// Selected year.
    year: String,
    /// Chosen province key (`""` for the whole region).
    province: RwSignal<String>,
    /// Chosen sector key (`""` for all sectors).
    sector: RwSignal<String>,
) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let dataset = &budget.dataset;
    let spending = [("direction", "expenditure")];
    let choices = |dimension: &str| {
        let mut choices: Vec<(String, String)> = dataset
            .aggregate(&spending, dimension)
            .unwrap_or_default()
            .into_iter()
            .filter(|part| part.key != REGION_WIDE)
            .map(|part| (value_label(dataset, dimension, &part.key, locale), part.key))
            .collect();
        choices.sort();
        choices
            .into_iter()
            .map(|(label, key)| (key, label))
            .collect::<Vec<_>>()
    };
    let provinces = choices("province");
    let sectors = choices("functional");
    let answer_budget = budget.clone();
    let answer = move || {
        let dataset = &answer_budget.dataset;
        let chosen_province = province.get();
        let chosen_sector = sector.get();
        let mut narrowing: Vec<(&str, &str)> = Vec::new();
        if !chosen_sector.is_empty() {
            narrowing.push(("functional", chosen_sector.as_str()));
        }
        if !chosen_province.is_empty() {
            narrowing.push(("province", chosen_province.as_str()));
        }
        let mut path = vec![("year", year.as_str()), ("direction", "expenditure")];
        path.extend_from_slice(&narrowing);
        let now = dataset.total(&path).map(|t| t.centimes).unwrap_or(0);
        let (previous, before) = change_since_previous(dataset, &year, &narrowing)
            .map_or((String::new(), 0), |(previous, before, _)| {
                (previous, before)
            });
        let illustrative = dataset.total(&path).is_ok_and(|t| t.illustrative);
        let place = (!chosen_province.is_empty()).then_some(chosen_province.as_str());
        let inhabitants = dataset.inhabitants(place).cloned();
        let census = dataset
            .descriptor
            .population
            .as_ref()
            .map(|population| population.census.clone())
            .unwrap_or_default();
        let style = number_style(locale);
        let each = inhabitants
            .as_ref()
            .and_then(|inhabitants| per_inhabitant(now, inhabitants.value));
        let region_each = place.and_then(|_| {
            let mut region_path = vec![("year", year.as_str()), ("direction", "expenditure")];
            if !chosen_sector.is_empty() {
                region_path.push(("functional", chosen_sector.as_str()));
            }
            let region_total = dataset.total(&region_path).ok()?.centimes;
            let each = per_inhabitant(region_total, dataset.inhabitants(None)?.value)?;
            Some(format!(
                "{}: {}",
                td_string!(locale, budget.share_whole_region),
                exact_amount(locale, each)
            ))
        });
        let change = (!previous.is_empty()).then(|| {
            (
                change_amount(locale, before, now),
                format!("{previous}: {}", compact_amount(locale, before)),
            )
        });
        let population = inhabitants.map(|inhabitants| {
            let computed = inhabitants.computed.then(|| {
                format!(
                    " ({})",
                    td_string!(locale, budget.share_population_computed)
                )
            });
            format!("{} ({census})", style.integer(inhabitants.value))
                + &computed.unwrap_or_default()
        });
        view! {
            <dl class="share-answer" aria-live="polite">
                <div>
                    <dt>{td_string!(locale, budget.share_amount)} " " {year.clone()}</dt>
                    <dd id="share-amount">
                        <bdi>{compact_amount(locale, now)}</bdi>
                        " "
                        <StatusBadge illustrative />
                    </dd>
                </div>
                <div>
                    <dt>{td_string!(locale, budget.share_per_inhabitant)}</dt>
                    <dd id="share-per-inhabitant">
                        <bdi>
                            {each
                                .map_or_else(
                                    || "—".to_owned(),
                                    |each| exact_amount(locale, each),
                                )}
                        </bdi>
                    </dd>
                    {region_each
                        .map(|text| {
                            view! {
                                <dd class="share-before" id="share-region-per-inhabitant">
                                    <bdi>{text}</bdi>
                                </dd>
                            }
                        })}
                </div>
                {change
                    .map(|(change, before)| {
                        view! {
                            <div>
                                <dt>{td_string!(locale, budget.share_change)}</dt>
                                <dd id="share-change">
                                    <bdi>{change}</bdi>
                                    <span class="share-before">
                                        <bdi>{before}</bdi>
                                    </span>
                                </dd>
                            </div>
                        }
                    })}
                {population
                    .map(|population| {
                        view! {
                            <div>
                                <dt>{td_string!(locale, budget.share_inhabitants)}</dt>
                                <dd>
                                    <bdi>{population}</bdi>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
            {(!chosen_province.is_empty())
                .then(|| {
                    view! {
                        <p class="hint">{td_string!(locale, budget.share_region_wide_note)}</p>
                    }
                })}
        }
    };
    view! {
        <section class="budget-section your-share" aria-labelledby="share-title">
            <h2 id="share-title">{td_string!(locale, budget.share_title)}</h2>
            <p>{td_string!(locale, budget.share_intro)}</p>
            <div class="share-choices">
                <Field id="share-province" label=td_string!(locale, budget.share_province)>
                    <ChoiceSelect
                        choices=provinces
                        empty=td_string!(locale, budget.share_whole_region)
                        value=province
                        on_pick=move |key| province.set(key)
                    />
                </Field>
                <Field id="share-sector" label=td_string!(locale, budget.share_sector)>
                    <ChoiceSelect
                        choices=sectors
                        empty=td_string!(locale, budget.share_all_sectors)
                        value=sector
                        on_pick=move |key| sector.set(key)
                    />
                </Field>
            </div>
            {answer}
        </section>
    }
}
