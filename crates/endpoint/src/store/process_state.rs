//! The current phase and the version of the project list, kept in one row.
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::Phase;

/// The process as stored: phase, since when, and a counter bumped on each project import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessState {
    /// The current phase.
    pub phase: Phase,
    /// When it began (RFC 3339).
    pub phase_since: String,
    /// Bumped each time the project list is replaced.
    pub catalogue_version: i64,
}

impl Database {
    /// Creates the state row with `initial` on the first start; later starts keep what is stored.
    pub async fn init_process_state(&self, initial: Phase) -> Result<(), sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO process_state (id, phase, phase_since, catalogue_version) \
                 VALUES (1, $1, $2, 0) ON CONFLICT (id) DO NOTHING",
            )
            .bind(initial.as_str())
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Reads the state row.
    pub async fn process_state(&self) -> Result<ProcessState, sqlx::Error> {
        let (phase, phase_since, catalogue_version) = with_read_pool!(self, |pool| {
            sqlx::query_as::<_, (String, String, i64)>(
                "SELECT phase, phase_since, catalogue_version FROM process_state WHERE id = 1",
            )
            .fetch_one(pool)
            .await?
        });
        Ok(ProcessState {
            phase: parse_phase(&phase)?,
            phase_since,
            catalogue_version,
        })
    }

    /// Opens `phase` now; returns the new state.
    pub async fn set_phase(&self, phase: Phase) -> Result<ProcessState, sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query("UPDATE process_state SET phase = $1, phase_since = $2 WHERE id = 1")
                .bind(phase.as_str())
                .bind(now_rfc3339())
                .execute(pool)
                .await?;
        });
        self.process_state().await
    }
}

impl Database {
    /// Opens `to` now if the phase is still `from`; whether it did.
    pub async fn move_phase(&self, from: Phase, to: Phase) -> Result<bool, sqlx::Error> {
        let moved = with_write_pool!(self, |pool| {
            sqlx::query(
                "UPDATE process_state SET phase = $1, phase_since = $2 WHERE id = 1 AND phase = $3",
            )
            .bind(to.as_str())
            .bind(now_rfc3339())
            .bind(from.as_str())
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(moved == 1)
    }
}

/// The query reading the current phase, for transactions that depend on it.
pub const CURRENT_PHASE: &str = "SELECT phase FROM process_state WHERE id = 1";

/// Reads a stored phase; an unknown one means the row was edited by hand.
pub fn parse_phase(text: &str) -> Result<Phase, sqlx::Error> {
    Phase::parse(text).ok_or_else(|| sqlx::Error::Decode(format!("unknown phase {text:?}").into()))
}
