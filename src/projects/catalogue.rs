//! The catalogue: filters by province and sector, text search, sort by cost, and the list,
//! with the number of matches announced.
use super::card::ProjectCard;
use super::entry::{CatalogueQuery, CostOrder, ProjectEntry, filter_entries};
use crate::components::choice_select::ChoiceSelect;
use crate::components::field::Field;
use crate::i18n::*;
use crate::labels::{localized, province_choices, sector_choices};
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
    let provinces = Signal::derive(move || {
        process.with_value(|p| province_choices(i18n.get_locale(), &p.provinces))
    });
    let sectors = Signal::derive(move || {
        process.with_value(|p| sector_choices(i18n.get_locale(), &p.sectors))
    });
    let count = move || {
        let n = found.with(Vec::len) as u32;
        td_string!(i18n.get_locale(), projects.found, count = n).to_string()
    };
    view! {
        <div class="catalogue-filters" role="search">
            <Field id="filter-text" label=localized(|l| td_string!(l, projects.search))>
                <input
                    type="search"
                    on:input=move |e| query.update(|q| q.text = event_target_value(&e))
                />
            </Field>
            <Field
                id="filter-province"
                label=localized(|l| td_string!(l, projects.filter_province))
            >
                <ChoiceSelect
                    choices=provinces
                    empty=localized(|l| td_string!(l, projects.any_province))
                    value=Signal::derive(move || query.with(|q| q.province.clone()))
                    on_pick=move |province| query.update(|q| q.province = province)
                />
            </Field>
            <Field id="filter-sector" label=localized(|l| td_string!(l, projects.filter_sector))>
                <ChoiceSelect
                    choices=sectors
                    empty=localized(|l| td_string!(l, projects.any_sector))
                    value=Signal::derive(move || query.with(|q| q.sector.clone()))
                    on_pick=move |sector| query.update(|q| q.sector = sector)
                />
            </Field>
            <Field id="filter-order" label=localized(|l| td_string!(l, projects.sort))>
                <select on:change=move |e| {
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
            </Field>
        </div>
        <p class="catalogue-count" role="status" aria-live="polite">
            {count}
        </p>
        <ul class="proposal-list">
            <For each=move || found.get() key=|entry| entry.slug.clone() let:entry>
                <ProjectCard entry />
            </For>
        </ul>
    }
}
