//! The projects page (route `/projects`).
use crate::i18n::*;
use leptos::prelude::*;

/// Page heading and introduction of the projects section.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, projects.title)}</h1>
            <p class="lead">{t!(i18n, projects.intro)}</p>
        </section>
    }
}
