//! The catalogue: filters by province and sector, text search, sort by cost, and the list,
//! with the number of matches announced.
use super::card::ProjectCard;
use super::entry::{CatalogueQuery, CostOrder, ProjectEntry, filter_entries};
use crate::i18n::*;
use crate::labels::{province_label, sector_label};
use leptos::prelude::*;
use pb_core::api::ProcessStatus;

/// Filters and the matching entries.
#[component]
pub fn Catalogue(entries: Vec<ProjectEntry>, process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let entries = StoredValue::new(entries);
    let process = StoredValue::new(process);
    let query = RwSignal::new(CatalogueQuery::default());
    let found =
        Memo::new(move |_| entries.with_value(|all| query.with(|q| filter_entries(all, q))));
    let province_options = move || {
        let locale = i18n.get_locale();
        process
            .with_value(|p| p.provinces.clone())
            .into_iter()
            .map(|name| {
                let label = province_label(locale, &name);
                view! { <option value=name>{label}</option> }
            })
            .collect_view()
    };
    let sector_options = move || {
        let locale = i18n.get_locale();
        process
            .with_value(|p| p.sectors.clone())
            .into_iter()
            .map(|key| {
                let label = sector_label(locale, &key);
                view! { <option value=key>{label}</option> }
            })
            .collect_view()
    };
    let count = move || {
        let n = found.with(Vec::len) as u32;
        td_string!(i18n.get_locale(), projects.found, count = n).to_string()
    };
    view! {
        <div class="catalogue-filters" role="search">
            <div class="field">
                <label for="filter-text">{t!(i18n, projects.search)}</label>
                <input id="filter-text" type="search"
                    on:input=move |e| query.update(|q| q.text = event_target_value(&e)) />
            </div>
            <div class="field">
                <label for="filter-province">{t!(i18n, projects.filter_province)}</label>
                <select id="filter-province" on:change=move |e| query.update(|q| q.province = event_target_value(&e))>
                    <option value="">{t!(i18n, projects.any_province)}</option>
                    {province_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-sector">{t!(i18n, projects.filter_sector)}</label>
                <select id="filter-sector" on:change=move |e| query.update(|q| q.sector = event_target_value(&e))>
                    <option value="">{t!(i18n, projects.any_sector)}</option>
                    {sector_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-order">{t!(i18n, projects.sort)}</label>
                <select id="filter-order" on:change=move |e| {
                    let order = match event_target_value(&e).as_str() {
                        "ascending" => CostOrder::Ascending,
                        "descending" => CostOrder::Descending,
                        _ => CostOrder::Published,
                    };
                    query.update(|q| q.order = order);
                }>
                    <option value="published">{t!(i18n, projects.sort_published)}</option>
                    <option value="ascending">{t!(i18n, projects.sort_ascending)}</option>
                    <option value="descending">{t!(i18n, projects.sort_descending)}</option>
                </select>
            </div>
        </div>
        <p class="catalogue-count" role="status" aria-live="polite">{count}</p>
        <ul class="proposal-list">
            <For each=move || found.get() key=|entry| entry.slug.clone() let:entry>
                <ProjectCard entry />
            </For>
        </ul>
    }
}
