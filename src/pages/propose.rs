//! The propose page (route `/propose`): the proposal form during the proposals phase.
use crate::components::phase_gate::PhaseGate;
use crate::i18n::*;
use crate::propose::form::ProposalForm;
use leptos::prelude::*;
use pb_core::api::Phase;

/// Heading, introduction and the form, or when proposals open.
#[component]
pub fn ProposePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, propose.title)}</h1>
            <p class="lead">{t!(i18n, propose.intro)}</p>
            <PhaseGate
                open_in=&[Phase::Proposals]
                content=|process| view! { <ProposalForm process /> }
            />
        </section>
    }
}
