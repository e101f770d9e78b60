//! The ballots cast in an election.

use serde::{Deserialize, Serialize};

use super::Ballot;

/// One voter: an id, the ballot, and other columns of the file (e.g. `age`, `sex`), in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voter {
    /// Voter id, unique in the profile (pabulib `voter_id`).
    pub id: String,
    /// The ballot cast.
    pub ballot: Ballot,
    /// Other columns of the file.
    pub extra: Vec<(String, String)>,
}

/// All the voters of an election, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile {
    /// The voters.
    pub voters: Vec<Voter>,
}
