//! The database behind the endpoint and what it stores, one concept per file; every query is
//! written once for both backends.

pub mod audit_log;
pub mod backup;
pub mod ballot_writer;
pub mod ballots;
pub mod catalogue;
pub mod clock;
pub mod counts;
pub mod database;
pub mod demo_mark;
pub mod process_state;
pub mod proposal_reviews;
pub mod proposals;
pub mod staff_accounts;
pub mod staff_sessions;
pub mod voter_codes;
pub mod workshop_tokens;

use sha2::{Digest, Sha256};

/// SHA-256 of the text, in lowercase hexadecimal.
pub fn sha256_hex(text: &[u8]) -> String {
    hex::encode(Sha256::digest(text))
}
