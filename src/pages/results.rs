//! The results page (route `/results`): the outcome once voting has ended.
use crate::api::{catalogue, results};
use crate::components::phase_gate::PhaseGate;
use crate::components::retry_notice::RetryNotice;
use crate::i18n::*;
use crate::results::outcome::Outcome;
use leptos::prelude::*;
use pb_core::api::{Phase, ProcessStatus};

/// Page heading, introduction and the outcome, or when it will be published.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, results.title)}</h1>
            <p class="lead">{t!(i18n, results.intro)}</p>
            <PhaseGate open_in=&[Phase::Results, Phase::Closed] content=|process| view! { <OutcomeLoader process /> } />
        </section>
    }
}

/// Loads the results and the projects, then shows the outcome.
#[component]
fn OutcomeLoader(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(|| async {
        Ok::<_, crate::api::ApiFailure>((results().await?, catalogue().await?))
    });
    let process = StoredValue::new(process);
    move || {
        match loaded.get() {
        None => view! { <p class="status" role="status">{t!(i18n, results.loading)}</p> }.into_any(),
        Some(Err(_)) => view! {
            <RetryNotice on_retry=move || loaded.refetch()>{t!(i18n, results.load_error)}</RetryNotice>
        }
        .into_any(),
        Some(Ok((results, projects))) => view! { <Outcome results projects process=process.get_value() /> }.into_any(),
    }
    }
}
