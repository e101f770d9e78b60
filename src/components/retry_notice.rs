//! The error state of a page part whose data could not be loaded: what went wrong and a button
//! to try again.
use crate::i18n::*;
use leptos::prelude::*;

/// The message (children) and a "Try again" button calling `on_retry`.
#[component]
pub fn RetryNotice(
    /// Loads the data again.
    on_retry: impl Fn() + Send + Sync + 'static,
    /// What could not be loaded.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="status error" role="alert">
            <p>{children()}</p>
            <button type="button" class="retry" on:click=move |_| on_retry()>{t!(i18n, retry)}</button>
        </div>
    }
}
