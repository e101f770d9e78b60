//! The vote page (route `/vote`): the booth during the voting phase.
use crate::components::phase_gate::PhaseGate;
use crate::i18n::*;
use crate::site_path::app_href;
use crate::vote::booth_loader::BoothLoader;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::Phase;

/// Heading, introduction and the booth, or when voting opens.
#[component]
pub fn VotePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, vote.title)}</h1>
            <p class="lead">{t!(i18n, vote.intro)}</p>
            <PhaseGate
                open_in=&[Phase::Voting]
                content=|process| view! { <BoothLoader process /> }
            />
            <p>
                <A href=app_href("/vote/check") attr:class="action-link">
                    {t!(i18n, vote.receipt_check_link)}
                </A>
            </p>
        </section>
    }
}
