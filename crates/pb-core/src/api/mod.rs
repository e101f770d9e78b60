//! Request and response bodies of the JSON API, defined once for the app and the endpoint.

pub mod admin;
pub mod ballot_submission;
pub mod catalogue;
pub mod embed;
pub mod error;
pub mod health;
pub mod idempotency;
pub mod process;
pub mod project_texts;
pub mod proposal;
pub mod receipt;
pub mod results;
pub mod review;
pub mod staff;
pub mod voter_code;
pub mod workshop;

pub use admin::{
    Count, Counts, MAX_CODES_PER_BATCH, Moderation, PhaseChange, VoterCodeBatchCreated,
    VoterCodeBatchRequest, VoterCodeBatchSummary,
};
pub use ballot_submission::{BallotReceipt, BallotSubmission, PublishedBallot};
pub use catalogue::{CatalogueImport, CatalogueProject, project_name, validate_catalogue};
pub use embed::{EmbedSettings, OriginError, parse_origin};
pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use health::{DatabaseHealth, Health, ServiceStatus};
pub use idempotency::{IDEMPOTENCY_KEY_HEADER, is_valid_idempotency_key};
pub use process::{Phase, PhaseWindow, ProcessConfig, ProcessStatus, VotingRules};
pub use project_texts::{ProjectTexts, TEXT_LANGUAGES};
pub use proposal::{
    ModeratedProposal, ProposalAccepted, ProposalFollowUp, ProposalLink, ProposalStatus,
    ProposalSubmission, PublishedProposal,
};
pub use receipt::{ReceiptMatch, find_receipt, receipt_digits, receipt_for_key, short_receipt};
pub use results::{ProjectTally, Results, compute_results, election_of};
pub use review::{
    BallotFromProposals, FeasibilityReview, MAX_REVIEW_REASON_CHARS, ProposalProject,
    ProposalReview, ReviewProblem, proposal_project_id,
};
pub use staff::{
    AuditEntry, CreatedStaffAccount, NewStaffAccount, PasswordChange, STAFF_SESSION_COOKIE,
    StaffAccount, StaffLogin, StaffRole, StaffSession,
};
pub use voter_code::{
    VoterCodeCheck, VoterCodeCheckAnswer, VoterCodeProblem, VoterCodeStatus, normalize_voter_code,
    read_voter_code, voter_code_with_check,
};
pub use workshop::{
    MAX_GRACE_DAYS, MAX_WORKSHOP_LABEL_CHARS, WORKSHOP_TOKEN_HEADER, WorkshopGrace, WorkshopInfo,
    WorkshopToken, WorkshopTokenRequest, WorkshopTokenSummary, latest_grace_until,
};
