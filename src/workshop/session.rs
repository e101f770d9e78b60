//! A workshop session on a shared tablet: the facilitator's token, the session's name and place,
//! the inactivity delay and what was collected. Kept on the device until the facilitator ends it.
use crate::browser_storage::{Kept, load_json, remove, save_json};
use crate::outbox::queue::Kind;
use serde::{Deserialize, Serialize};

/// Key of the session in localStorage.
pub const SESSION_KEY: &str = "bmk.workshop_session";
/// Inactivity delay before the screen resets, unless the facilitator chose another.
pub const DEFAULT_RESET_AFTER_SECS: u32 = 90;

/// The running session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkshopSession {
    /// Random id of this session on this tablet.
    pub id: String,
    /// The workshop token issued by an administrator.
    pub token: String,
    /// The workshop's label, as the endpoint knows it.
    pub workshop: String,
    /// The session's name, given by the facilitator.
    pub name: String,
    /// Where it takes place.
    pub location: String,
    /// Seconds without a touch before the screen resets for the next participant.
    pub reset_after_secs: u32,
    /// Ballots collected (sent or kept to send).
    pub ballots: u32,
    /// Proposals collected (sent or kept to send).
    pub proposals: u32,
}

impl WorkshopSession {
    /// The session running on this device, if any.
    pub fn load() -> Option<WorkshopSession> {
        load_json(Kept::OnDevice, SESSION_KEY)
    }

    /// Keeps the session on this device.
    pub fn save(&self) {
        save_json(Kept::OnDevice, SESSION_KEY, self);
    }

    /// Ends the session on this device (its queued submissions stay queued).
    pub fn end() {
        remove(Kept::OnDevice, SESSION_KEY);
    }

    /// Counts one more submission of `kind`.
    pub fn count(&mut self, kind: Kind) {
        match kind {
            Kind::Ballot => self.ballots += 1,
            Kind::Proposal => self.proposals += 1,
        }
    }
}

/// The inactivity delay typed by the facilitator, in seconds (30 to 600: less would clear the
/// screen of a participant still reading the ballot), if acceptable.
pub fn reset_delay(typed: &str) -> Option<u32> {
    typed
        .trim()
        .parse()
        .ok()
        .filter(|seconds| (30..=600).contains(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_is_whole_seconds_between_thirty_and_six_hundred() {
        assert_eq!(reset_delay(" 90 "), Some(90));
        assert_eq!(reset_delay("30"), Some(30));
        assert_eq!(reset_delay("600"), Some(600));
        assert_eq!(reset_delay("29"), None);
        assert_eq!(reset_delay("601"), None);
        assert_eq!(reset_delay("1.5"), None);
        assert_eq!(reset_delay(""), None);
    }

    #[test]
    fn counting_keeps_ballots_and_proposals_apart() {
        let mut session = WorkshopSession {
            id: "s".into(),
            token: "t".into(),
            workshop: "w".into(),
            name: "n".into(),
            location: "l".into(),
            reset_after_secs: DEFAULT_RESET_AFTER_SECS,
            ballots: 0,
            proposals: 0,
        };
        session.count(Kind::Ballot);
        session.count(Kind::Ballot);
        session.count(Kind::Proposal);
        assert_eq!((session.ballots, session.proposals), (2, 1));
    }
}
