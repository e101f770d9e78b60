//! Home page: what the platform is for and the steps of the process in plain words.
use crate::i18n::*;
use crate::labels::date_label;
use crate::process::use_process;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::Phase;

/// Landing page (route `/`).
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page home" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, home.title)}</h1>
            <p class="lead">{t!(i18n, home.intro)}</p>
            <CurrentStep />
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
                <A href=app_href("/budget") attr:class="button">
                    {t!(i18n, home.cta_budget)}
                </A>
                <A href=app_href("/projects") attr:class="button button--secondary">
                    {t!(i18n, home.cta_projects)}
                </A>
            </p>
        </section>
    }
}

/// What citizens can do now, by phase: a button to the open step, with its closing date.
#[component]
fn CurrentStep() -> impl IntoView {
    let i18n = use_i18n();
    let process = use_process().0;
    move || {
        let status = process.get().and_then(Result::ok)?;
        let (href, label) = match status.phase {
            Phase::Proposals => ("/propose", td_string!(i18n.get_locale(), home.now_propose)),
            Phase::Review => ("/projects", td_string!(i18n.get_locale(), home.now_review)),
            Phase::Voting => ("/vote", td_string!(i18n.get_locale(), home.now_vote)),
            Phase::Results | Phase::Closed => {
                ("/results", td_string!(i18n.get_locale(), home.now_results))
            }
        };
        let until = status
            .schedule
            .iter()
            .find(|window| window.phase == status.phase)
            .and_then(|window| window.closes.clone())
            .map(|closes| {
                td_string!(
                    i18n.get_locale(),
                    home.open_until,
                    date = date_label(&closes)
                )
                .to_string()
            });
        Some(view! {
            <div class="current-step">
                <A
                    href=app_href(href)
                    attr:class="button button--primary-large"
                    attr:id="current-step"
                >
                    {label}
                </A>
                {until.map(|until| view! { <p>{until}</p> })}
            </div>
        })
    }
}
