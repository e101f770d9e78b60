//! The results page (route `/results`).
use crate::i18n::*;
use leptos::prelude::*;

/// Page heading and introduction of the results section.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, results.title)}</h1>
            <p class="lead">{t!(i18n, results.intro)}</p>
        </section>
    }
}
