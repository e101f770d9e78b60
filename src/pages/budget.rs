//! The budget page (route `/budget`).
use crate::i18n::*;
use leptos::prelude::*;

/// Page heading and introduction of the budget section.
#[component]
pub fn BudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, budget.title)}</h1>
            <p class="lead">{t!(i18n, budget.intro)}</p>
        </section>
    }
}
