//! One module per route.
pub mod about;
pub mod budget;
pub mod embed_help;
pub mod home;
pub mod not_found;
pub mod project;
pub mod projects;
pub mod proposal;
pub mod proposals;
pub mod propose;
pub mod receipt_check;
pub mod results;
pub mod vote;
pub mod workshop;
