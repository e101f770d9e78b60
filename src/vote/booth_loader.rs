//! The booth with its ballot: loads the projects on the ballot, then shows the booth (on the vote
//! page and in the workshop loop).
use super::booth::VotingBooth;
use crate::api::catalogue;
use crate::components::retry_notice::RetryNotice;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::api::ProcessStatus;

/// Loads the projects on the ballot, then shows the booth under the process's voting rules.
#[component]
pub fn BoothLoader(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let projects = LocalResource::new(catalogue);
    let rules = StoredValue::new(process.voting);
    move || {
        match projects.get() {
        None => view! { <p class="status" role="status">{t!(i18n, vote.loading)}</p> }.into_any(),
        Some(Err(_)) => view! {
            <RetryNotice on_retry=move || projects.refetch()>{t!(i18n, vote.load_error)}</RetryNotice>
        }
        .into_any(),
        Some(Ok(projects)) => view! { <VotingBooth projects rules=rules.get_value() /> }.into_any(),
    }
    }
}
