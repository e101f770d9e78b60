//! The proposal form: every field labelled, live messages from pb-core's check linked to their
//! field, the draft kept on the device while typing, sending with an idempotency key.
use super::confirmation::Confirmation;
use super::draft::ProposalDraft;
use super::error_summary::ErrorSummary;
use super::field_message::field_message;
use super::fields::{cost_help, element_id, field_label};
use super::form_state::{ProposalFormState, SendStart, Sending};
use crate::api::ApiFailure;
use crate::browser_storage::new_idempotency_key;
use crate::components::choice_select::ChoiceSelect;
use crate::components::field::Field;
use crate::focus::focus_element;
use crate::i18n::*;
use crate::labels::{province_choices, sector_choices};
use crate::outbox::queue::Kind;
use crate::outbox::status::use_outbox;
use crate::outbox::submission::{Submitted, send_or_queue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ErrorCode, ProcessStatus};
use pb_core::validation::ProposalField::{self, *};

/// The form, or the confirmation once the proposal is received.
#[component]
pub fn ProposalForm(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let max_cost = process.max_proposal_cost;
    let process = StoredValue::new(process);
    let form = ProposalFormState::new(ProposalDraft::load(), process);
    Effect::new(move || form.draft.with(ProposalDraft::save));
    let label = move |field| move || field_label(i18n.get_locale(), field);
    let problem = move |field| {
        Signal::derive(move || {
            let problem = form.shown_problem(field)?;
            Some(field_message(i18n.get_locale(), problem, max_cost))
        })
    };
    let value = move |field| move || form.value(field);
    let edit = move |field| move |event| form.edit(field, event_target_value(&event));
    let pick = move |field| move |value| form.edit(field, value);
    let touch = move |field: ProposalField| move |_| form.touch(field);
    let chosen = move |field| Signal::derive(move || form.value(field));
    let choose = move || td_string!(i18n.get_locale(), propose.choose);
    let provinces = Signal::derive(move || {
        process.with_value(|p| province_choices(i18n.get_locale(), &p.provinces))
    });
    let sectors = Signal::derive(move || {
        process.with_value(|p| sector_choices(i18n.get_locale(), &p.sectors))
    });
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
    let status = move || {
        match form.sending.get() {
        Sending::InProgress => Some(view! { <p>{t!(i18n, propose.sending)}</p> }.into_any()),
        Sending::Failed(failure) => Some(
            view! { <p class="status error">{move || sending_failure(i18n.get_locale(), &failure)}</p> }
            .into_any(),
        ),
        _ => None,
    }
    };
    let form_view = move || {
        view! {
            <form class="proposal-form" novalidate=true on:submit=send>
                <p class="form-note">{t!(i18n, propose.draft_note)}</p>
                <ErrorSummary form max_cost />
                <Field
                    id=element_id(Title)
                    label=label(Title)
                    problem=problem(Title)
                    help=move || td_string!(i18n.get_locale(), propose.help_title)
                >
                    <input
                        name="title"
                        type="text"
                        autocomplete="off"
                        prop:value=value(Title)
                        on:input=edit(Title)
                        on:blur=touch(Title)
                    />
                </Field>
                <Field
                    id=element_id(Description)
                    label=label(Description)
                    problem=problem(Description)
                    help=move || td_string!(i18n.get_locale(), propose.help_description)
                >
                    <textarea
                        name="description"
                        rows="6"
                        prop:value=value(Description)
                        on:input=edit(Description)
                        on:blur=touch(Description)
                    ></textarea>
                </Field>
                <Field id=element_id(Province) label=label(Province) problem=problem(Province)>
                    <ChoiceSelect
                        attr:name="province"
                        choices=provinces
                        empty=choose
                        value=chosen(Province)
                        on_pick=pick(Province)
                        on:blur=touch(Province)
                    />
                </Field>
                <Field id=element_id(Commune) label=label(Commune) problem=problem(Commune)>
                    <input
                        name="commune"
                        type="text"
                        autocomplete="address-level2"
                        prop:value=value(Commune)
                        on:input=edit(Commune)
                        on:blur=touch(Commune)
                    />
                </Field>
                <Field id=element_id(Sector) label=label(Sector) problem=problem(Sector)>
                    <ChoiceSelect
                        attr:name="sector"
                        choices=sectors
                        empty=choose
                        value=chosen(Sector)
                        on_pick=pick(Sector)
                        on:blur=touch(Sector)
                    />
                </Field>
                <Field
                    id=element_id(EstimatedCost)
                    label=label(EstimatedCost)
                    problem=problem(EstimatedCost)
                    help=cost_help
                >
                    <input
                        name="estimated_cost"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=value(EstimatedCost)
                        on:input=edit(EstimatedCost)
                        on:blur=touch(EstimatedCost)
                    />
                </Field>
                <Field
                    id=element_id(Contact)
                    label=label(Contact)
                    problem=problem(Contact)
                    help=move || td_string!(i18n.get_locale(), propose.help_contact)
                >
                    <input
                        name="contact"
                        type="text"
                        autocomplete="email"
                        prop:value=value(Contact)
                        on:input=edit(Contact)
                        on:blur=touch(Contact)
                    />
                </Field>
                <div class="send-status" role="status" aria-live="polite">
                    {status}
                </div>
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
