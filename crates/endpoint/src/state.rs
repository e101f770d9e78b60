//! State shared by every request handler.
use crate::database::Database;
use std::path::PathBuf;

/// Handles the handlers need: the database and where the built app lives.
#[derive(Clone)]
pub struct AppState {
    /// Connection pool of the configured database.
    pub database: Database,
    /// Directory of the built app.
    pub dist: PathBuf,
}
