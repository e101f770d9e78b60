//! The process timeline and moving from one phase to the next, with a confirmation that says what
//! the move does.
pub mod phase_move;
