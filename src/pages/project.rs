//! A project's page (route `/projects/:slug`).
use crate::i18n::*;
use crate::projects::detail::ProjectDetail;
use crate::projects::entries_loader::EntriesLoader;
use crate::projects::load::load_entries;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The project named in the address, or a "not found" message with a link back.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let entries = LocalResource::new(load_entries);
    view! {
        <section class="page" aria-labelledby="page-title">
            <EntriesLoader entries heading=t!(i18n, projects.title) let:loaded>
                {
                    let (entries, process) = loaded;
                    let slug = params.with(|p| p.get("slug")).unwrap_or_default();
                    match entries.into_iter().find(|e| e.slug == slug) {
                        Some(entry) => view! { <ProjectDetail entry process /> }.into_any(),
                        None => {
                            view! {
                                <h1 id="page-title">{t!(i18n, projects.not_found)}</h1>
                                <p>
                                    <a href=app_href("/projects") class="action-link">
                                        {t!(i18n, projects.back)}
                                    </a>
                                </p>
                            }
                                .into_any()
                        }
                    }
                }
            </EntriesLoader>
        </section>
    }
}
