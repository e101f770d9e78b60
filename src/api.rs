//! Calls to the endpoint's JSON API; failures come back as the stable error code to translate.
use gloo_net::http::Request;
use pb_core::api::{ErrorBody, PublishedProposal};

/// Why an API call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The network or the server could not be reached.
    Network,
    /// The endpoint answered with an error body (its stable code).
    Refused(String),
    /// The answer was not what the API documents.
    UnexpectedAnswer,
}

/// The published proposals (`GET /api/proposals`).
pub async fn published_proposals() -> Result<Vec<PublishedProposal>, ApiFailure> {
    let response = Request::get("/api/proposals")
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if !response.ok() {
        return Err(match response.json::<ErrorBody>().await {
            Ok(body) => ApiFailure::Refused(body.error.code.as_str().to_owned()),
            Err(_) => ApiFailure::UnexpectedAnswer,
        });
    }
    response
        .json()
        .await
        .map_err(|_| ApiFailure::UnexpectedAnswer)
}
