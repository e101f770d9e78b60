//! Setting one's own password: required after signing in with a one-time password, and open to
//! every account at any time.
use crate::api;
use crate::failure::failure_text;
use crate::session::use_session;
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::PasswordChange;
use pb_core::api::staff::{MIN_PASSWORD_CHARS, is_acceptable_password};

/// What the form says after a try.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Nothing sent yet.
    None,
    /// The new password is too short or too long; nothing was sent.
    Unacceptable,
    /// The two new passwords differ; nothing was sent.
    Mismatch,
    /// The endpoint refused (wrong current password, network…).
    Failed(&'static str),
    /// Changed.
    Changed,
}

/// The form: current password, new one twice.
#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let outcome = RwSignal::new(Outcome::None);
    let required = move || {
        session.current.with(|session| {
            session
                .as_ref()
                .is_some_and(|session| session.account.password_change_required)
        })
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !is_acceptable_password(&new.get()) {
            outcome.set(Outcome::Unacceptable);
            return;
        }
        if new.get() != again.get() {
            outcome.set(Outcome::Mismatch);
            return;
        }
        let change = PasswordChange {
            current: current.get(),
            new: new.get(),
        };
        spawn_local(async move {
            match api::send::<_, ()>(Method::PUT, "/api/staff/password", Some(&change)).await {
                Ok(()) => {
                    current.set(String::new());
                    new.set(String::new());
                    again.set(String::new());
                    outcome.set(Outcome::Changed);
                    session.refresh();
                }
                Err(failure) => {
                    let locale = i18n.get_locale_untracked();
                    let text = match failure.code() {
                        Some("unauthorized") => {
                            td_string!(locale, console.password.wrong_current)
                        }
                        _ => failure_text(locale, &failure),
                    };
                    outcome.set(Outcome::Failed(text));
                }
            }
        });
    };
    let message = move || {
        let locale = i18n.get_locale();
        match outcome.get() {
            Outcome::None => None,
            Outcome::Unacceptable => Some(td_string!(locale, console.password.too_short)),
            Outcome::Mismatch => Some(td_string!(locale, console.password.mismatch)),
            Outcome::Failed(text) => Some(text),
            Outcome::Changed => Some(td_string!(locale, console.password.changed)),
        }
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.password.title)}</h1>
        <p hidden=move || !required()>{t!(i18n, console.password.required)}</p>
        <form class="console-form" novalidate=true on:submit=submit>
            <Field
                id="current-password"
                label=move || td_string!(i18n.get_locale(), console.password.current)
            >
                <input
                    type="password"
                    autocomplete="current-password"
                    prop:value=current
                    on:input=move |e| current.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="new-password"
                label=move || td_string!(i18n.get_locale(), console.password.new_password)
                help=move || {
                    td_string!(i18n.get_locale(), console.password.rule, min = MIN_PASSWORD_CHARS)
                        .to_string()
                }
            >
                <input
                    type="password"
                    autocomplete="new-password"
                    prop:value=new
                    on:input=move |e| new.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="new-password-again"
                label=move || td_string!(i18n.get_locale(), console.password.again)
            >
                <input
                    type="password"
                    autocomplete="new-password"
                    prop:value=again
                    on:input=move |e| again.set(event_target_value(&e))
                />
            </Field>
            <p
                class=move || {
                    if outcome.get() == Outcome::Changed {
                        "status success"
                    } else {
                        "status error"
                    }
                }
                role="alert"
                hidden=move || message().is_none()
            >
                {message}
            </p>
            <button type="submit">{t!(i18n, console.password.submit)}</button>
        </form>
    }
}
