//! The label next to a figure saying whether it is official or illustrative.
use crate::i18n::*;
use leptos::prelude::*;

/// "Illustrative" for figures the council has not published, "Official" otherwise.
#[component]
pub fn StatusBadge(illustrative: bool) -> impl IntoView {
    let i18n = use_i18n();
    if illustrative {
        view! { <span class="badge badge-illustrative">{t!(i18n, budget.illustrative)}</span> }
            .into_any()
    } else {
        view! { <span class="badge badge-official">{t!(i18n, budget.official)}</span> }.into_any()
    }
}
