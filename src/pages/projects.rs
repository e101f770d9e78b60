//! The projects page (route `/projects`): the published citizen proposals.
use crate::api::published_proposals;
use crate::budget::money::number_style;
use crate::i18n::*;
use leptos::prelude::*;
use pb_core::api::PublishedProposal;

/// Page heading, introduction and the published proposals, with loading and error states.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let proposals = LocalResource::new(published_proposals);
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, projects.title)}</h1>
            <p class="lead">{t!(i18n, projects.intro)}</p>
            <h2 id="proposals-title">{t!(i18n, projects.proposals_title)}</h2>
            <div class="proposals" aria-labelledby="proposals-title" aria-live="polite">
                {move || match proposals.get() {
                    None => view! { <p class="status">{t!(i18n, projects.loading)}</p> }.into_any(),
                    Some(Err(_)) => view! {
                        <div class="status error" role="alert">
                            <p>{t!(i18n, projects.load_error)}</p>
                            <button type="button" on:click=move |_| proposals.refetch()>
                                {t!(i18n, projects.retry)}
                            </button>
                        </div>
                    }
                    .into_any(),
                    Some(Ok(list)) if list.is_empty() => {
                        view! { <p class="status">{t!(i18n, projects.no_proposals)}</p> }.into_any()
                    }
                    Some(Ok(list)) => view! {
                        <ul class="proposal-list">
                            {list.into_iter().map(|proposal| view! { <ProposalCard proposal /> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}

/// One published proposal; every text is inserted as text, never as markup.
#[component]
fn ProposalCard(proposal: PublishedProposal) -> impl IntoView {
    let i18n = use_i18n();
    let place = format!("{} · {}", proposal.province, proposal.commune);
    view! {
        <li class="proposal">
            <h3>{proposal.title}</h3>
            <p class="proposal-place">{place}</p>
            <p class="proposal-description">{proposal.description}</p>
            <p class="proposal-cost">
                {t!(i18n, projects.estimated_cost)} ": "
                <bdi>{move || number_style(i18n.get_locale()).integer(proposal.estimated_cost)}</bdi> " "
                {t!(i18n, projects.dirhams)}
            </p>
        </li>
    }
}
