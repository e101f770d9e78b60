//! The projects pages' data: the entries with the process status, or their loading,
//! not-available and error states.
use super::entry::ProjectEntry;
use crate::api::ApiFailure;
use crate::components::loaded::Loaded;
use crate::i18n::*;
use crate::process::use_process;
use leptos::prelude::*;
use pb_core::api::ProcessStatus;

/// The content given the entries and the process status; until then the projects' loading,
/// not-available or error state (a retry loads both again).
#[component]
pub fn EntriesLoader<C, V>(
    /// The entries (`load_entries`), loading or loaded.
    entries: LocalResource<Result<Vec<ProjectEntry>, ApiFailure>>,
    /// The page heading above the states other than the content, which brings its own.
    #[prop(optional, into)]
    heading: Option<ViewFn>,
    /// The content, given the entries and the process status.
    children: C,
) -> impl IntoView
where
    C: Fn((Vec<ProjectEntry>, ProcessStatus)) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let process = use_process().0;
    let on_retry = move || {
        entries.refetch();
        process.refetch();
    };
    view! {
        <Loaded
            data=move || both(entries.get(), process.get())
            on_retry
            loading=t!(i18n, projects.loading)
            failed=move |_| t!(i18n, projects.load_error).into()
            not_available=t!(i18n, projects.not_available_here)
            heading
            let:loaded
        >
            {children(loaded)}
        </Loaded>
    }
}

/// Both values once both are loaded; a failure of either as soon as it is known.
fn both<A, B>(
    a: Option<Result<A, ApiFailure>>,
    b: Option<Result<B, ApiFailure>>,
) -> Option<Result<(A, B), ApiFailure>> {
    match (a, b) {
        (Some(Err(failure)), _) | (_, Some(Err(failure))) => Some(Err(failure)),
        (Some(Ok(a)), Some(Ok(b))) => Some(Ok((a, b))),
        _ => None,
    }
}
