//! The process file the tests run the endpoint with, in process or as an OS process.

/// The published process file (approval, at most 5 projects, budget 100,000,000).
pub const PROCESS_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../public/data/bmk/process.json"
);
