//! HTTP endpoint of the participatory-budgeting platform: JSON API, storage and the built app.

pub mod allowed_origins;
pub mod api_error;
pub mod api_json;
pub mod base_path;
pub mod build_files;
pub mod client_ip;
pub mod clock;
pub mod code_failures;
pub mod config;
pub mod content_security_policy;
pub mod csv;
pub mod database;
pub mod embed;
pub mod health;
pub mod keyed_cache;
pub mod openapi;
pub mod process_file;
pub mod router;
pub mod routes;
pub mod security_headers;
pub mod service_worker;
pub mod shutdown;
pub mod spa;
pub mod state;
pub mod store;

pub use config::Config;
pub use router::app;
pub use state::AppState;
