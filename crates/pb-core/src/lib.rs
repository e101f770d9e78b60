//! Domain of the participatory-budgeting platform, shared by the app and the endpoint.
//! Plain Rust with no web dependencies: it compiles for wasm32 and natively.

pub mod api;
pub mod chart;
pub mod election;
pub mod fiscal;
pub mod pabulib;
mod required_field;
pub mod rules;
pub mod sectors;
pub mod validation;
