//! First step of the booth: the code printed on the voter's paper slip.
use super::booth::{Booth, Step};
use crate::components::field::Field;
use crate::focus::focus_element;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::api::normalize_voter_code;

/// The code field, checked for its form (10 letters and digits) before going on.
#[component]
pub fn CodeStep(booth: Booth) -> impl IntoView {
    let i18n = use_i18n();
    let tried = RwSignal::new(false);
    let refused = move || {
        booth
            .failure
            .with(|f| f.as_ref().and_then(|f| f.code()) == Some("unknown_voter_code"))
    };
    let problem = move || {
        let locale = i18n.get_locale();
        if refused() {
            Some(td_string!(locale, vote.code_unknown))
        } else if tried.get()
            && booth
                .draft
                .with(|d| normalize_voter_code(&d.code).is_none())
        {
            Some(td_string!(locale, vote.code_invalid))
        } else {
            None
        }
    };
    let go_on = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        tried.set(true);
        match booth
            .draft
            .with_untracked(|d| normalize_voter_code(&d.code))
        {
            Some(code) => {
                booth.draft.update(|d| d.code = code);
                booth.failure.set(None);
                booth.go(Step::Choose);
            }
            None => focus_element("voter-code"),
        }
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
            <button type="submit" class="button">
                {t!(i18n, vote.code_continue)}
            </button>
        </form>
    }
}
