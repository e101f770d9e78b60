//! Figures fetched again every few seconds while the page is open.
use crate::api;
use bmk_app::api::ApiFailure;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::Counts;
use std::time::Duration;

/// How often the figures are fetched again.
pub const REFRESH: Duration = Duration::from_secs(10);

/// The latest answer of `GET /api/admin/counts` and when it came, refreshed every [`REFRESH`]
/// until the page is left.
pub fn live_counts() -> (
    RwSignal<Option<Result<Counts, ApiFailure>>>,
    RwSignal<String>,
) {
    let counts = RwSignal::new(None);
    let updated = RwSignal::new(String::new());
    let fetch = move || {
        spawn_local(async move {
            let answer = api::get::<Counts>("/api/admin/counts").await;
            if counts.try_set(Some(answer)).is_none() {
                updated.try_set(now_label());
            }
        })
    };
    fetch();
    if let Ok(handle) = set_interval_with_handle(fetch, REFRESH) {
        on_cleanup(move || handle.clear());
    }
    (counts, updated)
}

/// The time now, `HH:MM:SS` in the browser's time zone.
fn now_label() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        now.get_hours(),
        now.get_minutes(),
        now.get_seconds()
    )
}
