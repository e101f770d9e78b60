//! The database behind the endpoint: embedded SQLite by default, PostgreSQL when configured.
use pb_core::api::{DatabaseHealth, ServiceStatus};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

/// Why the database could not be opened or migrated.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    /// The URL names neither SQLite nor PostgreSQL.
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    /// The directory for the SQLite file could not be created.
    #[error("cannot create the directory of the SQLite file: {0}")]
    CreateDirectory(#[from] std::io::Error),
    /// The driver failed to connect or to run a query.
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A connection pool to one of the supported databases.
#[derive(Clone, Debug)]
pub enum Database {
    /// Embedded SQLite file (WAL, synchronous=FULL: an acknowledged write survives power loss).
    Sqlite(SqlitePools),
    /// PostgreSQL server.
    Postgres(PgPool),
}

/// SQLite pools: readers run side by side, writes go through one connection in turn, so that
/// writers queue in the endpoint instead of polling SQLite's lock.
#[derive(Clone, Debug)]
pub struct SqlitePools {
    /// Connections for reading.
    pub read: SqlitePool,
    /// The single connection for writing.
    pub write: SqlitePool,
}

/// Runs `$body` with `$pool` bound to the pool for writing of whichever backend is configured;
/// the body is written once and compiled for each backend.
#[macro_export]
macro_rules! with_write_pool {
    ($database:expr, |$pool:ident| $body:expr) => {
        match $database {
            $crate::store::database::Database::Sqlite(pools) => {
                let $pool = &pools.write;
                $body
            }
            $crate::store::database::Database::Postgres($pool) => $body,
        }
    };
}

/// Like [`with_write_pool!`] for queries that only read.
#[macro_export]
macro_rules! with_read_pool {
    ($database:expr, |$pool:ident| $body:expr) => {
        match $database {
            $crate::store::database::Database::Sqlite(pools) => {
                let $pool = &pools.read;
                $body
            }
            $crate::store::database::Database::Postgres($pool) => $body,
        }
    };
}

impl Database {
    /// Opens the database named by `url` (creating a missing SQLite file and its directory).
    pub async fn connect(url: &str) -> Result<Self, DatabaseError> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            if let Some(directory) = options.get_filename().parent()
                && !directory.as_os_str().is_empty()
            {
                std::fs::create_dir_all(directory)?;
            }
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .connect_with(options.clone())
                .await?;
            let read = SqlitePoolOptions::new()
                .max_connections(8)
                .test_before_acquire(false)
                .connect_with(options)
                .await?;
            Ok(Database::Sqlite(SqlitePools { read, write }))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await?;
            Ok(Database::Postgres(pool))
        } else {
            Err(DatabaseError::UnsupportedUrl(url.to_owned()))
        }
    }

    /// Applies the migrations the database has not seen yet.
    pub async fn migrate(&self) -> Result<(), DatabaseError> {
        match self {
            Database::Sqlite(pools) => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&pools.write)
                    .await?
            }
            Database::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }

    /// Queries the schema version and initialisation date; any failure reports `unavailable`.
    pub async fn health(&self) -> DatabaseHealth {
        let answer = with_read_pool!(self, |pool| {
            sqlx::query_as::<_, (Option<i64>, Option<String>)>(STATUS_QUERY)
                .fetch_one(pool)
                .await
        });
        let (status, schema_version, initialized_at) = match answer {
            Ok((version, initialized_at)) => (ServiceStatus::Ok, version, initialized_at),
            Err(error) => {
                tracing::warn!(%error, "database health query failed");
                (ServiceStatus::Unavailable, None, None)
            }
        };
        DatabaseHealth {
            backend: self.backend().to_owned(),
            status,
            schema_version,
            initialized_at,
        }
    }

    /// Waits for every connection to close; call at shutdown.
    pub async fn close(&self) {
        match self {
            Database::Sqlite(pools) => {
                pools.read.close().await;
                pools.write.close().await;
            }
            Database::Postgres(pool) => pool.close().await,
        }
    }
}

/// Newest applied migration and initialisation date, valid SQL for both backends.
const STATUS_QUERY: &str = "SELECT (SELECT MAX(version) FROM _sqlx_migrations WHERE success), \
                            (SELECT initialized_at FROM installation WHERE id = 1)";
