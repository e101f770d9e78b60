//! The Phases page's note on the workshops' grace periods: until when a workshop's ballots are
//! still accepted after the vote's closing time, and that the results wait until then.
use crate::api;
use crate::workshops::morocco_time::moment_label;
use bmk_app::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{WorkshopTokenSummary, latest_grace_until};

/// The note, shown only while the grace period of a token not revoked is still ahead.
#[component]
pub fn WorkshopGraceNote() -> impl IntoView {
    let i18n = use_i18n();
    let grace_end = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Ok(tokens) = api::get::<Vec<WorkshopTokenSummary>>("/api/admin/workshops").await {
            let now = js_sys::Date::new_0()
                .to_iso_string()
                .as_string()
                .unwrap_or_default();
            let running = latest_grace_until(&tokens).filter(|end| *end > now.as_str());
            grace_end.try_set(running.map(moment_label));
        }
    });
    move || {
        grace_end.get().map(|end| {
            view! {
                <p class="notice" id="workshop-grace">
                    {td_string!(i18n.get_locale(), console.workshops.phases_grace, time = end)
                        .to_string()}
                </p>
            }
        })
    }
}
