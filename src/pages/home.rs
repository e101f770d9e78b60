//! Home page: what the platform is for and the steps of the process in plain words.
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// Landing page (route `/`).
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page home" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, home.title)}</h1>
            <p class="lead">{t!(i18n, home.intro)}</p>
            <h2>{t!(i18n, home.how_title)}</h2>
            <ol class="steps">
                <li>
                    <h3>{t!(i18n, home.step_explore_title)}</h3>
                    <p>{t!(i18n, home.step_explore_text)}</p>
                </li>
                <li>
                    <h3>{t!(i18n, home.step_propose_title)}</h3>
                    <p>{t!(i18n, home.step_propose_text)}</p>
                </li>
                <li>
                    <h3>{t!(i18n, home.step_review_title)}</h3>
                    <p>{t!(i18n, home.step_review_text)}</p>
                </li>
                <li>
                    <h3>{t!(i18n, home.step_vote_title)}</h3>
                    <p>{t!(i18n, home.step_vote_text)}</p>
                </li>
                <li>
                    <h3>{t!(i18n, home.step_results_title)}</h3>
                    <p>{t!(i18n, home.step_results_text)}</p>
                </li>
            </ol>
            <p class="actions">
                <A href="/budget" attr:class="button">{t!(i18n, home.cta_budget)}</A>
                <A href="/projects" attr:class="button button--secondary">{t!(i18n, home.cta_projects)}</A>
            </p>
        </section>
    }
}
