//! A followed proposal's page (route `/proposals/:number`): where it stands and why, then the
//! form to follow another one.
use crate::i18n::*;
use crate::proposals::follow_form::FollowForm;
use crate::proposals::followed::FollowedProposal;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The proposal named in the address, and the number form.
#[component]
pub fn ProposalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let typed = Signal::derive(move || params.with(|p| p.get("number")).unwrap_or_default());
    view! {
        <section class="page" aria-labelledby="page-title">
            <FollowedProposal typed />
            <h2>{t!(i18n, follow.another)}</h2>
            <FollowForm />
        </section>
    }
}
