//! Voter codes: printed once, stored only as hashes, each allowing one ballot; batches of them
//! can be listed with their counts and revoked.
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::voter_code::CODE_SYMBOLS;
use pb_core::api::{VoterCodeBatchSummary, VoterCodeStatus, voter_code_with_check};
use rand::Rng;

/// A batch just created: its number and the codes in plain text (shown once, never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterCodeBatch {
    /// Number of the batch.
    pub id: i64,
    /// The codes as printed, `XXXXX-XXXXX-C`.
    pub codes: Vec<String>,
}

/// What became of a request to revoke a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchRevocation {
    /// Revoked now; the batch after.
    Revoked(VoterCodeBatchSummary),
    /// The batch was revoked before.
    AlreadyRevoked,
    /// No batch has that number.
    NoSuchBatch,
}

/// Columns of a batch summary, for [`summary_of`].
type SummaryRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    String,
    Option<String>,
);

/// The batches with their count of used codes (bind `$1` to `true`), newest first.
const SUMMARIES: &str = "SELECT b.id, b.label, b.place, b.province, b.size, \
     (SELECT COUNT(*) FROM voter_codes c WHERE c.batch_id = b.id AND c.used = $1), \
     b.created_at, b.revoked_at FROM voter_code_batches b";

/// A summary from its row.
fn summary_of(row: SummaryRow) -> VoterCodeBatchSummary {
    let (id, label, place, province, size, used, created_at, revoked_at) = row;
    VoterCodeBatchSummary {
        id,
        label,
        place,
        province,
        size: u64::try_from(size).unwrap_or_default(),
        used: u64::try_from(used).unwrap_or_default(),
        created_at,
        revoked_at,
    }
}

/// The stored form of a normalised code.
pub fn voter_code_hash(code: &str) -> String {
    sha256_hex(code.as_bytes())
}

/// A new random code from the operating system's secure generator: the printed form with its
/// check character, and the 10-symbol canonical form that is hashed.
fn random_code(rng: &mut impl Rng) -> (String, String) {
    let mut values = [0u8; CODE_SYMBOLS];
    for value in &mut values {
        *value = rng.gen_range(0..32);
    }
    let printed = voter_code_with_check(values);
    // `XXXXX-XXXXX-C` starts with its canonical form `XXXXX-XXXXX`.
    let canonical = printed[..CODE_SYMBOLS + 1].to_owned();
    (printed, canonical)
}

impl Database {
    /// Creates `count` new codes in one transaction; a code that already exists is drawn again.
    pub async fn create_voter_codes(
        &self,
        count: u32,
        label: &str,
        province: Option<&str>,
        place: Option<&str>,
    ) -> Result<VoterCodeBatch, sqlx::Error> {
        let mut rng = rand::rngs::OsRng;
        with_write_pool!(self, |pool| {
            let mut transaction = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO voter_code_batches (label, province, size, created_at, place) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(label.trim())
            .bind(province)
            .bind(i64::from(count))
            .bind(now_rfc3339())
            .bind(place.map(str::trim))
            .fetch_one(&mut *transaction)
            .await?;
            let mut codes = Vec::with_capacity(count as usize);
            while codes.len() < count as usize {
                let (printed, canonical) = random_code(&mut rng);
                let inserted = sqlx::query(
                    "INSERT INTO voter_codes (code_hash, batch_id, province, used) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (code_hash) DO NOTHING",
                )
                .bind(voter_code_hash(&canonical))
                .bind(id)
                .bind(province)
                .bind(false)
                .execute(&mut *transaction)
                .await?;
                if inserted.rows_affected() == 1 {
                    codes.push(printed);
                }
            }
            transaction.commit().await?;
            Ok(VoterCodeBatch { id, codes })
        })
    }

    /// Whether a normalised code exists, whether a ballot was cast with it, and whether its
    /// batch was revoked (a used code stays used).
    pub async fn voter_code_status(&self, code: &str) -> Result<VoterCodeStatus, sqlx::Error> {
        let found: Option<(bool, Option<String>)> = with_read_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT c.used, b.revoked_at FROM voter_codes c \
                 JOIN voter_code_batches b ON b.id = c.batch_id WHERE c.code_hash = $1",
            )
            .bind(voter_code_hash(code))
            .fetch_optional(pool)
            .await?
        });
        Ok(match found {
            None => VoterCodeStatus::Unknown,
            Some((true, _)) => VoterCodeStatus::Used,
            Some((false, Some(_))) => VoterCodeStatus::Revoked,
            Some((false, None)) => VoterCodeStatus::Unused,
        })
    }

    /// Every batch with its issued and used counts, newest first.
    pub async fn voter_code_batches(&self) -> Result<Vec<VoterCodeBatchSummary>, sqlx::Error> {
        let rows: Vec<SummaryRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!("{SUMMARIES} ORDER BY b.id DESC"))
                .bind(true)
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(summary_of).collect())
    }

    /// One batch with its counts, if it exists.
    pub async fn voter_code_batch(
        &self,
        id: i64,
    ) -> Result<Option<VoterCodeBatchSummary>, sqlx::Error> {
        let row: Option<SummaryRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!("{SUMMARIES} WHERE b.id = $2"))
                .bind(true)
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(summary_of))
    }

    /// Revokes a batch: from then on its unused codes cannot vote. Ballots lock their batch's row
    /// (see [`Database::cast_ballots`]), so a ballot either committed before or is refused.
    pub async fn revoke_voter_code_batch(&self, id: i64) -> Result<BatchRevocation, sqlx::Error> {
        let revoked = with_write_pool!(self, |pool| {
            sqlx::query(
                "UPDATE voter_code_batches SET revoked_at = $1 \
                 WHERE id = $2 AND revoked_at IS NULL",
            )
            .bind(now_rfc3339())
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(match self.voter_code_batch(id).await? {
            None => BatchRevocation::NoSuchBatch,
            Some(summary) if revoked == 1 => BatchRevocation::Revoked(summary),
            Some(_) => BatchRevocation::AlreadyRevoked,
        })
    }
}
