//! Opening a workshop session: the facilitator types the token an administrator issued, names
//! the session and its place, and may change the inactivity delay. The token is checked with the
//! endpoint once (this needs the network); the ballot and projects are then kept for offline use.
use super::session::{DEFAULT_RESET_AFTER_SECS, WorkshopSession, reset_delay};
use crate::api::{ApiFailure, catalogue, process_status, workshop};
use crate::browser_storage::new_idempotency_key;
use crate::components::field::Field;
use crate::focus::focus_element;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The setup form; `on_open` receives the new session.
#[component]
pub fn SessionSetup(
    on_open: impl Fn(WorkshopSession) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let token = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let delay = RwSignal::new(DEFAULT_RESET_AFTER_SECS.to_string());
    let problem = RwSignal::new(None::<SetupProblem>);
    let checking = RwSignal::new(false);
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if checking.get_untracked() {
            return;
        }
        let Some(reset_after_secs) = reset_delay(&delay.get_untracked()) else {
            problem.set(Some(SetupProblem::Delay));
            focus_element("workshop-delay");
            return;
        };
        let (typed_token, name, location) = (
            token.get_untracked().trim().to_owned(),
            name.get_untracked().trim().to_owned(),
            location.get_untracked().trim().to_owned(),
        );
        if typed_token.is_empty() || name.is_empty() || location.is_empty() {
            problem.set(Some(SetupProblem::Missing));
            focus_element("setup-problem");
            return;
        }
        checking.set(true);
        problem.set(None);
        spawn_local(async move {
            let checked = workshop(&typed_token).await;
            checking.set(false);
            match checked {
                Ok(info) => {
                    // Fetched now so that the service worker keeps them for the offline hours.
                    let _ = process_status().await;
                    let _ = catalogue().await;
                    let session = WorkshopSession {
                        id: new_idempotency_key(),
                        token: typed_token,
                        workshop: info.label,
                        name,
                        location,
                        reset_after_secs,
                        ballots: 0,
                        proposals: 0,
                    };
                    session.save();
                    on_open(session);
                }
                Err(failure) => {
                    problem.set(Some(match failure {
                        ApiFailure::Refused(_) => SetupProblem::TokenRefused,
                        _ => SetupProblem::Offline,
                    }));
                    focus_element("setup-problem");
                }
            }
        });
    };
    let problem_text = move || {
        let locale = i18n.get_locale();
        problem.get().map(|problem| match problem {
            SetupProblem::Missing => td_string!(locale, workshop.setup_missing),
            SetupProblem::Delay => td_string!(locale, workshop.setup_delay_invalid),
            SetupProblem::TokenRefused => td_string!(locale, workshop.setup_token_refused),
            SetupProblem::Offline => td_string!(locale, workshop.setup_offline),
        })
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      value: RwSignal<String>,
                      kind: &'static str| {
        view! {
            <Field id label>
                <input
                    type=kind
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |e| value.set(event_target_value(&e))
                />
            </Field>
        }
    };
    view! {
        <form class="workshop-setup" novalidate=true on:submit=open>
            <h2>{t!(i18n, workshop.setup_title)}</h2>
            <p>{t!(i18n, workshop.setup_intro)}</p>
            {move || {
                let locale = i18n.get_locale();
                view! {
                    {field(
                        "workshop-token",
                        td_string!(locale, workshop.setup_token),
                        token,
                        "password",
                    )}
                    {field("workshop-name", td_string!(locale, workshop.setup_name), name, "text")}
                    {field(
                        "workshop-location",
                        td_string!(locale, workshop.setup_location),
                        location,
                        "text",
                    )}
                }
            }}
            <Field
                id="workshop-delay"
                label=move || td_string!(i18n.get_locale(), workshop.setup_delay)
                help=move || td_string!(i18n.get_locale(), workshop.setup_delay_help)
            >
                <input
                    type="text"
                    inputmode="numeric"
                    dir="ltr"
                    prop:value=move || delay.get()
                    on:input=move |e| delay.set(event_target_value(&e))
                />
            </Field>
            <div id="setup-problem" tabindex="-1" role="alert">
                {move || problem_text().map(|text| view! { <p class="status error">{text}</p> })}
            </div>
            <button
                type="submit"
                class="button button--large"
                id="open-session"
                aria-disabled=move || checking.get().to_string()
            >
                {move || {
                    if checking.get() {
                        t!(i18n, workshop.setup_checking).into_any()
                    } else {
                        t!(i18n, workshop.setup_open).into_any()
                    }
                }}
            </button>
        </form>
    }
}

/// Why the session could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SetupProblem {
    Missing,
    Delay,
    TokenRefused,
    Offline,
}
