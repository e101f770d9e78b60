//! Following a proposal: by its number, where it stands and why, and the region's decisions.
pub mod follow_form;
pub mod follow_up;
pub mod followed;
pub mod number;
pub mod status_text;
