//! The JSON API's handlers, one resource per file.

pub mod admin_auth;
pub mod admin_counts;
pub mod admin_exports;
pub mod admin_moderation;
pub mod admin_phase;
pub mod admin_projects;
pub mod admin_voter_codes;
pub mod admin_workshops;
pub mod ballots;
pub mod process;
pub mod projects;
pub mod proposals;
pub mod results;
pub mod workshop;
pub mod workshop_auth;
