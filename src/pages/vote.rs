//! The vote page (route `/vote`).
use crate::i18n::*;
use leptos::prelude::*;

/// Page heading and introduction of the vote section.
#[component]
pub fn VotePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, vote.title)}</h1>
            <p class="lead">{t!(i18n, vote.intro)}</p>
        </section>
    }
}
