//! Last step: the receipt of the counted (or queued) ballot, to copy or save, and where to check
//! it later; in a workshop, to write down, then "Done" for the next participant.
use super::receipt_text::{grouped_receipt, receipt_file};
use crate::i18n::*;
use crate::site_path::app_href;
use crate::workshop::kiosk_mode::KioskMode;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wasm_bindgen_futures::JsFuture;

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
    let shown = grouped_receipt(&receipt);
    if let Some(kiosk) = kiosk {
        return view! {
            <div class="booth-step receipt">
                <h2 id="step-title" tabindex="-1">
                    {t!(i18n, vote.receipt_title)}
                </h2>
                {status}
                <p class="receipt-code" dir="ltr">
                    <code id="receipt-code">{shown}</code>
                </p>
                <p>{t!(i18n, workshop.receipt_note)}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="button"
                        id="kiosk-done"
                        on:click=move |_| kiosk.finish()
                    >
                        {t!(i18n, workshop.done)}
                    </button>
                </div>
            </div>
        }
        .into_any();
    }
    let copied = RwSignal::new(None::<bool>);
    let to_copy = receipt.clone();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let written = window.navigator().clipboard().write_text(&to_copy);
        spawn_local(async move {
            copied.set(Some(JsFuture::from(written).await.is_ok()));
        });
    };
    let file_href = move || {
        let locale = i18n.get_locale();
        let text = receipt_file(
            td_string!(locale, vote.receipt_file_title),
            &receipt,
            td_string!(locale, vote.receipt_file_check),
        );
        format!(
            "data:text/plain;charset=utf-8,{}",
            js_sys::encode_uri_component(&text)
        )
    };
    view! {
        <div class="booth-step receipt">
            <h2 id="step-title" tabindex="-1">
                {t!(i18n, vote.receipt_title)}
            </h2>
            {status}
            <p class="receipt-code" dir="ltr">
                <code id="receipt-code">{shown}</code>
            </p>
            <div class="actions">
                <button type="button" class="button" id="copy-receipt" on:click=copy>
                    {t!(i18n, vote.receipt_copy)}
                </button>
                <a
                    class="button button--secondary"
                    id="save-receipt"
                    download="recu-vote-bmk.txt"
                    href=file_href
                >
                    {t!(i18n, vote.receipt_save)}
                </a>
            </div>
            <p role="status" aria-live="polite" id="copy-status">
                {move || {
                    copied
                        .get()
                        .map(|done| {
                            if done {
                                t!(i18n, vote.receipt_copied).into_any()
                            } else {
                                t!(i18n, vote.receipt_copy_failed).into_any()
                            }
                        })
                }}
            </p>
            <p>
                {t!(i18n, vote.receipt_later)} " "
                <A href=app_href("/vote/check")>{t!(i18n, vote.receipt_check_link)}</A>
            </p>
            <p class="form-note">{t!(i18n, vote.receipt_secrecy)}</p>
        </div>
    }
    .into_any()
}
