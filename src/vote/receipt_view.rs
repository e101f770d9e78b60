//! Last step: the receipt of the counted ballot, to copy or save, and where to check it later.
use super::receipt_text::{grouped_receipt, receipt_file};
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wasm_bindgen_futures::JsFuture;

/// The receipt with copy and save buttons.
#[component]
pub fn ReceiptView(receipt: String) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<bool>);
    let shown = grouped_receipt(&receipt);
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
            <h2 id="step-title" tabindex="-1">{t!(i18n, vote.receipt_title)}</h2>
            <p>{t!(i18n, vote.receipt_intro)}</p>
            <p class="receipt-code" dir="ltr"><code id="receipt-code">{shown}</code></p>
            <div class="actions">
                <button type="button" class="button" id="copy-receipt" on:click=copy>{t!(i18n, vote.receipt_copy)}</button>
                <a class="button button--secondary" id="save-receipt" download="recu-vote-bmk.txt" href=file_href>
                    {t!(i18n, vote.receipt_save)}
                </a>
            </div>
            <p role="status" aria-live="polite" id="copy-status">
                {move || copied.get().map(|done| if done {
                    t!(i18n, vote.receipt_copied).into_any()
                } else {
                    t!(i18n, vote.receipt_copy_failed).into_any()
                })}
            </p>
            <p>{t!(i18n, vote.receipt_later)} " " <A href="/vote/check">{t!(i18n, vote.receipt_check_link)}</A></p>
            <p class="form-note">{t!(i18n, vote.receipt_secrecy)}</p>
        </div>
    }
}
