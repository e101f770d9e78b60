//! The JSON API's handlers, one resource per file; the administrators' and the workshops' routes
//! in their own folders.

pub mod admin;
pub mod ballots;
pub mod health;
pub mod openapi;
pub mod process;
pub mod projects;
pub mod proposals;
pub mod results;
pub mod workshop;
