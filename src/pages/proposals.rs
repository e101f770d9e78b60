//! The proposals page (route `/proposals`): follow a proposal by its number.
use crate::i18n::*;
use crate::proposals::follow_form::FollowForm;
use leptos::prelude::*;

/// Heading, explanation and the number form.
#[component]
pub fn ProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, follow.title)}</h1>
            <p class="lead">{t!(i18n, follow.intro)}</p>
            <FollowForm />
        </section>
    }
}
