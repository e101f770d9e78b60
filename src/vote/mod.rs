//! Voting: the booth (code, also from a link, choice under the rules with the budget bar, review, receipt), the
//! ballot draft kept in the tab, and the receipt check.
pub mod ballot_draft;
pub mod booth;
pub mod booth_loader;
pub mod budget_bar;
pub mod budget_status;
pub mod choose_step;
pub mod code_check;
pub mod code_link;
pub mod code_step;
pub mod receipt_check;
pub mod receipt_keeping;
pub mod receipt_text;
pub mod receipt_view;
pub mod review_step;
pub mod violation_message;
