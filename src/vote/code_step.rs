//! First step of the booth: the code printed on the voter's paper slip, checked for its form
//! (10 letters and digits, or 11 with a check character that catches typing mistakes on the
//! device, also offline), then asked about at the endpoint before any project is shown.
use super::booth::{Booth, Step};
use super::code_check::code_refusal;
use crate::api::check_voter_code;
use crate::components::field::Field;
use crate::focus::focus_element;
use crate::i18n::*;
use crate::workshop::session::WorkshopSession;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{VoterCodeProblem, read_voter_code};

/// The code field; a wrong, used, revoked, mistyped or malformed code is refused here, keeping
/// what was typed.
#[component]
pub fn CodeStep(booth: Booth) -> impl IntoView {
    let i18n = use_i18n();
    let tried = RwSignal::new(false);
    let checking = RwSignal::new(false);
    let problem = move || {
        let locale = i18n.get_locale();
        match booth.failure.with(|f| f.as_ref().and_then(|f| f.code())) {
            Some("unknown_voter_code") => Some(td_string!(locale, vote.code_unknown)),
            Some("voter_code_used") => Some(td_string!(locale, vote.code_used)),
            Some("voter_code_revoked") => Some(td_string!(locale, vote.code_revoked)),
            Some("too_many_requests") => Some(td_string!(locale, errors.too_many_requests)),
            _ if tried.get() => match booth.draft.with(|d| read_voter_code(&d.code)) {
                Err(VoterCodeProblem::NotACode) => Some(td_string!(locale, vote.code_invalid)),
                Err(VoterCodeProblem::CheckFailed) => Some(td_string!(locale, vote.code_typo)),
                Ok(_) => None,
            },
            _ => None,
        }
    };
    let go_on = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if checking.get_untracked() {
            return;
        }
        tried.set(true);
        booth.failure.set(None);
        let Ok(code) = booth.draft.with_untracked(|d| read_voter_code(&d.code)) else {
            focus_element("voter-code");
            return;
        };
        checking.set(true);
        spawn_local(async move {
            let token = WorkshopSession::load().map(|session| session.token);
            let refusal = code_refusal(check_voter_code(&code, token.as_deref()).await);
            checking.set(false);
            if refusal.is_none() {
                booth.draft.update(|d| d.code = code);
                booth.go(Step::Choose);
            } else {
                booth.failure.set(refusal);
                focus_element("voter-code");
            }
        });
    };
    view! {
        <form class="booth-step" novalidate=true on:submit=go_on>
            <h2 id="step-title" tabindex="-1">
                {t!(i18n, vote.code_title)}
            </h2>
            <Field
                id="voter-code"
                label=move || td_string!(i18n.get_locale(), vote.code_label)
                help=move || td_string!(i18n.get_locale(), vote.code_help)
                problem=move || problem().map(str::to_owned)
            >
                <input
                    name="voter-code"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    class="code-input"
                    dir="ltr"
                    prop:value=move || booth.draft.with(|d| d.code.clone())
                    on:input=move |e| {
                        booth.failure.set(None);
                        booth.draft.update(|d| d.code = event_target_value(&e));
                    }
                />
            </Field>
            <p class="form-note">{t!(i18n, vote.code_secrecy)}</p>
            <button type="submit" class="button" aria-disabled=move || checking.get().to_string()>
                {t!(i18n, vote.code_continue)}
            </button>
        </form>
    }
}
