//! The process status (`GET /api/process`), fetched once and shared by every page through the
//! context, so each page knows the current phase, the dates and the rules.
use crate::api::{ApiFailure, process_status};
use leptos::prelude::*;
use pb_core::api::ProcessStatus;

/// The shared process status, loading or loaded.
#[derive(Clone, Copy)]
pub struct ProcessResource(pub LocalResource<Result<ProcessStatus, ApiFailure>>);

/// Starts loading the process status and makes it available to the pages below.
pub fn provide_process() {
    provide_context(ProcessResource(LocalResource::new(process_status)));
}

/// The shared process status.
pub fn use_process() -> ProcessResource {
    expect_context::<ProcessResource>()
}
