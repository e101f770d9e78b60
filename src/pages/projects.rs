//! The projects page (route `/projects`): the catalogue of programmes and published proposals.
use crate::i18n::*;
use crate::projects::catalogue::Catalogue;
use crate::projects::entries_loader::EntriesLoader;
use crate::projects::load::load_entries;
use crate::site_path::app_href;
use leptos::prelude::*;

/// Page heading, introduction and the catalogue, with loading and error states.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = LocalResource::new(load_entries);
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, projects.title)}</h1>
            <p class="lead">{t!(i18n, projects.intro)}</p>
            <p>
                <a href=app_href("/proposals") class="action-link">
                    {t!(i18n, follow.title)}
                </a>
            </p>
            <div class="catalogue" aria-busy=move || entries.get().is_none().to_string()>
                <EntriesLoader entries let:loaded>
                    {match loaded {
                        (entries, _) if entries.is_empty() => {
                            view! { <p class="status">{t!(i18n, projects.none_yet)}</p> }.into_any()
                        }
                        (entries, process) => view! { <Catalogue entries process /> }.into_any(),
                    }}
                </EntriesLoader>
            </div>
        </section>
    }
}
