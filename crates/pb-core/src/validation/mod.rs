//! Checking ballots and proposals against the rules of the process before they are stored.

pub mod ballot_limits;
pub mod ballot_rules;
pub mod contact_check;
pub mod field_error;
pub mod field_name;
pub mod proposal_check;
pub mod typed_amount;
pub mod violation;
mod violation_fields;

pub use ballot_limits::BallotLimits;
pub use ballot_rules::{BallotRules, ProvinceBudget, validate_ballot};
pub use contact_check::is_usable_contact;
pub use field_error::{FieldError, FieldProblem, ProposalFieldError};
pub use field_name::{FieldName, ProjectField, ProposalField};
pub use proposal_check::{ProposalRules, text_limits, validate_proposal};
pub use typed_amount::{AmountProblem, read_whole_amount};
pub use violation::BallotViolation;
