//! Last step: the receipt of the counted (or queued) ballot, its short form first (enough to find
//! it in the published list) and the full one under it, to copy or save, and where to check it
//! later; in a workshop, to write down, then "Done" for the next participant.
use super::receipt_keeping::ReceiptKeeping;
use super::receipt_text::grouped_receipt;
use crate::i18n::*;
use crate::workshop::done_button::DoneButton;
use crate::workshop::kiosk_mode::KioskMode;
use leptos::prelude::*;
use pb_core::api::short_receipt;

/// The receipt with copy and save buttons, and whether the ballot still waits on the device.
#[component]
pub fn ReceiptView(receipt: String, queued: bool) -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_context::<KioskMode>();
    let status = move || {
        if queued {
            view! {
                <p class="status queued" id="ballot-queued">
                    {t!(i18n, vote.receipt_queued)}
                </p>
            }
            .into_any()
        } else {
            view! { <p>{t!(i18n, vote.receipt_intro)}</p> }.into_any()
        }
    };
    let short = short_receipt(&receipt);
    let full = grouped_receipt(&receipt);
    let after = match kiosk {
        Some(kiosk) => view! {
            <p>{t!(i18n, workshop.receipt_note)}</p>
            <DoneButton kiosk />
        }
        .into_any(),
        None => view! { <ReceiptKeeping receipt /> }.into_any(),
    };
    view! {
        <div class="booth-step receipt">
            <h2 id="step-title" tabindex="-1">
                {t!(i18n, vote.receipt_title)}
            </h2>
            {status}
            <p class="receipt-code receipt-code--short" dir="ltr">
                <code id="receipt-short">{short}</code>
            </p>
            <details class="receipt-full">
                <summary>{move || td_string!(i18n.get_locale(), vote.receipt_full)}</summary>
                <p class="receipt-code" dir="ltr">
                    <code id="receipt-code">{full}</code>
                </p>
            </details>
            {after}
        </div>
    }
}
