//! Limits on a ballot, as pabulib's META keys name them.

use serde::{Deserialize, Serialize};

/// Limits a ballot must respect; `None` means no limit (pabulib META keys of the same names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BallotLimits {
    /// Fewest projects a ballot must name.
    pub min_length: Option<u32>,
    /// Most projects a ballot may name.
    pub max_length: Option<u32>,
    /// Lowest total cost of the projects named, in smallest money units.
    pub min_sum_cost: Option<u64>,
    /// Highest total cost of the projects named, in smallest money units.
    pub max_sum_cost: Option<u64>,
    /// Fewest points one project may receive.
    pub min_points: Option<i64>,
    /// Most points one project may receive.
    pub max_points: Option<i64>,
    /// Fewest points a ballot must give in total.
    pub min_sum_points: Option<i64>,
    /// Most points a ballot may give in total.
    pub max_sum_points: Option<i64>,
}
