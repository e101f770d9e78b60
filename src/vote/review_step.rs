//! Third step: the choice as it will be cast, then casting it with an idempotency key; a
//! failure keeps everything and says why.
use super::ballot_draft::BallotDraft;
use super::booth::{Booth, Step};
use super::budget_status::budget_status;
use super::violation_message::violation_message;
use crate::api::ApiFailure;
use crate::browser_storage::new_idempotency_key;
use crate::focus::focus_element;
use crate::i18n::*;
use crate::labels::dirhams;
use crate::outbox::queue::Kind;
use crate::outbox::status::use_outbox;
use crate::outbox::submission::{Submitted, send_or_queue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{BallotReceipt, BallotSubmission, receipt_for_key};
use pb_core::election::Ballot;

/// The review and the button that casts the ballot.
#[component]
pub fn ReviewStep(booth: Booth) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let sending = RwSignal::new(false);
    let chosen = move || booth.draft.with(|d| d.chosen.clone());
    let total = move || {
        booth.projects.with_value(|projects| {
            booth.rules.with_value(|rules| {
                booth
                    .draft
                    .with(|d| budget_status(projects, &d.chosen, rules).spent)
            })
        })
    };
    let cast = move |_| {
        if sending.get_untracked() {
            return;
        }
        let submission = booth.draft.with_untracked(|d| BallotSubmission {
            voter_code: d.code.clone(),
            ballot: Ballot::Approval {
                projects: d.chosen.clone(),
            },
        });
        let key = booth
            .draft
            .with_untracked(|d| d.key_for(&submission, new_idempotency_key));
        booth
            .draft
            .update(|d| d.sent = Some((key.clone(), submission.clone())));
        sending.set(true);
        booth.failure.set(None);
        spawn_local(async move {
            let answer: Submitted<BallotReceipt> =
                send_or_queue(outbox, Kind::Ballot, "ballots", &key, &submission).await;
            sending.set(false);
            let receipt = |receipt, queued| {
                BallotDraft::clear();
                booth.draft.set(BallotDraft::default());
                booth.go(Step::Receipt { receipt, queued });
            };
            match answer {
                Submitted::Answered(answer) => receipt(answer.receipt, false),
                Submitted::Queued => receipt(receipt_for_key(&key), true),
                Submitted::Failed(failure) => {
                    let code_refused = matches!(
                        failure.code(),
                        Some("unknown_voter_code" | "voter_code_revoked")
                    );
                    booth.failure.set(Some(failure));
                    if code_refused {
                        booth.go(Step::Code);
                    } else {
                        focus_element("cast-failure");
                    }
                }
            }
        });
    };
    let failure_text = move || {
        let locale = i18n.get_locale();
        booth.failure.with(|failure| {
            failure.as_ref().map(|failure| match failure {
                ApiFailure::Refused(detail) if !detail.violations.is_empty() => detail
                    .violations
                    .iter()
                    .map(|v| violation_message(locale, v, &|id| booth.name_of(id, locale)))
                    .collect::<Vec<_>>()
                    .join(" "),
                other => cast_failure(locale, other),
            })
        })
    };
    view! {
        <div class="booth-step">
            <h2 id="step-title" tabindex="-1">
                {t!(i18n, vote.review_title)}
            </h2>
            <p>
                {move || {
                    td_string!(i18n.get_locale(), vote.review_intro, count = chosen().len() as u32)
                        .to_string()
                }}
            </p>
            <ul class="review-list">
                {move || {
                    let locale = i18n.get_locale();
                    chosen()
                        .into_iter()
                        .map(|id| {
                            let cost = booth
                                .projects
                                .with_value(|ps| ps.iter().find(|p| p.id == id).map(|p| p.cost))
                                .unwrap_or(0);
                            view! {
                                <li>
                                    <bdi>{booth.name_of(&id, locale)}</bdi>
                                    " — "
                                    <bdi>{dirhams(locale, cost)}</bdi>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="review-total">
                {t!(i18n, vote.review_total)} " "
                <bdi>{move || dirhams(i18n.get_locale(), total())}</bdi>
            </p>
            <p class="form-note">{t!(i18n, vote.review_final)}</p>
            <div id="cast-failure" tabindex="-1" role="alert" class="cast-failure">
                {move || failure_text().map(|text| view! { <p class="status error">{text}</p> })}
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| booth.go(Step::Choose)
                >
                    {t!(i18n, vote.change_choice)}
                </button>
                <button
                    type="button"
                    class="button"
                    id="cast-ballot"
                    on:click=cast
                    aria-disabled=move || sending.get().to_string()
                >
                    {move || {
                        if sending.get() {
                            t!(i18n, vote.casting).into_any()
                        } else {
                            t!(i18n, vote.cast).into_any()
                        }
                    }}
                </button>
            </div>
        </div>
    }
}

/// Why casting failed, for refusals without a broken rule and for network failures.
fn cast_failure(locale: Locale, failure: &ApiFailure) -> String {
    match failure.code() {
        None => td_string!(locale, vote.failed_network).to_owned(),
        Some("voter_code_used") => td_string!(locale, vote.failed_code_used).to_owned(),
        Some("unknown_voter_code") => td_string!(locale, vote.code_unknown).to_owned(),
        Some("wrong_phase") => td_string!(locale, vote.failed_closed).to_owned(),
        Some("too_many_requests") => td_string!(locale, errors.too_many_requests).to_owned(),
        Some(_) => td_string!(locale, vote.failed_unknown).to_owned(),
    }
}
