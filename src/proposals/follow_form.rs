//! The form "follow a proposal by its number": a number typed in any digits opens its page; any
//! other text is explained under the field.
use super::number::proposal_number;
use crate::components::field::Field;
use crate::i18n::*;
use crate::labels::localized;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The number field and its button; a valid number leads to `/proposals/{number}`.
#[component]
pub fn FollowForm() -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let problem = Signal::derive(move || {
        wrong
            .get()
            .then(|| td_string!(i18n.get_locale(), follow.error_number).to_owned())
    });
    let navigate = use_navigate();
    let follow = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match proposal_number(&typed.get_untracked()) {
            Some(number) => {
                wrong.set(false);
                navigate(
                    &app_href(&format!("/proposals/{number}")),
                    Default::default(),
                );
            }
            None => wrong.set(true),
        }
    };
    view! {
        <form class="follow-form" novalidate=true on:submit=follow>
            <Field
                id="follow-number"
                label=localized(|l| td_string!(l, follow.field_number))
                help=localized(|l| td_string!(l, follow.help_number))
                problem
            >
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    dir="ltr"
                    on:input=move |e| typed.set(event_target_value(&e))
                />
            </Field>
            <button type="submit" class="button">
                {t!(i18n, follow.submit)}
            </button>
        </form>
    }
}
