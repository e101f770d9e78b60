//! Proposing a priority for the regional development programme: the form, its draft kept on the
//! device, the messages for each field, and the confirmation.
pub mod confirmation;
pub mod draft;
pub mod field_message;
pub mod form;
