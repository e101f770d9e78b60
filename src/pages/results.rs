//! The results page (route `/results`): the outcome once voting has ended.
use crate::api::{catalogue, results};
use crate::components::loaded::Loaded;
use crate::components::phase_gate::PhaseGate;
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
            <PhaseGate
                open_in=&[Phase::Results, Phase::Closed]
                content=|process| view! { <OutcomeLoader process /> }
            />
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
    view! {
        <Loaded
            data=move || loaded.get()
            on_retry=move || loaded.refetch()
            loading=t!(i18n, results.loading)
            failed=move |_| t!(i18n, results.load_error).into()
            let:loaded
        >
            <Outcome results=loaded.0 projects=loaded.1 process=process.get_value() />
        </Loaded>
    }
}
