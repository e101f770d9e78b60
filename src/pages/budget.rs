//! The budget page (route `/budget`): loads the published package, then shows the explorer;
//! while loading it says so, and if the data cannot be fetched or read it offers a retry.
use crate::budget::explorer::BudgetExplorer;
use crate::budget::load::{BudgetLoadError, data_url, load_budget};
use crate::components::loaded::Loaded;
use crate::i18n::*;
use leptos::prelude::*;

/// Heading, introduction, and the explorer or its loading or error state.
#[component]
pub fn BudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    let url = data_url();
    let budget = LocalResource::new(move || load_budget(url.clone()));
    view! {
        <section class="page budget-page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, budget.title)}</h1>
            <p class="lead">{t!(i18n, budget.intro)}</p>
            <Loaded
                data=move || budget.get()
                on_retry=move || budget.refetch()
                loading=t!(i18n, budget.loading)
                busy=true
                failed=move |error| failure_message(i18n, error)
                details=BudgetLoadError::details
                let:loaded
            >
                <BudgetExplorer budget=loaded />
            </Loaded>
        </section>
    }
}

/// What could not be done: download the data, or read it.
fn failure_message(i18n: leptos_i18n::I18nContext<Locale>, error: &BudgetLoadError) -> ViewFn {
    match error {
        BudgetLoadError::Unreachable(_) => t!(i18n, budget.load_error_network).into(),
        BudgetLoadError::Invalid(_) => t!(i18n, budget.load_error_invalid).into(),
    }
}
