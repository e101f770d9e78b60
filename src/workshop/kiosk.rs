//! The participant loop on a workshop tablet: start → proposal or ballot (whichever phase is
//! open) → confirmation or receipt → "Done" or the inactivity delay → start again, with nothing
//! of the previous participant left. A corner button leads to the facilitator's view.
use super::facilitator::FacilitatorPanel;
use super::inactivity::watch_inactivity;
use super::kiosk_mode::KioskMode;
use super::session::WorkshopSession;
use crate::browser_storage::{Kept, remove};
use crate::components::phase_gate::PhaseGate;
use crate::focus::focus_after_render;
use crate::i18n::*;
use crate::propose::draft::DRAFT_KEY;
use crate::propose::form::ProposalForm;
use crate::vote::ballot_draft::BALLOT_DRAFT_KEY;
use crate::vote::booth_loader::BoothLoader;
use leptos::prelude::*;
use pb_core::api::Phase;

/// What the tablet shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Start,
    Propose,
    Vote,
    Facilitator,
}

/// The loop for one session.
#[component]
pub fn Kiosk(session: WorkshopSession) -> impl IntoView {
    let i18n = use_i18n();
    provide_context(KioskMode);
    // A tablet restarted in the middle of a participant's turn starts clean as well.
    remove(Kept::InTab, BALLOT_DRAFT_KEY);
    remove(Kept::OnDevice, DRAFT_KEY);
    let screen = RwSignal::new(Screen::Start);
    let go = move |next: Screen| {
        screen.set(next);
        focus_after_render("kiosk-title");
    };
    let delay = session.reset_after_secs;
    let session = StoredValue::new(session);
    let start = move || {
        view! {
            <div class="kiosk-start">
                <h1 id="kiosk-title" tabindex="-1">
                    {t!(i18n, workshop.welcome)}
                </h1>
                <p class="lead">
                    <bdi>{session.with_value(|s| s.name.clone())}</bdi>
                    " · "
                    <bdi>{session.with_value(|s| s.location.clone())}</bdi>
                </p>
                <PhaseGate
                    open_in=&[Phase::Proposals, Phase::Voting]
                    content=move |process| {
                        let i18n = use_i18n();
                        match process.phase {
                            Phase::Proposals => {
                                view! {
                                    <p>{t!(i18n, workshop.start_propose_intro)}</p>
                                    <button
                                        type="button"
                                        class="button button--large"
                                        id="kiosk-propose"
                                        on:click=move |_| go(Screen::Propose)
                                    >
                                        {t!(i18n, workshop.start_propose)}
                                    </button>
                                }
                                    .into_any()
                            }
                            _ => {
                                view! {
                                    <p>{t!(i18n, workshop.start_vote_intro)}</p>
                                    <button
                                        type="button"
                                        class="button button--large"
                                        id="kiosk-vote"
                                        on:click=move |_| go(Screen::Vote)
                                    >
                                        {t!(i18n, workshop.start_vote)}
                                    </button>
                                }
                                    .into_any()
                            }
                        }
                    }
                />
            </div>
        }
    };
    view! {
        <section class="page kiosk" aria-labelledby="kiosk-title">
            {move || match screen.get() {
                Screen::Start => start().into_any(),
                Screen::Propose => {
                    view! {
                        <h1 id="kiosk-title" tabindex="-1">
                            {t!(i18n, propose.title)}
                        </h1>
                        <InactivityWarning delay />
                        <PhaseGate
                            open_in=&[Phase::Proposals]
                            content=|process| view! { <ProposalForm process /> }
                        />
                    }
                        .into_any()
                }
                Screen::Vote => {
                    view! {
                        <h1 id="kiosk-title" tabindex="-1">
                            {t!(i18n, vote.title)}
                        </h1>
                        <InactivityWarning delay />
                        <PhaseGate
                            open_in=&[Phase::Voting]
                            content=|process| view! { <BoothLoader process /> }
                        />
                    }
                        .into_any()
                }
                Screen::Facilitator => {
                    view! {
                        <InactivityWarning delay />
                        <FacilitatorPanel
                            session=session.get_value()
                            on_back=move || go(Screen::Start)
                        />
                    }
                        .into_any()
                }
            }}
            <Show when=move || screen.get() == Screen::Start>
                <p class="kiosk-facilitator">
                    <button
                        type="button"
                        class="button button--secondary"
                        id="kiosk-facilitator"
                        on:click=move |_| go(Screen::Facilitator)
                    >
                        {t!(i18n, workshop.facilitator)}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// Resets the screen after the session's inactivity delay, warning in the last seconds.
#[component]
fn InactivityWarning(delay: u32) -> impl IntoView {
    let i18n = use_i18n();
    let warning = watch_inactivity(delay);
    view! {
        <p class="kiosk-warning" role="status" aria-live="assertive">
            {move || {
                warning
                    .get()
                    .map(|seconds| {
                        td_string!(i18n.get_locale(), workshop.inactivity_warning, count = seconds)
                            .to_string()
                    })
            }}
        </p>
    }
}
