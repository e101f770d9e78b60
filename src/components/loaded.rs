//! A page part that loads its data: it says so while the data loads, then shows the content; if
//! the data could not be loaded, it says what with a button to try again; on a site without the
//! endpoint, when the part asks for it, that the data is not available here.
//!
//! One `match` on the data rather than leptos' `Transition` + `ErrorBoundary` (its
//! `examples/fetch`): the boundary turns the error into an untyped `leptos::error::Error` and
//! shows one fallback, while the message and its details depend on the error itself; and the two
//! would add code to the download that nothing else in the app uses. The states that do not
//! depend on the data's type are drawn by the non-generic `Unloaded`, so each use adds little
//! to the download.
use crate::api::ApiFailure;
use crate::components::retry_notice::RetryNotice;
use crate::process::{ProcessResource, use_process};
use leptos::prelude::*;

/// The content given the data once loaded; until then the loading, not-available or failure state.
#[component]
pub fn Loaded<T, E, C, V>(
    /// The data, `None` while it loads.
    data: impl Fn() -> Option<Result<T, E>> + Send + Sync + 'static,
    /// Loads the data again.
    on_retry: impl Fn() + Send + Sync + 'static,
    /// Says that the data is loading.
    #[prop(into)]
    loading: ViewFn,
    /// Says what could not be loaded, given the error.
    failed: impl Fn(&E) -> ViewFn + Send + Sync + 'static,
    /// The technical details of the error, shown folded.
    #[prop(optional)]
    details: Option<fn(&E) -> String>,
    /// Said instead of everything else when the process status says the site has no endpoint.
    #[prop(optional, into)]
    not_available: Option<ViewFn>,
    /// The page heading above the states other than the content, which brings its own.
    #[prop(optional_no_strip)]
    heading: Option<ViewFn>,
    /// Whether the loading message is marked busy (`aria-busy`).
    #[prop(optional)]
    busy: bool,
    /// The content, given the data.
    children: C,
) -> impl IntoView
where
    T: 'static,
    E: 'static,
    C: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let unloaded = Unloaded {
        loading,
        not_available: not_available.map(|text| (use_process(), text)),
        heading,
        busy,
        on_retry: Callback::new(move |()| on_retry()),
    };
    move || {
        if let Some(notice) = unloaded.not_available() {
            return notice;
        }
        match data() {
            Some(Ok(value)) => children(value).into_any(),
            Some(Err(error)) => {
                unloaded.failed(failed(&error), details.map(|details| details(&error)))
            }
            None => unloaded.loading(),
        }
    }
}

/// The states of a [`Loaded`] part without its data.
struct Unloaded {
    loading: ViewFn,
    not_available: Option<(ProcessResource, ViewFn)>,
    heading: Option<ViewFn>,
    busy: bool,
    on_retry: Callback<()>,
}

impl Unloaded {
    /// The loading message.
    fn loading(&self) -> AnyView {
        let text = self.loading.clone();
        self.under_heading(view! {
            <p class="status" role="status" aria-busy=self.busy.then_some("true")>
                {move || text.run()}
            </p>
        })
    }

    /// The "not available here" notice, when asked for and the site has no endpoint.
    fn not_available(&self) -> Option<AnyView> {
        let (process, text) = self.not_available.clone()?;
        let no_endpoint = matches!(process.0.get(), Some(Err(ApiFailure::NoEndpoint)));
        no_endpoint.then(|| {
            self.under_heading(view! {
                <p class="status notice" id="not-available">
                    {move || text.run()}
                </p>
            })
        })
    }

    /// What could not be loaded, its details if any, and the retry button.
    fn failed(&self, message: ViewFn, details: Option<String>) -> AnyView {
        let on_retry = self.on_retry;
        self.under_heading(view! {
            <RetryNotice on_retry=move || on_retry.run(()) details>
                {move || message.run()}
            </RetryNotice>
        })
    }

    /// `state`, under the page heading if the part has one.
    fn under_heading(&self, state: impl IntoView + 'static) -> AnyView {
        match self.heading.clone() {
            Some(heading) => view! {
                <h1 id="page-title">{move || heading.run()}</h1>
                {state}
            }
            .into_any(),
            None => state.into_any(),
        }
    }
}
