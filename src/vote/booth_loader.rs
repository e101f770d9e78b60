//! The booth with its ballot: loads the projects on the ballot, then shows the booth (on the vote
//! page and in the workshop loop).
use super::booth::VotingBooth;
use crate::api::catalogue;
use crate::components::loaded::Loaded;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::api::ProcessStatus;

/// Loads the projects on the ballot, then shows the booth under the process's voting rules.
#[component]
pub fn BoothLoader(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let projects = LocalResource::new(catalogue);
    let rules = StoredValue::new(process.voting);
    view! {
        <Loaded
            data=move || projects.get()
            on_retry=move || projects.refetch()
            loading=t!(i18n, vote.loading)
            failed=move |_| t!(i18n, vote.load_error).into()
            let:projects
        >
            <VotingBooth projects rules=rules.get_value() />
        </Loaded>
    }
}
