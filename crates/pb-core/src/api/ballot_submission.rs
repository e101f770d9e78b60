//! Casting a ballot: what the voter sends and the receipt they keep.
use serde::{Deserialize, Serialize};

use crate::election::Ballot;

/// Body of `POST /api/ballots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotSubmission {
    /// The code printed on the voter's slip (spaces, dashes and case do not matter).
    pub voter_code: String,
    /// The voter's choices.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub ballot: Ballot,
}

/// Answer to a cast ballot: the receipt the voter finds later in the published ballot list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotReceipt {
    /// 64 hexadecimal digits.
    pub receipt: String,
}

/// One entry of the ballot list published after voting: a receipt and the choices it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedBallot {
    /// The receipt given to the voter.
    pub receipt: String,
    /// The choices.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub ballot: Ballot,
}
