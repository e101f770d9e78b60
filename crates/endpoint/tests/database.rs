//! The database layer against real servers: a SQLite file always, PostgreSQL with the
//! `postgres-tests` feature (`make test` starts a throwaway server for it).
use endpoint::store::database::{Database, DatabaseError};
use pb_core::api::ServiceStatus;
use tempfile::TempDir;

/// Connects twice and migrates twice: the second start must find the same initialised database.
async fn check_migrations_and_health(url: &str, backend: &str) {
    let first = Database::connect(url).await.unwrap();
    first.migrate().await.unwrap();
    let health = first.health().await;
    assert_eq!(health.backend, backend);
    assert_eq!(health.status, ServiceStatus::Ok);
    assert_eq!(health.schema_version, Some(20261203000005));
    let initialized_at = health.initialized_at.clone().unwrap();
    assert_eq!(
        initialized_at.len(),
        "2026-11-25T00:00:00Z".len(),
        "{initialized_at}"
    );
    first.close().await;

    let second = Database::connect(url).await.unwrap();
    second.migrate().await.unwrap();
    assert_eq!(second.health().await, health);
    second.close().await;
}

#[tokio::test]
async fn sqlite_file_and_its_directory_are_created_then_reused() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nested/var/bmk.db");
    check_migrations_and_health(&format!("sqlite://{}", path.display()), "sqlite").await;
    assert!(path.is_file());
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_full_sync() {
    let dir = TempDir::new().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bmk.db").display());
    let Database::Sqlite(pools) = Database::connect(&url).await.unwrap() else {
        panic!("a sqlite:// URL opens SQLite");
    };
    let pool = pools.read;
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&pool)
        .await
        .unwrap();
    let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(synchronous, 2, "2 is FULL");
}

#[tokio::test]
async fn an_unknown_url_scheme_is_refused_with_a_clear_error() {
    let error = Database::connect("mysql://localhost/bmk")
        .await
        .unwrap_err();
    assert!(matches!(error, DatabaseError::UnsupportedUrl(_)));
    assert!(error.to_string().contains("sqlite://"), "{error}");
}

#[cfg(feature = "postgres-tests")]
#[tokio::test]
async fn postgres_is_migrated_and_reports_health() {
    let url = std::env::var("BMK_TEST_POSTGRES_URL")
        .expect("BMK_TEST_POSTGRES_URL: run through scripts/with-postgres.sh");
    check_migrations_and_health(&url, "postgres").await;
}
