//! The published files to download, and the documents every figure comes from.
use super::load::LoadedBudget;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use std::sync::Arc;

/// Download links for datapackage.json and each data file, then the list of sources.
#[component]
pub fn DataLinks(budget: Arc<LoadedBudget>) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let files = budget
        .file_urls
        .iter()
        .map(|(path, url)| {
            let name = path.rsplit('/').next().unwrap_or(path).to_owned();
            let file_name = name.clone();
            view! {
                <li>
                    <a class="download" href=url.clone() download=file_name>
                        {td_string!(locale, budget.download_file)}
                        " — "
                        <bdi>{name}</bdi>
                    </a>
                </li>
            }
        })
        .collect_view();
    let sources = budget
        .dataset
        .descriptor
        .sources
        .iter()
        .map(|source| {
            let title = source.title_in(locale.as_str()).to_owned();
            let link = match source.path.clone() {
                Some(path) => view! {
                    <a href=path rel="noopener" target="_blank">
                        <bdi>{title}</bdi>
                    </a>
                }
                .into_any(),
                None => view! { <bdi>{title}</bdi> }.into_any(),
            };
            let date = source.date.clone().map(|date| {
                view! {
                    " ("
                    <bdi>{date}</bdi>
                    ")"
                }
            });
            view! { <li>{link}{date}</li> }
        })
        .collect_view();
    view! {
        <section class="budget-section" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{td_string!(locale, budget.downloads_title)}</h2>
            <ul class="downloads">
                <li>
                    <a
                        class="download"
                        href=budget.descriptor_url.clone()
                        download="datapackage.json"
                    >
                        {td_string!(locale, budget.download_package)}
                    </a>
                </li>
                {files}
            </ul>
            <h2 id="sources-title">{td_string!(locale, budget.sources_title)}</h2>
            <ul class="sources" aria-labelledby="sources-title">
                {sources}
            </ul>
        </section>
    }
}
