//! `GET /api/staff/audit` and `GET /api/staff/audit.csv` (administrators).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiQuery;
use crate::http::staff_access::Staff;
use crate::routes::admin::csv::csv_line;
use crate::routes::admin::exports::download;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use pb_core::api::{AuditEntry, ErrorBody, ErrorCode};
use serde::Deserialize;
use serde_json::Value;

/// Entries listed when the query names no limit.
const DEFAULT_LIMIT: u32 = 100;

/// Most entries one request lists.
const MAX_LIMIT: u32 = 500;

/// Query of the audit log: a page of entries.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// How many entries, 1 to 500 (default 100).
    pub limit: Option<u32>,
    /// Only entries older than this one (the `id` of the last entry of the previous page).
    pub before: Option<i64>,
}

/// The newest entries first, a page at a time.
#[utoipa::path(get, path = "/audit", tag = "staff",
    params(AuditQuery),
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "Entries, newest first", body = Vec<AuditEntry>),
        (status = 403, description = "forbidden: administrators only", body = ErrorBody),
        (status = 422, description = "invalid_request: limit out of range", body = ErrorBody)))]
pub async fn list_audit(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            format!("limit must be between 1 and {MAX_LIMIT}"),
        ));
    }
    Ok(Json(
        state.database.audit_entries(limit, query.before).await?,
    ))
}

/// The whole log, oldest first, as CSV (`id,at,actor,action,subject,before,after`, the records as
/// JSON); the download is itself audited.
#[utoipa::path(get, path = "/audit.csv", tag = "staff",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "id,at,actor,action,subject,before,after", content_type = "text/csv", body = String),
        (status = 403, description = "forbidden: administrators only", body = ErrorBody)))]
pub async fn audit_csv(State(state): State<AppState>, staff: Staff) -> Result<Response, ApiError> {
    let entries = state.database.all_audit_entries().await?;
    let mut csv = csv_line(&["id", "at", "actor", "action", "subject", "before", "after"]);
    let json = |value: &Option<Value>| value.as_ref().map(Value::to_string).unwrap_or_default();
    for entry in &entries {
        csv.push_str(&csv_line(&[
            &entry.id.to_string(),
            &entry.at,
            &entry.actor,
            &entry.action,
            &entry.subject,
            &json(&entry.before),
            &json(&entry.after),
        ]));
    }
    state
        .database
        .append_audit(&staff.audit("export.download", "audit.csv"))
        .await?;
    Ok(download("text/csv; charset=utf-8", "audit.csv", csv))
}
