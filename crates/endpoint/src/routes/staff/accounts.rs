//! `GET /api/staff/accounts` and `POST /api/staff/accounts` (administrators).
use crate::http::api_error::ApiError;
use crate::http::api_json::ApiJson;
use crate::http::staff_access::Staff;
use crate::state::AppState;
use crate::store::staff_accounts::{CreateAccountError, account_problem};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pb_core::api::{CreatedStaffAccount, ErrorBody, ErrorCode, NewStaffAccount, StaffAccount};

/// Every account, by name (never a password hash).
#[utoipa::path(get, path = "/accounts", tag = "staff",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The accounts", body = Vec<StaffAccount>),
        (status = 403, description = "forbidden: administrators only", body = ErrorBody)))]
pub async fn list_accounts(
    State(state): State<AppState>,
) -> Result<Json<Vec<StaffAccount>>, ApiError> {
    Ok(Json(state.database.staff_accounts().await?))
}

/// Creates an account with a one-time password, shown in this answer only; its holder sets their
/// own at the first sign-in.
#[utoipa::path(post, path = "/accounts", tag = "staff",
    request_body = NewStaffAccount,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 201, description = "The account and its one-time password", body = CreatedStaffAccount),
        (status = 403, description = "forbidden: administrators only", body = ErrorBody),
        (status = 409, description = "conflict: the name is taken", body = ErrorBody),
        (status = 422, description = "invalid_request: bad name, or a province missing, unknown or not for this role", body = ErrorBody)))]
pub async fn create_account(
    State(state): State<AppState>,
    staff: Staff,
    ApiJson(account): ApiJson<NewStaffAccount>,
) -> Result<(StatusCode, Json<CreatedStaffAccount>), ApiError> {
    if let Some(problem) = account_problem(&account, &state.process.provinces) {
        return Err(ApiError::coded(ErrorCode::InvalidRequest, problem));
    }
    match state
        .database
        .add_staff_account(&account, None, &staff.actor)
        .await
    {
        Ok((account, one_time)) => Ok((
            StatusCode::CREATED,
            Json(CreatedStaffAccount {
                account,
                one_time_password: one_time.unwrap_or_default(),
            }),
        )),
        Err(CreateAccountError::NameTaken(name)) => Err(ApiError::coded(
            ErrorCode::Conflict,
            format!("an account named {name:?} exists already"),
        )),
        Err(CreateAccountError::Hash(message)) => {
            Err(ApiError::coded(ErrorCode::Internal, message))
        }
        Err(CreateAccountError::Database(error)) => Err(error.into()),
    }
}
