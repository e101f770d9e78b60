//! The demonstration (`--demo`): its own database, seeded once with an example process whose every
//! text is marked as example data, and what the terminal shows of it.

pub mod seed_data;
pub mod seeding;
pub mod summary;
