//! The workshops' tablets' routes under `/api/workshop`, behind their workshop token.

pub mod auth;
pub mod info;
