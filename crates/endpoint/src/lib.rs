//! HTTP endpoint of the participatory-budgeting platform: JSON API, storage and the built app.

pub mod app;
pub mod config;
pub mod demo;
pub mod http;
pub mod routes;
pub mod site;
pub mod staff_command;
pub mod state;
pub mod store;

pub use app::app;
pub use config::Config;
pub use state::AppState;
