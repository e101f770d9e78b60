//! The administrators' routes under `/api/admin`, behind their bearer token.

pub mod auth;
pub mod counts;
pub mod csv;
pub mod exports;
pub mod moderation;
pub mod phase;
pub mod projects;
pub mod voter_codes;
pub mod workshops;
