//! One entry in the catalogue list: title linking to its page, place, sector, cost, and for a
//! citizen proposal a link to follow it by its number.
use super::entry::{EntryKind, ProjectEntry};
use crate::i18n::*;
use crate::labels::{dirhams, province_label, sector_label};
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use leptos_router::components::A;

/// The place of an entry in the interface language: province and commune.
pub fn place_text(locale: Locale, entry: &ProjectEntry) -> String {
    let province = match &entry.province {
        Some(province) => province_label(locale, province),
        None => td_string!(locale, projects.whole_region).to_owned(),
    };
    match &entry.commune {
        Some(commune) => format!("{province} · {commune}"),
        None => province,
    }
}

/// The sectors of an entry in the interface language.
pub fn sectors_text(locale: Locale, entry: &ProjectEntry) -> String {
    entry
        .sectors
        .iter()
        .map(|key| sector_label(locale, key))
        .collect::<Vec<_>>()
        .join(crate::labels::list_separator(locale))
}

/// A card of the catalogue; every text is inserted as text, never as markup.
#[component]
pub fn ProjectCard(entry: ProjectEntry) -> impl IntoView {
    let i18n = use_i18n();
    let href = app_href(&format!("/projects/{}", entry.slug));
    let entry = StoredValue::new(entry);
    let kind = move || match entry.with_value(|e| e.kind) {
        EntryKind::Programme => td_string!(i18n.get_locale(), projects.kind_programme),
        EntryKind::Proposal => td_string!(i18n.get_locale(), projects.kind_proposal),
    };
    view! {
        <li class="proposal project-card">
            <p class="project-kind">{kind}</p>
            <h3 dir="auto">
                <A href=href>
                    {move || entry.with_value(|e| e.title_in(i18n.get_locale().as_str()))}
                </A>
            </h3>
            <p class="proposal-place">
                {move || entry.with_value(|e| place_text(i18n.get_locale(), e))}
            </p>
            <p class="project-sector">
                {move || entry.with_value(|e| sectors_text(i18n.get_locale(), e))}
            </p>
            {entry
                .with_value(|e| !e.description.is_empty())
                .then(|| {
                    view! {
                        <p class="proposal-description project-card__summary" dir="auto">
                            {move || {
                                entry.with_value(|e| e.description_in(i18n.get_locale().as_str()))
                            }}
                        </p>
                    }
                })}
            <p class="proposal-cost">
                {move || {
                    let locale = i18n.get_locale();
                    td_string!(
                        locale, projects.cost_amount, amount = dirhams(locale, entry.with_value(|e| e.cost))
                    )
                        .to_string()
                }}
            </p>
            {entry
                .with_value(|e| e.proposal_number)
                .map(|number| {
                    view! {
                        <p>
                            <a class="action-link" href=app_href(&format!("/proposals/{number}"))>
                                {move || {
                                    td_string!(
                                        i18n.get_locale(), projects.follow_proposal, number = number
                                    )
                                        .to_string()
                                }}
                            </a>
                        </p>
                    }
                })}
        </li>
    }
}
