//! The outbox notice under the header: how many submissions wait on this device, "Send now",
//! and each refused one with its reason until it is dismissed.
use super::queue::{Kind, Queued};
use super::status::use_outbox;
use crate::i18n::*;
use crate::labels::time_label;
use crate::site_path::route_of;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Shown only while something waits or was refused (on a workshop tablet, only to the
/// facilitator, in their view).
#[component]
pub fn OutboxNotice() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let pathname = use_location().pathname;
    let visible = move || {
        !pathname.with(|path| route_of(path).starts_with("/workshop"))
            && (outbox.waiting() > 0 || !outbox.refused().is_empty())
    };
    let still_offline = move || {
        outbox
            .last_round
            .get()
            .is_some_and(|round| round.interrupted && round.delivered == 0)
            && outbox.waiting() > 0
    };
    view! {
        <Show when=visible>
            <section class="outbox" aria-labelledby="outbox-status">
                <Show when=move || outbox.waiting() != 0>
                    <p id="outbox-status" role="status">
                        {move || {
                            td_string!(
                                i18n.get_locale(), outbox.waiting, count = outbox.waiting() as u32
                            )
                                .to_string()
                        }}
                        " "
                        {move || {
                            still_offline()
                                .then(|| td_string!(i18n.get_locale(), outbox.still_offline))
                        }}
                    </p>
                    <button
                        type="button"
                        class="button button--secondary"
                        id="send-now"
                        aria-disabled=move || outbox.sending.get().to_string()
                        on:click=move |_| outbox.send_now()
                    >
                        {move || {
                            if outbox.sending.get() {
                                t!(i18n, outbox.sending).into_any()
                            } else {
                                t!(i18n, outbox.send_now).into_any()
                            }
                        }}
                    </button>
                </Show>
                <ul class="outbox-refused" role="list">
                    <For each=move || outbox.refused() key=|entry| entry.key.clone() let:entry>
                        <RefusedEntry entry />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// One refused submission: what, when, why, and a button to dismiss it.
#[component]
fn RefusedEntry(entry: Queued) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let key = entry.key.clone();
    let text = move || {
        let locale = i18n.get_locale();
        let when = time_label(entry.label.queued_at_ms);
        let what = match entry.label.kind {
            Kind::Ballot => {
                td_string!(locale, outbox.refused_ballot, time = when.clone()).to_string()
            }
            Kind::Proposal => {
                td_string!(locale, outbox.refused_proposal, time = when.clone()).to_string()
            }
        };
        format!(
            "{what} {}",
            refusal_reason(locale, entry.label.refusal.as_deref().unwrap_or(""))
        )
    };
    view! {
        <li class="status error">
            <span>{text}</span>
            " "
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| outbox.dismiss(key.clone())
            >
                {t!(i18n, outbox.dismiss)}
            </button>
        </li>
    }
}

/// What was refused, when it was made, and why.
pub fn refusal_text(locale: Locale, entry: &Queued) -> String {
    let when = time_label(entry.label.queued_at_ms);
    let what = match entry.label.kind {
        Kind::Ballot => td_string!(locale, outbox.refused_ballot, time = when).to_string(),
        Kind::Proposal => td_string!(locale, outbox.refused_proposal, time = when).to_string(),
    };
    let code = entry.label.refusal.as_deref().unwrap_or("");
    format!("{what} {}", refusal_reason(locale, code))
}

/// Why the endpoint refused a queued submission, from its stable error code.
fn refusal_reason(locale: Locale, code: &str) -> &'static str {
    match code {
        "voter_code_used" => td_string!(locale, vote.failed_code_used),
        "unknown_voter_code" => td_string!(locale, vote.code_unknown),
        "voter_code_revoked" => td_string!(locale, vote.code_revoked),
        "wrong_phase" => td_string!(locale, outbox.refused_closed),
        "invalid_ballot" | "invalid_proposal" => td_string!(locale, outbox.refused_invalid),
        _ => td_string!(locale, outbox.refused_unexplained),
    }
}
