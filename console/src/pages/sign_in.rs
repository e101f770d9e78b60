//! Signing in with a staff account's name and password.
use crate::api;
use crate::failure::failure_text;
use crate::session::use_session;
use bmk_app::api::ApiFailure;
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{StaffLogin, StaffSession};

/// The sign-in form; a refusal says why (wrong name or password, too many tries) and keeps the name.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get() {
            return;
        }
        busy.set(true);
        let login = StaffLogin {
            name: name.get().trim().to_owned(),
            password: password.get(),
        };
        spawn_local(async move {
            let answer =
                api::send::<_, StaffSession>(Method::POST, "/api/staff/login", Some(&login)).await;
            busy.set(false);
            match answer {
                Ok(signed_in) => {
                    password.set(String::new());
                    failure.set(None);
                    session.current.set(Some(signed_in));
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let problem = move || {
        failure.with(|failure| {
            failure.as_ref().map(|failure| {
                let locale = i18n.get_locale();
                match failure.code() {
                    Some("unauthorized") => td_string!(locale, console.sign_in.wrong),
                    _ => failure_text(locale, failure),
                }
            })
        })
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.sign_in.title)}</h1>
        <form class="console-form" novalidate=true on:submit=submit>
            <Field
                id="staff-name"
                label=move || td_string!(i18n.get_locale(), console.sign_in.name)
            >
                <input
                    type="text"
                    autocomplete="username"
                    required=true
                    prop:value=name
                    on:input=move |e| name.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="staff-password"
                label=move || td_string!(i18n.get_locale(), console.sign_in.password)
            >
                <input
                    type="password"
                    autocomplete="current-password"
                    required=true
                    prop:value=password
                    on:input=move |e| password.set(event_target_value(&e))
                />
            </Field>
            <p class="status error" role="alert" hidden=move || problem().is_none()>
                {problem}
            </p>
            <button type="submit" aria-disabled=move || busy.get().then_some("true")>
                {t!(i18n, console.sign_in.submit)}
            </button>
        </form>
    }
}
