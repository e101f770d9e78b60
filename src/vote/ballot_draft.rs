//! The ballot being filled in, kept in this tab (not on the device: a shared device must not
//! keep someone's code) so a reload or a network failure loses nothing, and the idempotency
//! key of its last sending.
use crate::browser_storage::{Kept, load_json, remove, retry_key, save_json};
use pb_core::api::BallotSubmission;
use serde::{Deserialize, Serialize};

/// Key of the draft in sessionStorage.
pub const BALLOT_DRAFT_KEY: &str = "bmk.ballot_draft";

/// The voter's code as typed, the chosen project ids and the last sending.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotDraft {
    /// The code as typed.
    pub code: String,
    /// Ids of the chosen projects, in the order chosen.
    pub chosen: Vec<String>,
    /// Idempotency key and body of the last sending, kept until a receipt comes back.
    #[serde(default)]
    pub sent: Option<(String, BallotSubmission)>,
}

impl BallotDraft {
    /// The draft of this tab, or an empty one.
    pub fn load() -> BallotDraft {
        load_json(Kept::InTab, BALLOT_DRAFT_KEY).unwrap_or_default()
    }

    /// Keeps the draft in this tab.
    pub fn save(&self) {
        save_json(Kept::InTab, BALLOT_DRAFT_KEY, self);
    }

    /// Forgets the draft (after the ballot was counted).
    pub fn clear() {
        remove(Kept::InTab, BALLOT_DRAFT_KEY);
    }

    /// Adds or removes a project.
    pub fn toggle(&mut self, id: &str) {
        if let Some(position) = self.chosen.iter().position(|chosen| chosen == id) {
            self.chosen.remove(position);
        } else {
            self.chosen.push(id.to_owned());
        }
    }

    /// The idempotency key for sending `submission`: the last one if the body is unchanged
    /// (a retry), else `fresh`.
    pub fn key_for(&self, submission: &BallotSubmission, fresh: impl FnOnce() -> String) -> String {
        retry_key(&self.sent, submission, fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_adds_in_order_and_removes() {
        let mut draft = BallotDraft::default();
        draft.toggle("p2");
        draft.toggle("p1");
        draft.toggle("p3");
        draft.toggle("p1");
        assert_eq!(draft.chosen, ["p2", "p3"]);
    }
}
