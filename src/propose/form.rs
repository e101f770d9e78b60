//! The proposal form: every field labelled, live messages from pb-core's check linked to their
//! field, the draft kept on the device while typing, sending with an idempotency key.
use super::confirmation::Confirmation;
use super::draft::ProposalDraft;
use super::draft_field::DraftField;
use super::error_summary::ErrorSummary;
use super::fields::{cost_help, element_id};
use super::form_state::{ProposalFormState, SendStart, Sending};
use crate::api::ApiFailure;
use crate::browser_storage::new_idempotency_key;
use crate::focus::focus_element;
use crate::i18n::*;
use crate::labels::localized;
use crate::outbox::queue::Kind;
use crate::outbox::status::use_outbox;
use crate::outbox::submission::{Submitted, send_or_queue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ErrorCode, ProcessStatus};
use pb_core::validation::ProposalField::*;

/// The form, or the confirmation once the proposal is received.
#[component]
pub fn ProposalForm(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let max_cost = process.max_proposal_cost;
    let process = StoredValue::new(process);
    let form = ProposalFormState::new(ProposalDraft::load(), process);
    Effect::new(move || form.draft.with(ProposalDraft::save));
    let cost_help = move || {
        form.draft
            .with(|d| cost_help(i18n.get_locale(), &d.sector, max_cost))
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (key, submission) = match form.start_sending(new_idempotency_key) {
            SendStart::Ready(key, submission) => (key, submission),
            SendStart::Correct(field) => return focus_element(element_id(field)),
            SendStart::Busy => return,
        };
        spawn_local(async move {
            match send_or_queue(outbox, Kind::Proposal, "proposals", &key, &submission).await {
                Submitted::Answered(accepted) => {
                    ProposalDraft::clear();
                    form.sending.set(Sending::Received(Some(accepted)));
                }
                Submitted::Queued => {
                    ProposalDraft::clear();
                    form.sending.set(Sending::Received(None));
                }
                Submitted::Failed(failure) => form.failed(failure),
            }
        });
    };
    let in_progress = move || (form.sending.get() == Sending::InProgress).to_string();
    let form_view = move || {
        view! {
            <form class="proposal-form" novalidate=true on:submit=send>
                <p class="form-note">{t!(i18n, propose.draft_note)}</p>
                <ErrorSummary form />
                <DraftField
                    form
                    field=Title
                    help=localized(|l| td_string!(l, propose.help_title))
                />
                <DraftField
                    form
                    field=Description
                    help=localized(|l| td_string!(l, propose.help_description))
                />
                <DraftField form field=Province />
                <DraftField form field=Commune />
                <DraftField form field=Sector />
                <DraftField form field=EstimatedCost help=cost_help />
                <DraftField
                    form
                    field=Contact
                    help=localized(|l| td_string!(l, propose.help_contact))
                />
                <SendStatus sending=form.sending />
                <button type="submit" class="button" aria-disabled=in_progress>
                    {t!(i18n, propose.send)}
                </button>
            </form>
        }
    };
    // Only receiving swaps the form for the confirmation; sending and failing keep the same
    // form (and the focus) on the page.
    let received = Memo::new(move |_| match form.sending.get() {
        Sending::Received(accepted) => Some(accepted),
        _ => None,
    });
    let start_again = move || form.start_again();
    move || match received.get() {
        Some(accepted) => {
            view! { <Confirmation accepted process=process.get_value() on_again=start_again /> }
                .into_any()
        }
        None => form_view().into_any(),
    }
}

/// Where the sending stands, announced: sending, or why it failed.
#[component]
fn SendStatus(sending: RwSignal<Sending>) -> impl IntoView {
    let i18n = use_i18n();
    let status = move || match sending.get() {
        Sending::InProgress => Some(view! { <p>{t!(i18n, propose.sending)}</p> }.into_any()),
        Sending::Failed(failure) => {
            let message = move || sending_failure(i18n.get_locale(), &failure);
            Some(view! { <p class="status error">{message}</p> }.into_any())
        }
        _ => None,
    };
    view! {
        <div class="send-status" role="status" aria-live="polite">
            {status}
        </div>
    }
}

/// The message for a sending that failed; the draft is kept in every case.
fn sending_failure(locale: Locale, failure: &ApiFailure) -> &'static str {
    let ApiFailure::Refused(refusal) = failure else {
        return td_string!(locale, propose.failed_network);
    };
    match refusal.code {
        ErrorCode::InvalidProposal => td_string!(locale, propose.failed_invalid),
        ErrorCode::WrongPhase => td_string!(locale, propose.failed_closed),
        ErrorCode::TooManyRequests => td_string!(locale, errors.too_many_requests),
        _ => td_string!(locale, propose.failed_unknown),
    }
}
