//! A consistent copy of the database while the endpoint runs.
use crate::store::database::Database;
use std::path::Path;

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The target file exists; a backup never overwrites.
    #[error("{0} exists already; choose a new file name")]
    TargetExists(String),
    /// PostgreSQL is backed up with its own tools.
    #[error("a PostgreSQL database is backed up with pg_dump (e.g. `pg_dump --format=custom`)")]
    Postgres,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl Database {
    /// Writes a consistent copy of the SQLite database to `target` (SQLite's `VACUUM INTO`,
    /// which reads one snapshot while writers go on).
    pub async fn backup(&self, target: &Path) -> Result<(), BackupError> {
        if target.exists() {
            return Err(BackupError::TargetExists(target.display().to_string()));
        }
        match self {
            Database::Sqlite(pools) => {
                sqlx::query("VACUUM INTO $1")
                    .bind(target.to_string_lossy().into_owned())
                    .execute(&pools.read)
                    .await?;
                Ok(())
            }
            Database::Postgres(_) => Err(BackupError::Postgres),
        }
    }
}
