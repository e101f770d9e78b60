//! Home page: what the platform is for and the steps of the process in plain words.
use crate::i18n::*;
use crate::labels::date_label;
use crate::process::use_process;
use crate::process_steps::ProcessStep;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::{Phase, PhaseWindow};

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
                <Steps />
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

/// The steps of the process with their dates; the step open now is marked, in words and with
/// `aria-current="step"`.
#[component]
fn Steps() -> impl IntoView {
    let i18n = use_i18n();
    let process = use_process().0;
    move || {
        let locale = i18n.get_locale();
        let status = process.get().and_then(Result::ok);
        ProcessStep::ALL
            .into_iter()
            .map(|step| {
                let (title, text) = step_words(locale, step);
                let current = status.as_ref().is_some_and(|s| step.is_current(s.phase));
                let dates = status
                    .as_ref()
                    .and_then(|s| step.window(&s.schedule))
                    .map(|window| window_words(locale, window));
                view! {
                    <li class:step--current=current aria-current=current.then_some("step")>
                        {current
                            .then(|| {
                                view! { <p class="step-now">{td_string!(locale, home.step_now)}</p> }
                            })}
                        <h3>{title}</h3>
                        <p>{text}</p>
                        {dates.map(|dates| view! { <p class="step-dates">{dates}</p> })}
                    </li>
                }
            })
            .collect_view()
    }
}

/// A step's title and text.
fn step_words(locale: Locale, step: ProcessStep) -> (&'static str, &'static str) {
    match step {
        ProcessStep::Explore => (
            td_string!(locale, home.step_explore_title),
            td_string!(locale, home.step_explore_text),
        ),
        ProcessStep::Propose => (
            td_string!(locale, home.step_propose_title),
            td_string!(locale, home.step_propose_text),
        ),
        ProcessStep::Review => (
            td_string!(locale, home.step_review_title),
            td_string!(locale, home.step_review_text),
        ),
        ProcessStep::Vote => (
            td_string!(locale, home.step_vote_title),
            td_string!(locale, home.step_vote_text),
        ),
        ProcessStep::Results => (
            td_string!(locale, home.step_results_title),
            td_string!(locale, home.step_results_text),
        ),
    }
}

/// "From 15/01/2027 to 15/03/2027", or "From 07/06/2027" when no end is announced.
fn window_words(locale: Locale, window: &PhaseWindow) -> String {
    let opens = date_label(&window.opens);
    match &window.closes {
        Some(closes) => td_string!(
            locale,
            home.step_dates,
            opens = opens,
            closes = date_label(closes)
        )
        .to_string(),
        None => td_string!(locale, home.step_from, opens = opens).to_string(),
    }
}
