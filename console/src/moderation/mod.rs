//! Moderation of citizens' proposals: the queue with its filters and counts, and the decisions
//! (publish, reject with a reason, merge a duplicate side by side).
pub mod decision;
pub mod queue_filter;
pub mod reasons;

use bmk_app::i18n::*;
use pb_core::api::ProposalStatus;

/// Every status, in the order of the queue's tabs.
pub const STATUSES: [ProposalStatus; 4] = [
    ProposalStatus::Pending,
    ProposalStatus::Published,
    ProposalStatus::Rejected,
    ProposalStatus::Merged,
];

/// A proposal status in the interface language.
pub fn status_name(locale: Locale, status: ProposalStatus) -> &'static str {
    match status {
        ProposalStatus::Pending => td_string!(locale, console.status.pending),
        ProposalStatus::Published => td_string!(locale, console.status.published),
        ProposalStatus::Rejected => td_string!(locale, console.status.rejected),
        ProposalStatus::Merged => td_string!(locale, console.status.merged),
    }
}
