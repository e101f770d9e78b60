//! Sending the queued submissions, oldest first, each with its own idempotency key so a replay
//! is counted once. A busy or unreachable server stops the round (tried again later); any other
//! refusal is recorded on the submission, to be shown with its reason.
use super::queue::{Letter, letter, mark_refused, queued, remove};
use crate::api::{ApiFailure, post};

/// What one round of sending did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    /// Submissions the endpoint took.
    pub delivered: usize,
    /// Submissions it refused for good.
    pub refused: usize,
    /// Whether the round stopped early because the server could not take more now.
    pub interrupted: bool,
}

/// Sends every queued submission that was not refused, in the order they were made (so of two
/// ballots with the same code, the first one cast is the one counted).
pub async fn send_queued() -> Round {
    let mut round = Round::default();
    let Ok(mut entries) = queued().await else {
        round.interrupted = true;
        return round;
    };
    entries.sort_by(|a, b| a.label.queued_at_ms.total_cmp(&b.label.queued_at_ms));
    for entry in entries.into_iter().filter(|e| e.label.refusal.is_none()) {
        let Ok(Letter {
            path,
            workshop_token,
            body,
        }) = letter(&entry.key).await
        else {
            continue;
        };
        let answer: Result<serde_json::Value, ApiFailure> =
            post(&path, &entry.key, workshop_token.as_deref(), &body).await;
        match answer {
            Ok(_) => {
                let _ = remove(&entry.key).await;
                round.delivered += 1;
            }
            Err(ApiFailure::Refused(detail)) if !worth_retrying(detail.code.as_str()) => {
                let _ = mark_refused(&entry.key, detail.code.as_str()).await;
                round.refused += 1;
            }
            Err(_) => {
                round.interrupted = true;
                break;
            }
        }
    }
    round
}

/// Whether a refusal says "not now" rather than "never": the submission then stays queued.
pub fn worth_retrying(code: &str) -> bool {
    matches!(
        code,
        "too_many_requests" | "timeout" | "database_unavailable" | "internal"
    )
}

#[cfg(test)]
mod tests {
    use super::worth_retrying;

    #[test]
    fn a_busy_server_is_tried_again_and_a_used_code_is_not() {
        assert!(worth_retrying("too_many_requests"));
        assert!(worth_retrying("database_unavailable"));
        assert!(!worth_retrying("voter_code_used"));
        assert!(!worth_retrying("wrong_phase"));
        assert!(!worth_retrying("invalid_ballot"));
    }
}
