//! Calls to the endpoint's JSON API; failures come back with the endpoint's error body to
//! translate (its stable code, and the fields or ballot rules at fault).
use crate::site_path::app_href;
use gloo_net::http::{Request, RequestBuilder, Response};
use pb_core::api::{
    CatalogueProject, ErrorBody, ErrorDetail, IDEMPOTENCY_KEY_HEADER, ProcessStatus,
    ProposalFollowUp, PublishedBallot, PublishedProposal, Results, WORKSHOP_TOKEN_HEADER,
    WorkshopInfo,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why an API call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The network or the server could not be reached (or the answer was lost on the way).
    Network,
    /// The endpoint answered with an error body.
    Refused(ErrorDetail),
    /// The answer was not what the API documents.
    UnexpectedAnswer,
    /// The site serving the app has no endpoint (a static copy): only the published data is here.
    NoEndpoint,
}

impl ApiFailure {
    /// The stable error code of a refusal, e.g. `voter_code_used`.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            ApiFailure::Refused(detail) => Some(detail.code.as_str()),
            _ => None,
        }
    }
}

/// The current phase, dates and rules of the process (`GET /api/process`).
pub async fn process_status() -> Result<ProcessStatus, ApiFailure> {
    get_json("/api/process").await
}

/// The published proposals (`GET /api/proposals`).
pub async fn published_proposals() -> Result<Vec<PublishedProposal>, ApiFailure> {
    get_json("/api/proposals").await
}

/// Where the proposal with this number stands (`GET /api/proposals/{id}`).
pub async fn follow_proposal(number: i64, language: &str) -> Result<ProposalFollowUp, ApiFailure> {
    get_json(&format!("/api/proposals/{number}?lang={language}")).await
}

/// Every proposal the region has decided on, with its reason (`GET /api/proposals/decisions`).
pub async fn proposal_decisions() -> Result<Vec<ProposalFollowUp>, ApiFailure> {
    get_json("/api/proposals/decisions").await
}

/// The projects on the ballot (`GET /api/projects`).
pub async fn catalogue() -> Result<Vec<CatalogueProject>, ApiFailure> {
    get_json("/api/projects").await
}

/// Tallies and outcome once voting has ended (`GET /api/results`).
pub async fn results() -> Result<Results, ApiFailure> {
    get_json("/api/results").await
}

/// Every counted ballot with its receipt, once voting has ended (`GET /api/ballots`).
pub async fn published_ballots() -> Result<Vec<PublishedBallot>, ApiFailure> {
    get_json("/api/ballots").await
}

/// The workshop a facilitator's token opens (`GET /api/workshop`).
pub async fn workshop(token: &str) -> Result<WorkshopInfo, ApiFailure> {
    answer(
        Request::get(&app_href("/api/workshop"))
            .header(WORKSHOP_TOKEN_HEADER, token)
            .send()
            .await,
    )
    .await
}

/// Whether a voter code can still vote (`POST /api/voter-codes/check`, or the workshop's route
/// with its token on a workshop's tablet): the answer's JSON, read by `vote::code_check`.
pub async fn check_voter_code(
    code: &str,
    workshop_token: Option<&str>,
) -> Result<serde_json::Value, ApiFailure> {
    let path = match workshop_token {
        Some(_) => "/api/workshop/voter-codes/check",
        None => "/api/voter-codes/check",
    };
    let body = serde_json::json!({ "code": code });
    send_json(path, None, workshop_token, &body).await
}

async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    answer(Request::get(&app_href(path)).send().await).await
}

/// Sends a submission (`POST`, to an API route such as `/api/ballots`) with its idempotency key, and the workshop token when it was made
/// in a workshop; the same key may be sent again after a failure.
pub async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    key: &str,
    workshop_token: Option<&str>,
    body: &B,
) -> Result<T, ApiFailure> {
    send_json(path, Some(key), workshop_token, body).await
}

/// `POST`s a JSON body with the idempotency key and workshop token given.
async fn send_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    key: Option<&str>,
    workshop_token: Option<&str>,
    body: &B,
) -> Result<T, ApiFailure> {
    let mut request = RequestBuilder::new(&app_href(path)).method(gloo_net::http::Method::POST);
    if let Some(key) = key {
        request = request.header(IDEMPOTENCY_KEY_HEADER, key);
    }
    if let Some(token) = workshop_token {
        request = request.header(WORKSHOP_TOKEN_HEADER, token);
    }
    let request = request
        .json(body)
        .map_err(|_| ApiFailure::UnexpectedAnswer)?;
    answer(request.send().await).await
}

/// Reads an API answer: its JSON on success, else the endpoint's error body as an [`ApiFailure`].
pub async fn answer<T: DeserializeOwned>(
    sent: Result<Response, gloo_net::Error>,
) -> Result<T, ApiFailure> {
    let response = sent.map_err(|_| ApiFailure::Network)?;
    if !response.ok() {
        return Err(match response.json::<ErrorBody>().await {
            Ok(body) => ApiFailure::Refused(body.error),
            Err(_) if response.status() >= 500 || response.status() == 0 => ApiFailure::Network,
            Err(_) if matches!(response.status(), 404 | 405) => ApiFailure::NoEndpoint,
            Err(_) => ApiFailure::UnexpectedAnswer,
        });
    }
    let json = response
        .headers()
        .get("content-type")
        .is_some_and(|kind| kind.contains("json"));
    if !json {
        // A static host answers API addresses with its page or file, never with JSON.
        return Err(ApiFailure::NoEndpoint);
    }
    response
        .json()
        .await
        .map_err(|_| ApiFailure::UnexpectedAnswer)
}
