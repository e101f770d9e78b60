//! Building blocks of the page layout.
pub mod choice_select;
pub mod field;
pub mod footer;
pub mod header;
pub mod initial_language;
pub mod language_switcher;
pub mod loaded;
pub mod phase_gate;
pub mod retry_notice;
pub mod route_focus;
