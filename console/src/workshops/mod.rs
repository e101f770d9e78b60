//! Workshop tokens in the console: date-times read and written in Morocco time, and the grace
//! period's note on the Phases page.
pub mod grace_note;
pub mod morocco_time;
