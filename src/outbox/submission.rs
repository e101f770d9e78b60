//! Sending a submission now, or keeping it in the outbox when the network or a busy server does
//! not take it, so nothing is lost. Inside a workshop session it goes by the workshop's route
//! with its token, and counts towards the session.
use super::queue::{Kind, Label, Letter, enqueue};
use super::sending::worth_retrying;
use super::status::Outbox;
use crate::api::{ApiFailure, post};
use crate::workshop::session::WorkshopSession;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What became of a submission.
#[derive(Debug, Clone, PartialEq)]
pub enum Submitted<T> {
    /// The endpoint took it and answered.
    Answered(T),
    /// It is kept on this device and will be sent when the network is back.
    Queued,
    /// The endpoint refused it (or it could not be sent nor kept).
    Failed(ApiFailure),
}

/// Sends `body` to the API collection `collection` (`ballots` or `proposals`) with `key`.
pub async fn send_or_queue<B: Serialize, T: DeserializeOwned>(
    outbox: Outbox,
    kind: Kind,
    collection: &str,
    key: &str,
    body: &B,
) -> Submitted<T> {
    let session = WorkshopSession::load();
    let (path, token) = match &session {
        Some(session) => (
            format!("/api/workshop/{collection}"),
            Some(session.token.clone()),
        ),
        None => (format!("/api/{collection}"), None),
    };
    let outcome = match post(&path, key, token.as_deref(), body).await {
        Ok(answer) => Submitted::Answered(answer),
        Err(ApiFailure::Refused(detail)) if !worth_retrying(detail.code.as_str()) => {
            Submitted::Failed(ApiFailure::Refused(detail))
        }
        Err(failure @ (ApiFailure::UnexpectedAnswer | ApiFailure::NoEndpoint)) => {
            Submitted::Failed(failure)
        }
        Err(_) => {
            let label = Label {
                kind,
                queued_at_ms: js_sys::Date::now(),
                workshop_session: session.as_ref().map(|s| s.id.clone()),
                refusal: None,
            };
            let letter = Letter {
                path,
                workshop_token: token,
                body: serde_json::to_value(body).unwrap_or_default(),
            };
            match enqueue(key, &label, &letter).await {
                Ok(()) => {
                    outbox.refresh();
                    Submitted::Queued
                }
                Err(_) => Submitted::Failed(ApiFailure::Network),
            }
        }
    };
    if let (Some(mut session), Submitted::Answered(_) | Submitted::Queued) = (session, &outcome) {
        session.count(kind);
        session.save();
    }
    outcome
}
