//! The project catalogue: programmes on the ballot and published proposals, their filters and
//! each project's page.
pub mod card;
pub mod catalogue;
pub mod detail;
pub mod entries_loader;
pub mod entry;
pub mod load;
