//! Request and response bodies of the JSON API, defined once for the app and the endpoint.

pub mod error;
pub mod health;

pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use health::{DatabaseHealth, Health, ServiceStatus};
