//! The console's pages, one per route; each is thin over its feature folder.
pub mod accounts;
pub mod audit;
pub mod codes;
pub mod not_found;
pub mod overview;
pub mod password;
pub mod phases;
pub mod projects;
pub mod proposals;
pub mod results;
pub mod review;
pub mod sign_in;
pub mod slips;
pub mod workshops;
