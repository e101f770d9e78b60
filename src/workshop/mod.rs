//! Workshop (kiosk) mode for shared tablets: a facilitator's session, the participant loop that
//! resets after each participant, and the facilitator's view.
pub mod done_button;
pub mod facilitator;
pub mod inactivity;
pub mod kiosk;
pub mod kiosk_guard;
pub mod kiosk_mode;
pub mod session;
pub mod setup;
