//! `GET /api/workshop`: which workshop a tablet's token belongs to.
use crate::store::workshop_tokens::ActiveWorkshop;
use axum::{Extension, Json};
use pb_core::api::{ErrorBody, WorkshopInfo};

/// The workshop of the `x-workshop-token` header, so the tablet can show it is set up.
#[utoipa::path(get, path = "/workshop", tag = "workshop",
    security(("workshop_token" = [])),
    responses(
        (status = 200, description = "The workshop of the token", body = WorkshopInfo),
        (status = 401, description = "workshop_token_invalid", body = ErrorBody)))]
pub async fn get_workshop(Extension(workshop): Extension<ActiveWorkshop>) -> Json<WorkshopInfo> {
    Json(WorkshopInfo {
        label: workshop.label,
    })
}
