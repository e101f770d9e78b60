//! The receipt check page (route `/vote/check`): open once the ballot list is published.
use crate::components::phase_gate::PhaseGate;
use crate::i18n::*;
use crate::vote::receipt_check::ReceiptCheck;
use leptos::prelude::*;
use pb_core::api::Phase;

/// Heading, explanation and the check, or when the ballot list will be published.
#[component]
pub fn ReceiptCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, check.title)}</h1>
            <p class="lead">{t!(i18n, check.intro)}</p>
            <PhaseGate
                open_in=&[Phase::Results, Phase::Closed]
                content=|_| view! { <ReceiptCheck /> }
            />
        </section>
    }
}
