//! The outbox as the pages see it: what waits, what was refused, whether a round is running.
//! A round starts when the app opens, when the browser says it is back online, every 15 seconds
//! while something waits, and on "Send now".
use super::queue::{Queued, queued, remove};
use super::sending::{Round, send_queued};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How often waiting submissions are tried again.
const RETRY_EVERY: Duration = Duration::from_secs(15);

/// Shared state of the outbox.
#[derive(Clone, Copy)]
pub struct Outbox {
    /// The queued submissions, as last read.
    pub entries: RwSignal<Vec<Queued>>,
    /// Whether a round of sending is running.
    pub sending: RwSignal<bool>,
    /// What the last round did.
    pub last_round: RwSignal<Option<Round>>,
}

impl Outbox {
    /// Submissions waiting to be sent (not refused).
    pub fn waiting(&self) -> usize {
        self.entries
            .with(|entries| entries.iter().filter(|e| e.label.refusal.is_none()).count())
    }

    /// Submissions the endpoint refused, to be shown with their reason.
    pub fn refused(&self) -> Vec<Queued> {
        self.entries.with(|entries| {
            entries
                .iter()
                .filter(|e| e.label.refusal.is_some())
                .cloned()
                .collect()
        })
    }

    /// Reads the queue again.
    pub fn refresh(self) {
        spawn_local(async move {
            if let Ok(entries) = queued().await {
                self.entries.set(entries);
            }
        });
    }

    /// Sends what waits now (unless a round is already running).
    pub fn send_now(self) {
        if self.sending.get_untracked() {
            return;
        }
        self.sending.set(true);
        spawn_local(async move {
            let round = send_queued().await;
            if let Ok(entries) = queued().await {
                self.entries.set(entries);
            }
            self.last_round.set(Some(round));
            self.sending.set(false);
        });
    }

    /// Forgets a refused submission once its refusal was read.
    pub fn dismiss(self, key: String) {
        spawn_local(async move {
            let _ = remove(&key).await;
            self.refresh();
        });
    }
}

/// Creates the outbox for the app and starts sending what a previous visit left.
pub fn provide_outbox() {
    let outbox = Outbox {
        entries: RwSignal::new(Vec::new()),
        sending: RwSignal::new(false),
        last_round: RwSignal::new(None),
    };
    provide_context(outbox);
    outbox.send_now();
    window_event_listener(leptos::ev::online, move |_| outbox.send_now());
    set_interval(
        move || {
            if outbox.waiting() > 0 {
                outbox.send_now();
            }
        },
        RETRY_EVERY,
    );
}

/// The app's outbox.
pub fn use_outbox() -> Outbox {
    expect_context()
}
