//! Body of `GET /api/health`: the endpoint's version and the state of its database.
use serde::{Deserialize, Serialize};

/// Overall or per-part state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceStatus {
    /// Working.
    Ok,
    /// Not working; the endpoint answers but cannot store or read submissions.
    Unavailable,
}

/// State of the database behind the endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DatabaseHealth {
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// Whether a query just succeeded.
    pub status: ServiceStatus,
    /// Number of the newest applied migration, when the database answered.
    pub schema_version: Option<i64>,
    /// When this database was first initialised (RFC 3339, UTC), when it answered.
    pub initialized_at: Option<String>,
}

/// Response of the health check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` when every part works.
    pub status: ServiceStatus,
    /// Version of the endpoint (its crate version).
    pub version: String,
    /// Database state.
    pub database: DatabaseHealth,
}
