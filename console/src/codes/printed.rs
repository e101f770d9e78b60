//! The batch just created, kept in memory for its print view: its codes are shown this once and
//! never stored in plain text anywhere.
use leptos::prelude::*;
use pb_core::api::VoterCodeBatchCreated;

/// The last batch created in this tab, if any.
#[derive(Debug, Clone, Copy)]
pub struct PrintedBatch(pub RwSignal<Option<VoterCodeBatchCreated>>);

/// Provides the (empty) printed batch to the console.
pub fn provide_printed_batch() {
    provide_context(PrintedBatch(RwSignal::new(None)));
}

/// The printed batch provided by [`provide_printed_batch`].
pub fn use_printed_batch() -> PrintedBatch {
    expect_context::<PrintedBatch>()
}
