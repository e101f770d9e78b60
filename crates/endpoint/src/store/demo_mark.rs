//! The mark of a demonstration database: claimed before its example data is stored, finished
//! once all of it is.
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::{with_read_pool, with_write_pool};

/// Whether a database holds the demonstration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoMark {
    /// An ordinary database.
    NotDemo,
    /// Claimed for the demonstration, but its seeding did not finish.
    Unfinished,
    /// Holds the whole demonstration.
    Seeded,
}

/// How many rows of data a database holds: what a new database never has (its process state and
/// installation rows aside).
const DATA_ROWS: &str = "SELECT (SELECT COUNT(*) FROM proposals) + (SELECT COUNT(*) FROM projects) \
     + (SELECT COUNT(*) FROM ballots) + (SELECT COUNT(*) FROM voter_code_batches) \
     + (SELECT COUNT(*) FROM staff_accounts) + (SELECT COUNT(*) FROM audit_log) \
     + (SELECT COUNT(*) FROM workshop_tokens) + (SELECT COUNT(*) FROM demo)";

impl Database {
    /// Whether this database holds the demonstration, and whether its seeding finished.
    pub async fn demo_mark(&self) -> Result<DemoMark, sqlx::Error> {
        let row: Option<(Option<String>,)> = with_read_pool!(self, |pool| {
            sqlx::query_as("SELECT seeded_at FROM demo WHERE id = 1")
                .fetch_optional(pool)
                .await?
        });
        Ok(match row {
            None => DemoMark::NotDemo,
            Some((None,)) => DemoMark::Unfinished,
            Some((Some(_),)) => DemoMark::Seeded,
        })
    }

    /// Marks a database holding no data as the demonstration's, in one transaction; `false`, and
    /// nothing written, when it holds any (proposals, projects, ballots, voter codes, accounts,
    /// audit entries, workshop tokens or a mark).
    pub async fn claim_for_demo(&self) -> Result<bool, sqlx::Error> {
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let rows: i64 = sqlx::query_scalar(DATA_ROWS)
                .fetch_one(&mut *transaction)
                .await?;
            if rows != 0 {
                return Ok(false);
            }
            sqlx::query("INSERT INTO demo (id, claimed_at) VALUES (1, $1)")
                .bind(now_rfc3339())
                .execute(&mut *transaction)
                .await?;
            transaction.commit().await?;
            Ok(true)
        })
    }

    /// Records that the whole demonstration is stored.
    pub async fn finish_demo_seeding(&self) -> Result<(), sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query("UPDATE demo SET seeded_at = $1 WHERE id = 1")
                .bind(now_rfc3339())
                .execute(pool)
                .await?;
        });
        Ok(())
    }
}
