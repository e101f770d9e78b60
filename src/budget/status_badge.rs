//! The label next to a figure saying whether it is official or illustrative, as a badge or as
//! plain text (in tables).
use crate::i18n::*;
use leptos::prelude::*;

/// "Illustrative" for figures the council has not published, "Official" otherwise.
#[component]
pub fn StatusBadge(illustrative: bool) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let class = if illustrative {
        "badge badge-illustrative"
    } else {
        "badge badge-official"
    };
    view! { <span class=class>{status_word(locale, illustrative)}</span> }
}

/// "Official" or "Illustrative" in the interface language.
pub fn status_word(locale: Locale, illustrative: bool) -> &'static str {
    if illustrative {
        td_string!(locale, budget.illustrative)
    } else {
        td_string!(locale, budget.official)
    }
}
