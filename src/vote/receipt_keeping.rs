//! How a voter keeps the receipt outside a workshop: copy it, save it as a file (short form and
//! full receipt), and where to check it later.
use super::receipt_text::{ReceiptFileText, receipt_file};
use crate::i18n::*;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wasm_bindgen_futures::JsFuture;

/// The copy and save buttons, their outcome, the link to the check and the secrecy note.
#[component]
pub fn ReceiptKeeping(
    /// The receipt, as the endpoint gave it.
    receipt: String,
) -> impl IntoView {
    let i18n = use_i18n();
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
            &ReceiptFileText {
                title: td_string!(locale, vote.receipt_file_title),
                full: td_string!(locale, vote.receipt_full),
                check: td_string!(locale, vote.receipt_file_check),
            },
            &receipt,
        );
        format!(
            "data:text/plain;charset=utf-8,{}",
            js_sys::encode_uri_component(&text)
        )
    };
    view! {
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
    }
}
