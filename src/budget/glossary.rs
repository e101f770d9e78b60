//! Budget words explained in plain language, in the interface language.
use crate::i18n::*;
use leptos::prelude::*;

/// The glossary as a description list.
#[component]
pub fn Glossary() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    view! {
        <section class="budget-section glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{td_string!(locale, budget.glossary_title)}</h2>
            <dl>
                <dt>{td_string!(locale, budget.term_operating)}</dt>
                <dd>{td_string!(locale, budget.def_operating)}</dd>
                <dt>{td_string!(locale, budget.term_investment)}</dt>
                <dd>{td_string!(locale, budget.def_investment)}</dd>
                <dt>{td_string!(locale, budget.term_revenue)}</dt>
                <dd>{td_string!(locale, budget.def_revenue)}</dd>
                <dt>{td_string!(locale, budget.term_surplus)}</dt>
                <dd>{td_string!(locale, budget.def_surplus)}</dd>
                <dt>{td_string!(locale, budget.term_pdr)}</dt>
                <dd>{td_string!(locale, budget.def_pdr)}</dd>
                <dt>{td_string!(locale, budget.term_per_inhabitant)}</dt>
                <dd>{td_string!(locale, budget.def_per_inhabitant)}</dd>
                <dt>{td_string!(locale, budget.illustrative)}</dt>
                <dd>{td_string!(locale, budget.illustrative_note)}</dd>
            </dl>
        </section>
    }
}
