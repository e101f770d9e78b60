//! The vote page (route `/vote`): the booth during the voting phase.
use crate::api::catalogue;
use crate::components::phase_gate::PhaseGate;
use crate::components::retry_notice::RetryNotice;
use crate::i18n::*;
use crate::site_path::app_href;
use crate::vote::booth::VotingBooth;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::{Phase, ProcessStatus};

/// Heading, introduction and the booth, or when voting opens.
#[component]
pub fn VotePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, vote.title)}</h1>
            <p class="lead">{t!(i18n, vote.intro)}</p>
            <PhaseGate open_in=&[Phase::Voting] content=|process| view! { <BoothLoader process /> } />
            <p><A href=app_href("/vote/check") attr:class="action-link">{t!(i18n, vote.receipt_check_link)}</A></p>
        </section>
    }
}

/// Loads the projects on the ballot, then shows the booth (also in the workshop loop).
#[component]
pub fn BoothLoader(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let projects = LocalResource::new(catalogue);
    let rules = StoredValue::new(process.voting);
    move || {
        match projects.get() {
        None => view! { <p class="status" role="status">{t!(i18n, vote.loading)}</p> }.into_any(),
        Some(Err(_)) => view! {
            <RetryNotice on_retry=move || projects.refetch()>{t!(i18n, vote.load_error)}</RetryNotice>
        }
        .into_any(),
        Some(Ok(projects)) => view! { <VotingBooth projects rules=rules.get_value() /> }.into_any(),
    }
    }
}
