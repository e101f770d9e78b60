//! The audit log: who did what, when, with the record before and after; the database refuses to
//! change or remove a line (triggers of the staff migration).
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::AuditEntry;
use serde_json::Value;

/// An entry about to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEntry {
    /// The account's name, `automation` or `command line`.
    pub actor: String,
    /// What was done, e.g. `phase.set`.
    pub action: &'static str,
    /// What it was done to, e.g. `proposal 12`; empty when nothing in particular.
    pub subject: String,
    /// The record before.
    pub before: Option<Value>,
    /// The record after.
    pub after: Option<Value>,
}

impl NewAuditEntry {
    /// An entry without before and after.
    pub fn new(actor: &str, action: &'static str, subject: impl Into<String>) -> Self {
        NewAuditEntry {
            actor: actor.to_owned(),
            action,
            subject: subject.into(),
            before: None,
            after: None,
        }
    }

    /// With the record before the action.
    pub fn before(mut self, before: Value) -> Self {
        self.before = Some(before);
        self
    }

    /// With the record after the action.
    pub fn after(mut self, after: Value) -> Self {
        self.after = Some(after);
        self
    }
}

/// A row of `audit_log` as read.
type AuditRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Columns read into an [`AuditRow`].
const AUDIT_COLUMNS: &str = "id, at, actor, action, subject, before_json, after_json";

/// Builds an entry from its row.
fn entry(row: AuditRow) -> Result<AuditEntry, sqlx::Error> {
    let (id, at, actor, action, subject, before, after) = row;
    let json = |text: Option<String>| {
        text.map(|text| serde_json::from_str(&text))
            .transpose()
            .map_err(|error| sqlx::Error::Decode(Box::new(error)))
    };
    Ok(AuditEntry {
        id,
        at,
        actor,
        action,
        subject,
        before: json(before)?,
        after: json(after)?,
    })
}

impl Database {
    /// Writes one entry, stamped now.
    pub async fn append_audit(&self, entry: &NewAuditEntry) -> Result<(), sqlx::Error> {
        let json = |value: &Option<Value>| value.as_ref().map(Value::to_string);
        with_write_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(now_rfc3339())
            .bind(&entry.actor)
            .bind(entry.action)
            .bind(&entry.subject)
            .bind(json(&entry.before))
            .bind(json(&entry.after))
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// At most `limit` entries, newest first, only those before entry `before` when given.
    pub async fn audit_entries(
        &self,
        limit: u32,
        before: Option<i64>,
    ) -> Result<Vec<AuditEntry>, sqlx::Error> {
        let rows: Vec<AuditRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!(
                "SELECT {AUDIT_COLUMNS} FROM audit_log WHERE ($1 IS NULL OR id < $1) \
                 ORDER BY id DESC LIMIT $2"
            ))
            .bind(before)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?
        });
        rows.into_iter().map(entry).collect()
    }

    /// Every entry, oldest first (for the export).
    pub async fn all_audit_entries(&self) -> Result<Vec<AuditEntry>, sqlx::Error> {
        let rows: Vec<AuditRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!(
                "SELECT {AUDIT_COLUMNS} FROM audit_log ORDER BY id"
            ))
            .fetch_all(pool)
            .await?
        });
        rows.into_iter().map(entry).collect()
    }
}
