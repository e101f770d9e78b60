//! Proposing a priority for the regional development programme: the form, its draft kept on the
//! device, the messages for each field, and the confirmation.
pub mod confirmation;
pub mod draft;
pub mod draft_field;
pub mod error_summary;
pub mod field_message;
pub mod fields;
pub mod form;
pub mod form_state;
