//! Submissions kept on the device until the endpoint has them: a sealed queue in IndexedDB,
//! sent again automatically, with what the pages show of it.
pub mod database;
pub mod notice;
pub mod queue;
pub mod seal;
pub mod sending;
pub mod status;
pub mod submission;
