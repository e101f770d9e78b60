//! Checking ballots and proposals against the rules of the process before they are stored.

pub mod ballot_limits;
pub mod ballot_rules;
pub mod proposal_check;
pub mod violation;
mod violation_fields;

pub use ballot_limits::BallotLimits;
pub use ballot_rules::{BallotRules, ProvinceBudget, validate_ballot};
pub use proposal_check::{FieldError, ProposalRules, validate_proposal};
pub use violation::BallotViolation;
