//! Workshop tokens: 128 random bits shown once to the administrator, stored only as hashes.
use crate::store::clock::today;
use crate::store::database::Database;
use crate::store::sha256_hex;
use crate::{with_read_pool, with_write_pool};
use pb_core::api::WorkshopToken;
use rand::RngCore;

/// A new token from the operating system's secure generator: 16 bytes in hexadecimal.
fn random_token() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

impl Database {
    /// Issues a token for the workshop named `label` (already checked and trimmed).
    pub async fn create_workshop_token(&self, label: &str) -> Result<WorkshopToken, sqlx::Error> {
        let token = random_token();
        with_write_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO workshop_tokens (token_hash, label, created_on) VALUES ($1, $2, $3)",
            )
            .bind(sha256_hex(token.as_bytes()))
            .bind(label)
            .bind(today())
            .execute(pool)
            .await?;
        });
        Ok(WorkshopToken {
            token,
            label: label.to_owned(),
        })
    }

    /// The label of the workshop holding `token`, if it is one that was issued.
    pub async fn workshop_label(&self, token: &str) -> Result<Option<String>, sqlx::Error> {
        let hash = sha256_hex(token.as_bytes());
        Ok(with_read_pool!(self, |pool| {
            sqlx::query_scalar("SELECT label FROM workshop_tokens WHERE token_hash = $1")
                .bind(&hash)
                .fetch_optional(pool)
                .await?
        }))
    }
}
