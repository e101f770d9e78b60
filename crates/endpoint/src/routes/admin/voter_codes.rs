//! `POST /api/admin/voter-codes`: a batch of voter codes, answered as CSV for printing.
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::routes::admin::csv::csv_line;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use pb_core::api::{ErrorBody, ErrorCode, MAX_CODES_PER_BATCH, StaffRole, VoterCodeBatchRequest};
use serde_json::json;

/// Creates the codes; the CSV (`code,batch,label,province`) is the only place they appear in
/// plain text (the audit log keeps the batch, its label, province and size, never the codes). A
/// code officer creates batches for their own province only.
#[utoipa::path(post, path = "/voter-codes", tag = "admin",
    request_body = VoterCodeBatchRequest,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 201, description = "CSV of the new codes", content_type = "text/csv", body = String),
        (status = 401, description = "unauthorized", body = ErrorBody),
        (status = 403, description = "forbidden: a code officer's batch for another province", body = ErrorBody),
        (status = 422, description = "invalid_request", body = ErrorBody)))]
pub async fn create_voter_codes(
    State(state): State<AppState>,
    staff: Staff,
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
    if request.count == 0 || request.count > MAX_CODES_PER_BATCH {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            format!("count must be between 1 and {MAX_CODES_PER_BATCH}"),
        ));
    }
    if request.label.trim().is_empty() || request.label.chars().count() > 200 {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            "label must have 1 to 200 characters",
        ));
    }
    if let Some(province) = &request.province
        && !state.process.provinces.contains(province)
    {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            format!("unknown province {province:?}"),
        ));
    }
    let batch = state
        .database
        .create_voter_codes(request.count, &request.label, request.province.as_deref())
        .await?;
    let entry = staff
        .audit("voter_codes.create", format!("batch {}", batch.id))
        .after(json!({
            "batch": batch.id,
            "label": request.label.trim(),
            "province": request.province,
            "count": batch.codes.len(),
        }));
    state.database.append_audit(&entry).await?;
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
