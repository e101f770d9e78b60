//! Checking a ballot against the rules of the process before it is counted.

pub mod ballot_limits;
pub mod ballot_rules;
pub mod violation;

pub use ballot_limits::BallotLimits;
pub use ballot_rules::{BallotRules, ProvinceBudget, validate_ballot};
pub use violation::BallotViolation;
