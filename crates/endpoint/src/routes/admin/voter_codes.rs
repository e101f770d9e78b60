//! `POST /api/admin/voter-codes` (a batch of voter codes, answered as CSV for printing or as
//! JSON), `GET /api/admin/voter-codes/batches` (the batches with their counts) and
//! `POST /api/admin/voter-codes/batches/{id}/revoke` (withdraw a batch, e.g. a lost box of slips).
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, ApiPath};
use crate::http::staff_access::Staff;
use crate::routes::admin::csv::csv_line;
use crate::state::AppState;
use crate::store::voter_codes::BatchRevocation;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pb_core::api::{
    ErrorBody, ErrorCode, MAX_CODES_PER_BATCH, StaffRole, VoterCodeBatchCreated,
    VoterCodeBatchRequest, VoterCodeBatchSummary,
};
use serde_json::json;

/// Creates the codes; the answer (CSV `code,batch,label,province` by default, JSON with
/// `Accept: application/json`) is the only place they appear in plain text (the audit log keeps
/// the batch, its label, place, province and size, never the codes). A code officer creates
/// batches for their own province only.
#[utoipa::path(post, path = "/voter-codes", tag = "admin",
    request_body = VoterCodeBatchRequest,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 201, description = "The new codes: CSV, or JSON when the request accepts application/json",
            content((String = "text/csv"), (VoterCodeBatchCreated = "application/json"))),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 403, description = "forbidden: a code officer's batch for another province", body = ErrorBody),
        (status = 422, description = "invalid_request", body = ErrorBody)))]
pub async fn create_voter_codes(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VoterCodeBatchRequest>,
) -> Result<Response, ApiError> {
    if staff.role == StaffRole::CodeOfficer
        && (staff.province.is_none() || request.province != staff.province)
    {
        return Err(ApiError::coded(
            ErrorCode::Forbidden,
            "a code officer creates batches for their own province only",
        ));
    }
    if let Some(problem) = request_problem(&state, &request) {
        return Err(ApiError::coded(ErrorCode::InvalidRequest, problem));
    }
    let batch = state
        .database
        .create_voter_codes(
            request.count,
            &request.label,
            request.province.as_deref(),
            request.place.as_deref(),
        )
        .await?;
    let entry = staff
        .audit("voter_codes.create", format!("batch {}", batch.id))
        .after(json!({
            "batch": batch.id,
            "label": request.label.trim(),
            "place": request.place.as_deref().map(str::trim),
            "province": request.province,
            "count": batch.codes.len(),
        }));
    state.database.append_audit(&entry).await?;
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|accept| accept.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json"));
    if wants_json {
        let summary = state
            .database
            .voter_code_batch(batch.id)
            .await?
            .ok_or(sqlx::Error::RowNotFound)?;
        let created = VoterCodeBatchCreated {
            batch: summary,
            codes: batch.codes,
        };
        return Ok((
            StatusCode::CREATED,
            [(header::CACHE_CONTROL, "no-store")],
            Json(created),
        )
            .into_response());
    }
    let mut csv = String::from("code,batch,label,province\n");
    let batch_id = batch.id.to_string();
    let province = request.province.unwrap_or_default();
    for code in &batch.codes {
        csv.push_str(&csv_line(&[
            code.as_str(),
            &batch_id,
            request.label.trim(),
            &province,
        ]));
    }
    Ok((
        StatusCode::CREATED,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"voter-codes-{batch_id}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        csv,
    )
        .into_response())
}

/// What is out of range in a batch request (count, label, province or place), if anything.
fn request_problem(state: &AppState, request: &VoterCodeBatchRequest) -> Option<String> {
    if request.count == 0 || request.count > MAX_CODES_PER_BATCH {
        return Some(format!("count must be between 1 and {MAX_CODES_PER_BATCH}"));
    }
    let too_long_or_empty = |text: &str| text.trim().is_empty() || text.chars().count() > 200;
    if too_long_or_empty(&request.label) {
        return Some("label must have 1 to 200 characters".to_owned());
    }
    if request.place.as_deref().is_some_and(too_long_or_empty) {
        return Some("place must have 1 to 200 characters".to_owned());
    }
    match &request.province {
        Some(province) if !state.process.provinces.contains(province) => {
            Some(format!("unknown province {province:?}"))
        }
        _ => None,
    }
}

/// Every batch of voter codes with how many codes it issued and how many voted, newest first; a
/// code officer sees their province's batches only.
#[utoipa::path(get, path = "/voter-codes/batches", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The batches, newest first", body = Vec<VoterCodeBatchSummary>),
        (status = 401, description = "unauthorized", body = ErrorBody)))]
pub async fn list_voter_code_batches(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Json<Vec<VoterCodeBatchSummary>>, ApiError> {
    let mut batches = state.database.voter_code_batches().await?;
    if staff.role == StaffRole::CodeOfficer {
        batches.retain(|batch| batch.province.is_some() && batch.province == staff.province);
    }
    Ok(Json(batches))
}

/// Revokes a batch: its unused codes can no longer vote (`voter_code_revoked`); ballots already
/// cast with its codes stay counted. A code officer revokes their province's batches only.
#[utoipa::path(post, path = "/voter-codes/batches/{id}/revoke", tag = "admin",
    params(("id" = i64, Path, description = "Number of the batch")),
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The batch after its revocation", body = VoterCodeBatchSummary),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 403, description = "forbidden: a code officer and another province's batch", body = ErrorBody),
        (status = 404, description = "not_found", body = ErrorBody),
        (status = 409, description = "conflict: already revoked", body = ErrorBody)))]
pub async fn revoke_voter_code_batch(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<VoterCodeBatchSummary>, ApiError> {
    if staff.role == StaffRole::CodeOfficer {
        let batch = state.database.voter_code_batch(id).await?;
        if batch.is_some_and(|batch| batch.province.is_none() || batch.province != staff.province) {
            return Err(ApiError::coded(
                ErrorCode::Forbidden,
                "a code officer revokes their own province's batches only",
            ));
        }
    }
    match state.database.revoke_voter_code_batch(id).await? {
        BatchRevocation::Revoked(summary) => {
            let entry = staff
                .audit("voter_codes.revoke", format!("batch {id}"))
                .before(json!({ "revoked_at": null }))
                .after(json!({ "revoked_at": summary.revoked_at, "used": summary.used, "size": summary.size }));
            state.database.append_audit(&entry).await?;
            Ok(Json(summary))
        }
        BatchRevocation::AlreadyRevoked => Err(ApiError::coded(
            ErrorCode::Conflict,
            format!("batch {id} is already revoked"),
        )),
        BatchRevocation::NoSuchBatch => Err(ApiError::coded(
            ErrorCode::NotFound,
            format!("no batch of voter codes {id}"),
        )),
    }
}
