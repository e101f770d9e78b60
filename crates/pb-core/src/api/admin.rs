//! Bodies of the administrators' routes (`/api/admin/...`, bearer token).
use serde::{Deserialize, Serialize};

use super::Phase;

/// Body of `POST /api/admin/voter-codes`: a batch of codes to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterCodeBatchRequest {
    /// How many codes (1 to 100,000).
    pub count: u32,
    /// Label printed with the batch, e.g. "Azilal — lycée Ibn Khaldoun".
    pub label: String,
    /// Province where the codes are handed out, counted in the statistics.
    #[serde(default)]
    pub province: Option<String>,
    /// Where the slips are handed out, e.g. "Lycée Ibn Khaldoun, Azilal" (1 to 200 characters).
    #[serde(default)]
    pub place: Option<String>,
}

/// A batch of voter codes as administrators see it: never its codes, only counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterCodeBatchSummary {
    /// Number of the batch.
    pub id: i64,
    /// Label printed with the batch.
    pub label: String,
    /// Where the slips are handed out.
    pub place: Option<String>,
    /// Province where the codes are handed out.
    pub province: Option<String>,
    /// Codes issued in the batch.
    pub size: u64,
    /// Codes of the batch a ballot was cast with.
    pub used: u64,
    /// When the batch was created (RFC 3339, UTC).
    pub created_at: String,
    /// When the batch was revoked (RFC 3339, UTC); its unused codes can no longer vote.
    pub revoked_at: Option<String>,
}

/// JSON answer of `POST /api/admin/voter-codes` (with `Accept: application/json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterCodeBatchCreated {
    /// The new batch.
    pub batch: VoterCodeBatchSummary,
    /// Its codes as printed (`XXXXX-XXXXX-C`), shown this once and never stored in plain text.
    pub codes: Vec<String>,
}

/// Largest batch of voter codes one request may create.
pub const MAX_CODES_PER_BATCH: u32 = 100_000;

/// A moderation decision on a pending proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Moderation {
    /// Make it public.
    Publish,
    /// Refuse it; the reason is kept for the record.
    Reject {
        /// Why.
        reason: String,
    },
    /// Fold it into another (published) proposal.
    Merge {
        /// Number of the proposal it joins.
        into: i64,
    },
}

/// Body of `PUT /api/admin/phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseChange {
    /// The phase to open.
    pub phase: Phase,
}

/// A count for one province or one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Count {
    /// Province name or day (YYYY-MM-DD); `""` for submissions with no province.
    pub key: String,
    /// How many.
    pub count: u64,
}

/// Body of `GET /api/admin/counts`: participation so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Counts {
    /// Ballots by the province of the voter-code batch.
    pub ballots_by_province: Vec<Count>,
    /// Ballots by day cast.
    pub ballots_by_day: Vec<Count>,
    /// Proposals by province.
    pub proposals_by_province: Vec<Count>,
    /// Proposals by day submitted.
    pub proposals_by_day: Vec<Count>,
    /// Proposals by status (`pending`, `published`, `rejected`, `merged`).
    #[serde(default)]
    pub proposals_by_status: Vec<Count>,
    /// Voter codes created.
    pub voter_codes_issued: u64,
    /// Voter codes used.
    pub voter_codes_used: u64,
}
