//! Voter codes: printed once, stored only as hashes, each allowing one ballot.
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::voter_code::CODE_SYMBOLS;
use pb_core::api::{VoterCodeStatus, voter_code_from_values};
use rand::Rng;

/// A batch just created: its number and the codes in plain text (shown once, never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterCodeBatch {
    /// Number of the batch.
    pub id: i64,
    /// The codes, `XXXXX-XXXXX`.
    pub codes: Vec<String>,
}

/// The stored form of a normalised code.
pub fn voter_code_hash(code: &str) -> String {
    sha256_hex(code.as_bytes())
}

/// A new random code from the operating system's secure generator.
fn random_code(rng: &mut impl Rng) -> String {
    let mut values = [0u8; CODE_SYMBOLS];
    for value in &mut values {
        *value = rng.gen_range(0..32);
    }
    voter_code_from_values(values)
}

impl Database {
    /// Creates `count` new codes in one transaction; a code that already exists is drawn again.
    pub async fn create_voter_codes(
        &self,
        count: u32,
        label: &str,
        province: Option<&str>,
    ) -> Result<VoterCodeBatch, sqlx::Error> {
        let mut rng = rand::rngs::OsRng;
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO voter_code_batches (label, province, size, created_at) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(label.trim())
            .bind(province)
            .bind(i64::from(count))
            .bind(now_rfc3339())
            .fetch_one(&mut *transaction)
            .await?;
            let mut codes = Vec::with_capacity(count as usize);
            while codes.len() < count as usize {
                let code = random_code(&mut rng);
                let inserted = sqlx::query(
                    "INSERT INTO voter_codes (code_hash, batch_id, province, used) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (code_hash) DO NOTHING",
                )
                .bind(voter_code_hash(&code))
                .bind(id)
                .bind(province)
                .bind(false)
                .execute(&mut *transaction)
                .await?;
                if inserted.rows_affected() == 1 {
                    codes.push(code);
                }
            }
            transaction.commit().await?;
            Ok(VoterCodeBatch { id, codes })
        })
    }

    /// Whether a normalised code exists and whether a ballot was cast with it.
    pub async fn voter_code_status(&self, code: &str) -> Result<VoterCodeStatus, sqlx::Error> {
        let used: Option<bool> = with_read_pool!(self, |pool| {
            sqlx::query_scalar("SELECT used FROM voter_codes WHERE code_hash = $1")
                .bind(voter_code_hash(code))
                .fetch_optional(pool)
                .await?
        });
        Ok(match used {
            None => VoterCodeStatus::Unknown,
            Some(true) => VoterCodeStatus::Used,
            Some(false) => VoterCodeStatus::Unused,
        })
    }
}
