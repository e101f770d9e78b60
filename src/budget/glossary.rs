//! Budget words explained in plain language, in the interface language.
use crate::i18n::*;
use leptos::prelude::*;

/// The glossary as a description list.
#[component]
pub fn Glossary() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="budget-section glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{t!(i18n, budget.glossary_title)}</h2>
            <dl>
                <dt>{t!(i18n, budget.term_operating)}</dt>
                <dd>{t!(i18n, budget.def_operating)}</dd>
                <dt>{t!(i18n, budget.term_investment)}</dt>
                <dd>{t!(i18n, budget.def_investment)}</dd>
                <dt>{t!(i18n, budget.term_revenue)}</dt>
                <dd>{t!(i18n, budget.def_revenue)}</dd>
                <dt>{t!(i18n, budget.term_surplus)}</dt>
                <dd>{t!(i18n, budget.def_surplus)}</dd>
                <dt>{t!(i18n, budget.term_pdr)}</dt>
                <dd>{t!(i18n, budget.def_pdr)}</dd>
                <dt>{t!(i18n, budget.term_per_inhabitant)}</dt>
                <dd>{t!(i18n, budget.def_per_inhabitant)}</dd>
                <dt>{t!(i18n, budget.illustrative)}</dt>
                <dd>{t!(i18n, budget.illustrative_note)}</dd>
            </dl>
        </section>
    }
}
