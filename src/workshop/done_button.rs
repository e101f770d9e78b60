//! "Done", on the last screen of a workshop's booth and proposal form: the tablet goes to the
//! next participant.
use super::kiosk_mode::KioskMode;
use crate::i18n::*;
use leptos::prelude::*;

/// The button, in its row of actions.
#[component]
pub fn DoneButton(
    /// The workshop's kiosk mode.
    kiosk: KioskMode,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="actions">
            <button type="button" class="button" id="kiosk-done" on:click=move |_| kiosk.finish()>
                {t!(i18n, workshop.done)}
            </button>
        </div>
    }
}
