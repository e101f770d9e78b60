//! A project's page (route `/projects/:slug`).
use crate::api::ApiFailure;
use crate::components::retry_notice::RetryNotice;
use crate::i18n::*;
use crate::process::use_process;
use crate::projects::detail::ProjectDetail;
use crate::projects::load::load_entries;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The project named in the address, or a "not found" message with a link back.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let process = use_process().0;
    let params = use_params_map();
    let entries = LocalResource::new(load_entries);
    view! {
        <section class="page" aria-labelledby="page-title">
            {move || {
                let slug = params.with(|p| p.get("slug")).unwrap_or_default();
                match (entries.get(), process.get()) {
                    (Some(Ok(entries)), Some(Ok(process))) => match entries.into_iter().find(|e| e.slug == slug) {
                        Some(entry) => view! { <ProjectDetail entry process /> }.into_any(),
                        None => view! {
                            <h1 id="page-title">{t!(i18n, projects.not_found)}</h1>
                            <p><a href=app_href("/projects") class="action-link">{t!(i18n, projects.back)}</a></p>
                        }
                        .into_any(),
                    },
                    (_, Some(Err(ApiFailure::NoEndpoint))) => view! {
                        <h1 id="page-title">{t!(i18n, projects.title)}</h1>
                        <p class="status notice" id="not-available">{t!(i18n, projects.not_available_here)}</p>
                    }
                    .into_any(),
                    (Some(Err(_)), _) | (_, Some(Err(_))) => view! {
                        <h1 id="page-title">{t!(i18n, projects.title)}</h1>
                        <RetryNotice on_retry=move || {
                            entries.refetch();
                            process.refetch();
                        }>{t!(i18n, projects.load_error)}</RetryNotice>
                    }
                    .into_any(),
                    _ => view! {
                        <h1 id="page-title">{t!(i18n, projects.title)}</h1>
                        <p class="status" role="status">{t!(i18n, projects.loading)}</p>
                    }
                    .into_any(),
                }
            }}
        </section>
    }
}
