//! The budget page (route `/budget`): loads the published package, then shows the explorer;
//! while loading it says so, and if the data cannot be fetched or read it offers a retry.
use crate::budget::explorer::BudgetExplorer;
use crate::budget::load::{BudgetLoadError, data_url, load_budget};
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
            {move || match budget.get() {
                None => view! {
                    <p class="status" role="status" aria-busy="true">{t!(i18n, budget.loading)}</p>
                }
                .into_any(),
                Some(Err(error)) => view! {
                    <div class="status error" role="alert">
                        <p>
                            {match error {
                                BudgetLoadError::Unreachable(_) => t!(i18n, budget.load_error_network).into_any(),
                                BudgetLoadError::Invalid(_) => t!(i18n, budget.load_error_invalid).into_any(),
                            }}
                        </p>
                        <details>
                            <summary>{t!(i18n, budget.error_details)}</summary>
                            <p class="error-details"><bdi>{match &error {
                                BudgetLoadError::Unreachable(url) => url.clone(),
                                BudgetLoadError::Invalid(message) => message.clone(),
                            }}</bdi></p>
                        </details>
                        <button type="button" class="retry" on:click=move |_| budget.refetch()>
                            {t!(i18n, budget.retry)}
                        </button>
                    </div>
                }
                .into_any(),
                Some(Ok(loaded)) => view! { <BudgetExplorer budget=loaded /> }.into_any(),
            }}
        </section>
    }
}
