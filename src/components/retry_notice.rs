//! The error state of a page part whose data could not be loaded: what went wrong, the technical
//! details if any, and a button to try again.
use crate::i18n::*;
use leptos::prelude::*;

/// The message (children), the details folded, and a "Try again" button calling `on_retry`.
#[component]
pub fn RetryNotice(
    /// Loads the data again.
    on_retry: impl Fn() + Send + Sync + 'static,
    /// The technical details (an address, a file's error), if any.
    #[prop(optional_no_strip)]
    details: Option<String>,
    /// What could not be loaded.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="status error" role="alert">
            <p>{children()}</p>
            {details
                .map(|details| {
                    view! {
                        <details>
                            <summary>{t!(i18n, error_details)}</summary>
                            <p class="error-details">
                                <bdi>{details}</bdi>
                            </p>
                        </details>
                    }
                })}
            <button type="button" class="retry" on:click=move |_| on_retry()>
                {t!(i18n, retry)}
            </button>
        </div>
    }
}
