//! Kiosk mode, provided by the workshop page to the booth and the proposal form: their last
//! screen offers "Done", which hands the tablet to the next participant.
use crate::browser_storage::{Kept, remove};
use crate::propose::draft::DRAFT_KEY;
use crate::site_path::app_href;
use crate::vote::ballot_draft::BALLOT_DRAFT_KEY;

/// Marks the pages inside a workshop session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KioskMode;

impl KioskMode {
    /// The participant is done: the screen resets for the next one.
    pub fn finish(self) {
        reset_for_next_participant();
    }
}

/// Forgets everything of the current participant (drafts in both storages, the page's memory,
/// this page's history entry) by reloading the workshop's start page in place.
pub fn reset_for_next_participant() {
    remove(Kept::InTab, BALLOT_DRAFT_KEY);
    remove(Kept::OnDevice, DRAFT_KEY);
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&app_href("/workshop"));
    }
}
