//! One module per route.
pub mod about;
pub mod budget;
pub mod home;
pub mod not_found;
pub mod projects;
pub mod results;
pub mod vote;
