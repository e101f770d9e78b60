//! `GET /api/admin/proposals` and `POST /api/admin/proposals/{id}/moderation`.
use crate::http::api_error::ApiError;
use crate::http::api_json::{ApiJson, ApiPath, ApiQuery};
use crate::http::staff_access::Staff;
use crate::state::AppState;
use crate::store::proposals::ModerationError;
use axum::Json;
use axum::extract::State;
use pb_core::api::{ErrorBody, ErrorCode, ModeratedProposal, Moderation, ProposalStatus};
use serde::Deserialize;
use serde_json::json;

/// Query of the moderators' list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ProposalFilter {
    /// Only proposals with this status (`pending`, `published`, `rejected`, `merged`).
    pub status: Option<String>,
}

/// Every proposal with status and contact, optionally of one status.
#[utoipa::path(get, path = "/proposals", tag = "admin",
    params(ProposalFilter),
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "Proposals for moderation", body = Vec<ModeratedProposal>),
        (status = 422, description = "invalid_request: unknown status", body = ErrorBody)))]
pub async fn list_for_moderation(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<ProposalFilter>,
) -> Result<Json<Vec<ModeratedProposal>>, ApiError> {
    let status = match filter.status.as_deref() {
        None => None,
        Some(text) => Some(ProposalStatus::parse(text).ok_or_else(|| {
            ApiError::coded(
                ErrorCode::InvalidRequest,
                format!("unknown status {text:?}"),
            )
        })?),
    };
    Ok(Json(state.database.proposals(status).await?))
}

/// Publishes, rejects (with a reason) or merges a proposal; audited with the status before and
/// after.
#[utoipa::path(post, path = "/proposals/{id}/moderation", tag = "admin",
    params(("id" = i64, Path, description = "Number of the proposal")),
    request_body = Moderation,
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "The proposal after the decision", body = ModeratedProposal),
        (status = 404, description = "not_found", body = ErrorBody),
        (status = 409, description = "conflict: already rejected or merged, bad merge target", body = ErrorBody),
        (status = 422, description = "invalid_request: empty rejection reason", body = ErrorBody)))]
pub async fn moderate(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<i64>,
    ApiJson(decision): ApiJson<Moderation>,
) -> Result<Json<ModeratedProposal>, ApiError> {
    if let Moderation::Reject { reason } = &decision
        && (reason.trim().is_empty() || reason.chars().count() > 1_000)
    {
        return Err(ApiError::coded(
            ErrorCode::InvalidRequest,
            "a rejection needs a reason of 1 to 1000 characters",
        ));
    }
    match state.database.moderate(id, &decision).await {
        Ok((before, proposal)) => {
            let action = match decision {
                Moderation::Publish => "proposal.publish",
                Moderation::Reject { .. } => "proposal.reject",
                Moderation::Merge { .. } => "proposal.merge",
            };
            let entry = staff
                .audit(action, format!("proposal {id}"))
                .before(json!({ "status": before.as_str() }))
                .after(json!({
                    "status": proposal.status.as_str(),
                    "rejection_reason": proposal.rejection_reason,
                    "merged_into": proposal.merged_into,
                }));
            state.database.append_audit(&entry).await?;
            Ok(Json(proposal))
        }
        Err(ModerationError::NotFound(id)) => Err(ApiError::coded(
            ErrorCode::NotFound,
            format!("no proposal {id}"),
        )),
        Err(ModerationError::Conflict(message)) => {
            Err(ApiError::coded(ErrorCode::Conflict, message))
        }
        Err(ModerationError::Database(error)) => Err(error.into()),
    }
}
