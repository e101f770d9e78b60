//! The projects page (route `/projects`): the catalogue of programmes and published proposals.
use crate::api::ApiFailure;
use crate::components::retry_notice::RetryNotice;
use crate::i18n::*;
use crate::process::use_process;
use crate::projects::catalogue::Catalogue;
use crate::projects::load::load_entries;
use leptos::prelude::*;

/// Page heading, introduction and the catalogue, with loading and error states.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let process = use_process().0;
    let entries = LocalResource::new(load_entries);
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, projects.title)}</h1>
            <p class="lead">{t!(i18n, projects.intro)}</p>
            <div class="catalogue" aria-busy=move || entries.get().is_none().to_string()>
                {move || match (entries.get(), process.get()) {
                    (Some(Ok(entries)), Some(Ok(_))) if entries.is_empty() => {
                        view! { <p class="status">{t!(i18n, projects.none_yet)}</p> }.into_any()
                    }
                    (Some(Ok(entries)), Some(Ok(process))) => view! { <Catalogue entries process /> }.into_any(),
                    (_, Some(Err(ApiFailure::NoEndpoint))) => view! {
                        <p class="status notice" id="not-available">{t!(i18n, projects.not_available_here)}</p>
                    }
                    .into_any(),
                    (Some(Err(_)), _) | (_, Some(Err(_))) => view! {
                        <RetryNotice on_retry=move || {
                            entries.refetch();
                            process.refetch();
                        }>{t!(i18n, projects.load_error)}</RetryNotice>
                    }
                    .into_any(),
                    _ => view! { <p class="status" role="status">{t!(i18n, projects.loading)}</p> }.into_any(),
                }}
            </div>
        </section>
    }
}
