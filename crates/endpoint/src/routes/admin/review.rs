//! `PUT /api/admin/proposals/{id}/review`: the services' technical review of a published proposal.
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, ApiPath};
use crate::http::staff_access::Staff;
use crate::state::AppState;
use crate::store::proposal_reviews::ReviewError;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, ErrorCode, FeasibilityReview, ProposalReview};
use serde_json::json;

/// Records whether a published proposal is feasible, why (shown to the public) and the
/// services' estimate, before voting begins; audited with the review before and after.
#[utoipa::path(put, path = "/proposals/{id}/review", tag = "admin",
    params(("id" = i64, Path, description = "Number of the proposal")),
    request_body = FeasibilityReview,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The stored review", body = ProposalReview),
        (status = 403, description = "wrong_phase: voting has begun", body = ErrorBody),
        (status = 404, description = "not_found", body = ErrorBody),
        (status = 409, description = "conflict: the proposal is not published", body = ErrorBody),
        (status = 422, description = "invalid_request: no reason, too long, unknown language, estimate out of range", body = ErrorBody)))]
pub async fn review_proposal(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<i64>,
    ApiJson(decision): ApiJson<FeasibilityReview>,
) -> Result<Json<ProposalReview>, ApiError> {
    let decision = decision
        .checked(state.process.max_proposal_cost)
        .map_err(|problem| ApiError::coded(ErrorCode::InvalidRequest, problem.to_string()))?;
    let (before, after) = match state.database.review_proposal(id, &decision).await {
        Ok(stored) => stored,
        Err(ReviewError::NotFound(id)) => {
            return Err(ApiError::coded(
                ErrorCode::NotFound,
                format!("no proposal {id}"),
            ));
        }
        Err(error @ ReviewError::NotPublished(..)) => {
            return Err(ApiError::coded(ErrorCode::Conflict, error.to_string()));
        }
        Err(error @ ReviewError::VotingStarted) => {
            return Err(ApiError::coded(ErrorCode::WrongPhase, error.to_string()));
        }
        Err(ReviewError::Database(error)) => return Err(error.into()),
    };
    let entry = staff
        .audit("proposal.review", format!("proposal {id}"))
        .before(json!(before.map(|review| review.decision)))
        .after(json!(after.decision));
    state.database.append_audit(&entry).await?;
    Ok(Json(after))
}
