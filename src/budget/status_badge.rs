//! The label next to a figure saying whether it is official or illustrative.
use crate::i18n::*;
use leptos::prelude::*;

/// "Illustrative" for figures the council has not published, "Official" otherwise.
#[component]
pub fn StatusBadge(illustrative: bool) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    if illustrative {
        view! { <span class="badge badge-illustrative">{td_string!(locale, budget.illustrative)}</span> }
            .into_any()
    } else {
        view! { <span class="badge badge-official">{td_string!(locale, budget.official)}</span> }
            .into_any()
    }
}
