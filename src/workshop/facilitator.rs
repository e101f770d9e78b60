//! The facilitator's view, behind the workshop token: what this session collected, what waits
//! on the tablet, "Send now", and ending the session.
use super::kiosk_mode::reset_for_next_participant;
use super::session::WorkshopSession;
use crate::focus::focus_after_render;
use crate::i18n::*;
use crate::outbox::notice::refusal_text;
use crate::outbox::status::use_outbox;
use crate::service_worker::kept_for_offline_use;
use leptos::prelude::*;

/// The token prompt, then the panel.
#[component]
pub fn FacilitatorPanel(
    /// The running session.
    session: WorkshopSession,
    /// Back to the participants' start screen.
    on_back: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let unlocked = RwSignal::new(false);
    let wrong = RwSignal::new(false);
    let expected = StoredValue::new(session.token.clone());
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let right = expected.with_value(|token| typed.get_untracked().trim() == token);
        wrong.set(!right);
        typed.set(String::new());
        if right {
            unlocked.set(true);
            focus_after_render("facilitator-title");
        }
    };
    move || {
        if unlocked.get() {
            view! { <Panel on_back /> }.into_any()
        } else {
            view! {
                <form class="workshop-setup" novalidate=true on:submit=unlock>
                    <h1 id="kiosk-title" tabindex="-1">
                        {t!(i18n, workshop.facilitator)}
                    </h1>
                    <div class="field">
                        <label for="facilitator-token">{t!(i18n, workshop.setup_token)}</label>
                        <input
                            id="facilitator-token"
                            type="password"
                            autocomplete="off"
                            prop:value=move || typed.get()
                            on:input=move |e| typed.set(event_target_value(&e))
                        />
                    </div>
                    <p role="alert">
                        {move || {
                            wrong
                                .get()
                                .then(|| {
                                    view! {
                                        <span class="status error">
                                            {t!(i18n, workshop.setup_token_refused)}
                                        </span>
                                    }
                                })
                        }}
                    </p>
                    <div class="actions">
                        <button type="submit" class="button button--large" id="facilitator-unlock">
                            {t!(i18n, workshop.unlock)}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary button--large"
                            on:click=move |_| on_back()
                        >
                            {t!(i18n, workshop.back_to_start)}
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

/// Counts, queue and session controls.
#[component]
fn Panel(on_back: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    outbox.refresh();
    let session = WorkshopSession::load();
    let (name, location, workshop, ballots, proposals, id) = session
        .map(|s| (s.name, s.location, s.workshop, s.ballots, s.proposals, s.id))
        .unwrap_or_default();
    let id = StoredValue::new(id);
    let of_session = move |refused: bool| {
        outbox.entries.with(|entries| {
            entries
                .iter()
                .filter(|e| id.with_value(|id| e.label.workshop_session.as_deref() == Some(id)))
                .filter(|e| e.label.refusal.is_some() == refused)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let confirming_end = RwSignal::new(false);
    let end = move |_| {
        WorkshopSession::end();
        reset_for_next_participant();
    };
    view! {
        <div class="facilitator">
            <h1 id="facilitator-title" tabindex="-1">
                {t!(i18n, workshop.facilitator)}
            </h1>
            <p class="lead">
                <bdi>{name}</bdi>
                " · "
                <bdi>{location}</bdi>
                " · "
                <bdi>{workshop}</bdi>
            </p>
            <p
                id="offline-readiness"
                class=if kept_for_offline_use() { "status" } else { "status error" }
            >
                {if kept_for_offline_use() {
                    t!(i18n, workshop.offline_ready).into_any()
                } else {
                    t!(i18n, workshop.offline_not_ready).into_any()
                }}
            </p>
            <dl class="facilitator-counts">
                <div>
                    <dt>{t!(i18n, workshop.count_ballots)}</dt>
                    <dd id="session-ballots">{ballots}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, workshop.count_proposals)}</dt>
                    <dd id="session-proposals">{proposals}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, workshop.count_waiting)}</dt>
                    <dd id="session-waiting">{move || of_session(false).len()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, workshop.count_waiting_all)}</dt>
                    <dd id="device-waiting">{move || outbox.waiting()}</dd>
                </div>
            </dl>
            <p role="status" id="sync-status">
                {move || {
                    let locale = i18n.get_locale();
                    if outbox.sending.get() {
                        Some(td_string!(locale, outbox.sending).to_string())
                    } else {
                        outbox
                            .last_round
                            .get()
                            .map(|round| {
                                td_string!(
                                    locale, workshop.last_round,
                            delivered = round.delivered, refused = round.refused
                                )
                                    .to_string()
                            })
                    }
                }}
            </p>
            <ul class="outbox-refused" role="list">
                {move || {
                    of_session(true)
                        .into_iter()
                        .map(|entry| {
                            view! {
                                <li class="status error">
                                    {refusal_text(i18n.get_locale(), &entry)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="actions">
                <button
                    type="button"
                    class="button button--large"
                    id="sync-now"
                    on:click=move |_| outbox.send_now()
                >
                    {t!(i18n, outbox.send_now)}
                </button>
                <button
                    type="button"
                    class="button button--secondary button--large"
                    id="facilitator-back"
                    on:click=move |_| on_back()
                >
                    {t!(i18n, workshop.back_to_start)}
                </button>
                <button
                    type="button"
                    class="button button--secondary button--large"
                    id="end-session"
                    on:click=move |_| confirming_end.set(true)
                >
                    {t!(i18n, workshop.end_session)}
                </button>
            </div>
            <Show when=move || confirming_end.get()>
                <div class="confirm-end" role="alert">
                    <p>
                        {move || {
                            td_string!(
                                i18n.get_locale(), workshop.end_confirm, count = outbox.waiting() as u32
                            )
                                .to_string()
                        }}
                    </p>
                    <button
                        type="button"
                        class="button button--large"
                        id="end-session-confirm"
                        on:click=end
                    >
                        {t!(i18n, workshop.end_session)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
