//! `GET /api/health`: version and database status.
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pb_core::api::{Health, ServiceStatus};

/// Answers 200 with the health body when the database works, 503 with the same body when not.
#[utoipa::path(get, path = "/health", tag = "process",
    responses(
        (status = 200, description = "Working", body = Health),
        (status = 503, description = "The database does not answer", body = Health)))]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let database = state.database.health().await;
    let status = database.status;
    let code = match status {
        ServiceStatus::Ok => StatusCode::OK,
        ServiceStatus::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    };
    let body = Health {
        status,
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database,
    };
    (code, Json(body))
}
