//! The technical review of one published proposal: feasible or not, the public reason in French
//! and its translations, and the services' estimate.
use crate::api;
use crate::failure::failure_text;
use crate::review::review_draft::{DraftProblem, ReviewDraft};
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ModeratedProposal, ProposalReview};

/// The form, filled with the earlier review if any; `on_done` receives the sentence announcing
/// the stored review, `on_cancel` closes the form.
#[component]
pub fn ReviewForm(
    /// The published proposal.
    proposal: ModeratedProposal,
    /// Called once the endpoint has stored the review.
    on_done: Callback<String>,
    /// Called when the reviewer gives up.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = proposal.proposal.id;
    let draft = RwSignal::new(
        proposal
            .review
            .as_ref()
            .map(ReviewDraft::of)
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<String>);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let locale = i18n.get_locale_untracked();
        let review = match draft.with_untracked(ReviewDraft::to_review) {
            Ok(review) => review,
            Err(missing) => {
                let text = match missing {
                    DraftProblem::NoDecision => td_string!(locale, console.review.no_decision),
                    DraftProblem::NoReason => td_string!(locale, console.review.no_reason),
                    DraftProblem::BadCost => td_string!(locale, console.review.bad_cost),
                };
                problem.set(Some(text.to_owned()));
                return;
            }
        };
        spawn_local(async move {
            let path = format!("/api/admin/proposals/{id}/review");
            match api::send::<_, ProposalReview>(Method::PUT, &path, Some(&review)).await {
                Ok(_) => on_done.run(td_string!(locale, console.review.saved, id = id).to_string()),
                Err(failure) => problem.set(Some(failure_text(locale, &failure).to_owned())),
            }
        });
    };
    let choice = move |feasible: bool| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    id=if feasible { "review-feasible" } else { "review-not-feasible" }
                    name="review-decision"
                    prop:checked=move || draft.with(|d| d.feasible == Some(feasible))
                    on:change=move |_| draft.update(|d| d.feasible = Some(feasible))
                />
                {move || {
                    if feasible {
                        td_string!(i18n.get_locale(), console.review.feasible)
                    } else {
                        td_string!(i18n.get_locale(), console.review.not_feasible)
                    }
                }}
            </label>
        }
    };
    let translation = move |index: usize, id: &'static str, label: fn(Locale) -> &'static str| {
        let label = move || label(i18n.get_locale());
        view! {
            <Field id label>
                <textarea
                    rows="2"
                    dir="auto"
                    prop:value=move || draft.with(|d| d.translations[index].clone())
                    on:input=move |event| {
                        draft.update(|d| d.translations[index] = event_target_value(&event))
                    }
                ></textarea>
            </Field>
        }
    };
    view! {
        <form class="review-form" on:submit=save novalidate>
            <h3>
                {move || td_string!(i18n.get_locale(), console.review.legend, id = id).to_string()}
            </h3>
            <fieldset>
                <legend>{t!(i18n, console.review.decision)}</legend>
                {choice(true)}
                {choice(false)}
            </fieldset>
            <Field
                id="review-reason"
                label=move || td_string!(i18n.get_locale(), console.review.reason)
                help=move || td_string!(i18n.get_locale(), console.review.reason_help)
            >
                <textarea
                    rows="3"
                    dir="auto"
                    prop:value=move || draft.with(|d| d.reason.clone())
                    on:input=move |event| draft.update(|d| d.reason = event_target_value(&event))
                ></textarea>
            </Field>
            <details>
                <summary>{t!(i18n, console.review.translations)}</summary>
                {translation(
                    0,
                    "review-reason-ar",
                    |locale| td_string!(locale, console.review.reason_ar),
                )}
                {translation(
                    1,
                    "review-reason-zgh",
                    |locale| td_string!(locale, console.review.reason_zgh),
                )}
                {translation(
                    2,
                    "review-reason-en",
                    |locale| td_string!(locale, console.review.reason_en),
                )}
            </details>
            <Field
                id="review-cost"
                label=move || td_string!(i18n.get_locale(), console.review.services_cost)
                help=move || td_string!(i18n.get_locale(), console.review.services_cost_help)
            >
                <input
                    type="text"
                    inputmode="numeric"
                    prop:value=move || draft.with(|d| d.cost.clone())
                    on:input=move |event| draft.update(|d| d.cost = event_target_value(&event))
                />
            </Field>
            <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get()}
            </p>
            <button type="submit" id="save-review">
                {t!(i18n, console.review.save)}
            </button>
            <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                {t!(i18n, console.cancel)}
            </button>
        </form>
    }
}
