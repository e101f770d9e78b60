//! The review phase in the console: the technical review of each published proposal, and the
//! feasible ones turned into ballot projects in one step.
pub mod ballot_builder;
pub mod project_draft;
pub mod review_draft;
pub mod review_form;
