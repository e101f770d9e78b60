//! A participatory-budgeting election: the instance (budget and projects) and the profile (ballots).

pub mod amount;
pub mod ballot;
pub mod instance;
pub mod profile;
pub mod project;

pub use amount::Amounts;
pub use ballot::{Ballot, VoteType};
pub use instance::Instance;
pub use profile::{Profile, Voter};
pub use project::Project;
