//! HTTP endpoint of the participatory-budgeting platform: JSON API, storage and the built app.

pub mod api_error;
pub mod config;
pub mod content_security_policy;
pub mod database;
pub mod health;
pub mod router;
pub mod security_headers;
pub mod shutdown;
pub mod spa;
pub mod state;

pub use config::Config;
pub use router::app;
pub use state::AppState;
