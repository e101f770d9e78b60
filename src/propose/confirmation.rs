//! What a citizen sees once the proposal is received (its number) or kept on the device to be
//! sent, and what happens next, with the announced dates of review and voting; a received
//! proposal links to its follow-up page (not on a workshop's tablet, which stays in the workshop).
use crate::i18n::*;
use crate::labels::date_label;
use crate::site_path::app_href;
use crate::workshop::done_button::DoneButton;
use crate::workshop::kiosk_mode::KioskMode;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::{Phase, ProcessStatus, ProposalAccepted};

/// The confirmation, with a way to write another proposal.
#[component]
pub fn Confirmation(
    /// The endpoint's answer, or `None` when the proposal waits on the device to be sent.
    accepted: Option<ProposalAccepted>,
    /// Dates of the next phases.
    process: ProcessStatus,
    /// Clears the form for another proposal.
    on_again: impl Fn() + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let window = |phase: Phase| process.schedule.iter().find(|w| w.phase == phase).cloned();
    let review = window(Phase::Review);
    let voting = window(Phase::Voting);
    let kiosk = use_context::<KioskMode>();
    let in_workshop = kiosk.is_some();
    let review_text = move || {
        let locale = i18n.get_locale();
        match &review {
            Some(w) => td_string!(
                locale,
                propose.next_review_dates,
                from = date_label(&w.opens),
                to = w.closes.as_deref().map(date_label).unwrap_or_default()
            )
            .to_string(),
            None => td_string!(locale, propose.next_review).to_owned(),
        }
    };
    let voting_text = move || {
        let locale = i18n.get_locale();
        match &voting {
            Some(w) => {
                td_string!(locale, propose.next_vote_date, date = date_label(&w.opens)).to_string()
            }
            None => td_string!(locale, propose.next_vote).to_owned(),
        }
    };
    view! {
        <div class="confirmation" role="status" tabindex="-1" id="proposal-confirmation">
            {match accepted {
                Some(accepted) => {
                    view! {
                        <h2>{t!(i18n, propose.received_title)}</h2>
                        <p class="confirmation__number">
                            {move || {
                                td_string!(
                                    i18n.get_locale(), propose.received_number, number = accepted.id
                                )
                                    .to_string()
                            }}
                        </p>
                        {(!in_workshop)
                            .then(|| {
                                view! {
                                    <p>
                                        <a
                                            href=app_href(&format!("/proposals/{}", accepted.id))
                                            class="action-link"
                                            id="follow-proposal"
                                        >
                                            {t!(i18n, propose.follow_link)}
                                        </a>
                                    </p>
                                }
                            })}
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h2>{t!(i18n, propose.queued_title)}</h2>
                        <p class="confirmation__number">{t!(i18n, propose.queued_text)}</p>
                    }
                        .into_any()
                }
            }}
            <h3>{t!(i18n, propose.next_title)}</h3>
            <ol class="next-steps">
                <li>{review_text}</li>
                <li>{t!(i18n, propose.next_published)}</li>
                <li>{voting_text}</li>
            </ol>
            {match kiosk {
                Some(kiosk) => view! { <DoneButton kiosk /> }.into_any(),
                None => {
                    view! {
                        <div class="actions">
                            <A href=app_href("/projects") attr:class="button">
                                {t!(i18n, propose.see_projects)}
                            </A>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| on_again()
                            >
                                {t!(i18n, propose.another)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
