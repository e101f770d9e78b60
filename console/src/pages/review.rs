//! `/console/review`: the technical review of each published proposal, before the vote.
use crate::api;
use crate::failure::failure_text;
use crate::review::review_form::ReviewForm;
use bmk_app::api::ApiFailure;
use bmk_app::focus::focus_after_render;
use bmk_app::i18n::*;
use bmk_app::labels::{dirhams, province_label, sector_label};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ModeratedProposal, ProposalReview};

/// The published proposals with their review, and the form of the one being reviewed.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let proposals = RwSignal::new(None::<Result<Vec<ModeratedProposal>, ApiFailure>>);
    let open = RwSignal::new(None::<i64>);
    let announcement = RwSignal::new(String::new());
    let load = move || {
        spawn_local(async move {
            let answer =
                api::get::<Vec<ModeratedProposal>>("/api/admin/proposals?status=published").await;
            proposals.try_set(Some(answer));
        })
    };
    load();
    let on_done = Callback::new(move |done: String| {
        announcement.set(done);
        open.set(None);
        // The form is gone: the focus goes to the sentence saying the review is saved.
        focus_after_render("review-status");
        load();
    });
    let on_cancel = Callback::new(move |()| open.set(None));
    let items = move || {
        let list = proposals.get().and_then(Result::ok).unwrap_or_default();
        list.into_iter()
            .map(|proposal| {
                let id = proposal.proposal.id;
                let published = proposal.proposal.clone();
                let review = proposal.review.clone();
                let facts = move || {
                    let locale = i18n.get_locale();
                    [
                        province_label(locale, &published.province),
                        sector_label(locale, &published.sector),
                        td_string!(
                            locale,
                            console.review.citizen_cost,
                            cost = dirhams(locale, published.estimated_cost)
                        )
                        .to_string(),
                    ]
                    .join(" · ")
                };
                let state = move || review_state(i18n.get_locale(), review.as_ref());
                let form = proposal.clone();
                view! {
                    <li class="review-item" id=format!("review-{id}")>
                        <h2 class="proposal-heading">
                            <span dir="ltr">{format!("#{id} ")}</span>
                            <bdi>{proposal.proposal.title.clone()}</bdi>
                        </h2>
                        <p>{facts}</p>
                        <p class="review-state">{state}</p>
                        <button
                            type="button"
                            class="secondary"
                            hidden=move || open.get() == Some(id)
                            on:click=move |_| open.set(Some(id))
                        >
                            {t!(i18n, console.review.open)}
                        </button>
                        {move || {
                            (open.get() == Some(id))
                                .then(|| {
                                    view! { <ReviewForm proposal=form.clone() on_done on_cancel /> }
                                })
                        }}
                    </li>
                }
            })
            .collect_view()
    };
    let failure = move || {
        proposals.with(|answer| match answer {
            Some(Err(failure)) => Some(failure_text(i18n.get_locale(), failure)),
            _ => None,
        })
    };
    let empty =
        move || proposals.with(|answer| matches!(answer, Some(Ok(list)) if list.is_empty()));
    view! {
        <h1 id="page-title">{t!(i18n, console.review.title)}</h1>
        <p>{t!(i18n, console.review.intro)}</p>
        <p class="status" id="review-status" role="status" aria-live="polite" tabindex="-1">
            {announcement}
        </p>
        <p class="status error" role="alert" hidden=move || failure().is_none()>
            {failure}
        </p>
        <p hidden=move || !empty()>{t!(i18n, console.review.empty)}</p>
        <ul class="review-list">{items}</ul>
    }
}

/// Where a proposal's review stands, in a sentence: not yet, or the decision, the services'
/// estimate and the project made from it.
fn review_state(locale: Locale, review: Option<&ProposalReview>) -> String {
    let Some(review) = review else {
        return td_string!(locale, console.review.not_reviewed).to_owned();
    };
    let decision = &review.decision;
    let mut parts = vec![
        if decision.feasible {
            td_string!(locale, console.review.feasible)
        } else {
            td_string!(locale, console.review.not_feasible)
        }
        .to_owned(),
        decision.reason.clone(),
    ];
    if let Some(cost) = decision.services_cost {
        parts.push(
            td_string!(
                locale,
                console.review.services_estimate,
                cost = dirhams(locale, cost)
            )
            .to_string(),
        );
    }
    if let Some(project) = &review.project_id {
        parts.push(td_string!(locale, console.review.on_ballot, project = project).to_string());
    }
    parts.join(" · ")
}
