//! One proposal followed by the number in the address: loading, failure with a retry, "no such
//! proposal", or where it stands.
use super::follow_up::FollowUp;
use super::number::proposal_number;
use crate::api::{ApiFailure, follow_proposal};
use crate::components::loaded::Loaded;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::api::ProposalFollowUp;

/// The proposal with the number `typed` (as the address gives it), or that there is none.
#[component]
pub fn FollowedProposal(
    /// The number as it appears in the address.
    #[prop(into)]
    typed: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The review's reason comes in the interface language, so a change of language fetches again.
    let proposal =
        LocalResource::new(move || find(typed.get(), i18n.get_locale().as_str().to_owned()));
    view! {
        <Loaded
            data=move || proposal.get()
            on_retry=move || proposal.refetch()
            loading=t!(i18n, follow.loading)
            failed=move |_| t!(i18n, follow.load_error).into()
            not_available=t!(i18n, follow.not_available_here)
            heading=Some(ViewFn::from(move || t!(i18n, follow.title)))
            busy=true
            let:found
        >
            {match found {
                Some(proposal) => view! { <FollowUp proposal /> }.into_any(),
                None => {
                    let number = typed.get_untracked();
                    view! {
                        <h1 id="page-title">{t!(i18n, follow.unknown_title)}</h1>
                        <p class="status error" id="follow-unknown">
                            {move || {
                                td_string!(
                                    i18n.get_locale(), follow.unknown, number = number.clone()
                                )
                                    .to_string()
                            }}
                        </p>
                    }
                        .into_any()
                }
            }}
        </Loaded>
    }
}

/// The proposal with this number (its review's reason in `language`); `None` when the text is
/// no number or no proposal has it.
async fn find(typed: String, language: String) -> Result<Option<ProposalFollowUp>, ApiFailure> {
    let Some(number) = proposal_number(&typed) else {
        return Ok(None);
    };
    match follow_proposal(number, &language).await {
        Ok(proposal) => Ok(Some(proposal)),
        Err(failure) if failure.code() == Some("unknown_proposal") => Ok(None),
        Err(failure) => Err(failure),
    }
}
