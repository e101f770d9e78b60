//! A project's page: description, cost, place, sectors, and how it relates to the budget (links
//! into the budget explorer for its province and sector, and its share of the vote's budget).
use super::card::{place_text, sectors_text};
use super::entry::{EntryKind, ProjectEntry};
use crate::budget::money::number_style;
use crate::i18n::*;
use crate::labels::{dirhams, sector_label};
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use leptos_router::components::A;
use pb_core::api::ProcessStatus;
use pb_core::fiscal::place_key;

/// The address of the budget explorer showing "your share" for a province and a sector.
pub fn budget_link(province: Option<&str>, sector: Option<&str>) -> String {
    let mut parameters = Vec::new();
    if let Some(province) = province {
        parameters.push(format!("province={}", place_key(province)));
    }
    if let Some(sector) = sector {
        parameters.push(format!(
            "sector={}",
            pb_core::sectors::budget_function(sector)
        ));
    }
    if parameters.is_empty() {
        "/budget".to_owned()
    } else {
        format!("/budget?{}", parameters.join("&"))
    }
}

/// The page of one entry.
#[component]
pub fn ProjectDetail(entry: ProjectEntry, process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let entry = StoredValue::new(entry);
    let budget = process.voting.budget;
    let kind = move || match entry.with_value(|e| e.kind) {
        EntryKind::Programme => td_string!(i18n.get_locale(), projects.kind_programme),
        EntryKind::Proposal => td_string!(i18n.get_locale(), projects.kind_proposal),
    };
    let share = move || {
        let locale = i18n.get_locale();
        let cost = entry.with_value(|e| e.cost);
        let percent = number_style(locale).share(cost as i64, budget as i64);
        td_string!(
            locale,
            projects.share_of_budget,
            share = percent,
            budget = dirhams(locale, budget)
        )
        .to_string()
    };
    let budget_links = move || {
        let locale = i18n.get_locale();
        entry
            .with_value(|e| {
                let mut links: Vec<(String, String)> = e
                    .sectors
                    .iter()
                    .map(|sector| {
                        let text = td_string!(
                            locale,
                            projects.budget_link_sector,
                            sector = sector_label(locale, sector)
                        )
                        .to_string();
                        (budget_link(e.province.as_deref(), Some(sector)), text)
                    })
                    .collect();
                if links.is_empty() {
                    links.push((
                        budget_link(e.province.as_deref(), None),
                        td_string!(locale, projects.budget_link).to_owned(),
                    ));
                }
                links
            })
            .into_iter()
            .map(|(href, text)| {
                view! {
                    <li>
                        <A href=app_href(&href)>{text}</A>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <article class="project-detail">
            <p class="project-kind">{kind}</p>
            <h1 id="page-title" dir="auto">
                {move || entry.with_value(|e| e.title_in(i18n.get_locale().as_str()))}
            </h1>
            <dl class="project-facts">
                <dt>{t!(i18n, projects.cost)}</dt>
                <dd id="project-cost">
                    <bdi>{move || dirhams(i18n.get_locale(), entry.with_value(|e| e.cost))}</bdi>
                </dd>
                <dt>{t!(i18n, projects.place)}</dt>
                <dd>{move || entry.with_value(|e| place_text(i18n.get_locale(), e))}</dd>
                <dt>{t!(i18n, projects.sector)}</dt>
                <dd>{move || entry.with_value(|e| sectors_text(i18n.get_locale(), e))}</dd>
            </dl>
            <h2>{t!(i18n, projects.description)}</h2>
            <p class="proposal-description" dir="auto">
                {move || entry.with_value(|e| e.description_in(i18n.get_locale().as_str()))}
            </p>
            <h2>{t!(i18n, projects.in_the_budget)}</h2>
            <p>{share}</p>
            <ul class="budget-links">{budget_links}</ul>
            <p>
                <A href=app_href("/projects") attr:class="action-link">
                    {t!(i18n, projects.back)}
                </A>
            </p>
        </article>
    }
}
