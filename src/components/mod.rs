//! Building blocks of the page layout.
pub mod footer;
pub mod header;
pub mod initial_language;
pub mod language_switcher;
pub mod loaded;
pub mod phase_gate;
pub mod retry_notice;
pub mod route_focus;
