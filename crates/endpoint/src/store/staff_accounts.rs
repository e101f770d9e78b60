//! Staff accounts: a unique name, a role, a code officer's province, and an argon2id hash of the
//! password, never the password itself.
use crate::store::audit_log::NewAuditEntry;
use crate::store::clock::now_rfc3339;
use crate::store::database::Database;
use crate::{with_read_pool, with_write_pool};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use pb_core::api::staff::is_valid_staff_name;
use pb_core::api::{NewStaffAccount, StaffAccount, StaffRole};
use rand::Rng;
use std::sync::OnceLock;

/// Symbols of one-time passwords: letters and digits without `I`, `O`, `0` and `1`, which print
/// alike; 32 of them, so each carries 5 bits.
const PASSWORD_SYMBOLS: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A one-time password from the operating system's secure generator: 4 groups of 5 symbols
/// (100 bits), e.g. `K7XQM-2HRTA-9WZEB-NC4PD`.
pub fn one_time_password() -> String {
    let mut rng = rand::rngs::OsRng;
    let groups: Vec<String> = (0..4)
        .map(|_| {
            (0..5)
                .map(|_| char::from(PASSWORD_SYMBOLS[rng.gen_range(0..PASSWORD_SYMBOLS.len())]))
                .collect()
        })
        .collect();
    groups.join("-")
}

/// The argon2id hash of a password (PHC string with its own random salt), computed off the async
/// threads.
pub async fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await
    .unwrap_or(Err(argon2::password_hash::Error::Crypto))
}

/// Whether `password` matches `hash`; without a hash (unknown name) a dummy hash is checked, so
/// that the answer takes as long either way.
pub async fn verify_password(password: &str, hash: Option<String>) -> bool {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
        let matches = PasswordHash::new(&hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        });
        known && matches
    })
    .await
    .unwrap_or(false)
}

/// A hash of a random password, made once, checked for names that have no account.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(one_time_password().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

/// What is wrong with a new account, if anything: its name, or a province missing for a code
/// officer, unknown, or given for another role.
pub fn account_problem(account: &NewStaffAccount, provinces: &[String]) -> Option<String> {
    if !is_valid_staff_name(&account.name) {
        return Some(
            "a name has 1 to 60 letters, digits, '.', '_' or '-', without spaces".to_owned(),
        );
    }
    match (account.role, &account.province) {
        (StaffRole::CodeOfficer, None) => Some("a code officer needs a province".to_owned()),
        (StaffRole::CodeOfficer, Some(province)) if !provinces.contains(province) => {
            Some(format!("unknown province {province:?}"))
        }
        (StaffRole::CodeOfficer, Some(_)) | (_, None) => None,
        (role, Some(_)) => Some(format!(
            "an account of role {} has no province",
            role.as_str()
        )),
    }
}

/// An account with what signing in needs: its number and password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffCredentials {
    /// Number of the account.
    pub id: i64,
    /// The account.
    pub account: StaffAccount,
    /// Its argon2id hash (PHC string).
    pub password_hash: String,
}

/// Why an account was not created.
#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    /// Another account has this name.
    #[error("an account named {0:?} exists already")]
    NameTaken(String),
    /// The password could not be hashed.
    #[error("cannot hash the password: {0}")]
    Hash(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Columns read into a [`StaffAccountRow`].
const ACCOUNT_COLUMNS: &str =
    "id, name, role, province, created_at, password_change_required, password_hash";

/// A row of `staff_accounts` as read.
type StaffAccountRow = (i64, String, String, Option<String>, String, bool, String);

/// Builds the account from its row.
fn credentials(row: StaffAccountRow) -> Result<StaffCredentials, sqlx::Error> {
    let (id, name, role, province, created_at, password_change_required, password_hash) = row;
    let role = StaffRole::parse(&role)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown staff role {role:?}").into()))?;
    Ok(StaffCredentials {
        id,
        account: StaffAccount {
            name,
            role,
            province,
            created_at,
            password_change_required,
        },
        password_hash,
    })
}

impl Database {
    /// Creates an account (already checked) with `password`, or with a one-time password that
    /// must be replaced at the first sign-in, and writes `account.create` by `actor` to the audit
    /// log; returns the account and the one-time password.
    pub async fn add_staff_account(
        &self,
        account: &NewStaffAccount,
        password: Option<&str>,
        actor: &str,
    ) -> Result<(StaffAccount, Option<String>), CreateAccountError> {
        let one_time = password.is_none().then(one_time_password);
        let password = password.or(one_time.as_deref()).unwrap_or_default();
        let hash = hash_password(password)
            .await
            .map_err(|error| CreateAccountError::Hash(error.to_string()))?;
        let created = self
            .create_staff_account(account, &hash, one_time.is_some())
            .await?;
        let entry =
            NewAuditEntry::new(actor, "account.create", format!("account {}", created.name))
                .after(serde_json::to_value(&created).unwrap_or_default());
        self.append_audit(&entry).await?;
        Ok((created, one_time))
    }

    /// Stores a new account (already checked) with the hash of its password.
    pub async fn create_staff_account(
        &self,
        account: &NewStaffAccount,
        password_hash: &str,
        password_change_required: bool,
    ) -> Result<StaffAccount, CreateAccountError> {
        let created_at = now_rfc3339();
        let inserted = with_write_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO staff_accounts \
                 (name, role, province, password_hash, password_change_required, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&account.name)
            .bind(account.role.as_str())
            .bind(&account.province)
            .bind(password_hash)
            .bind(password_change_required)
            .bind(&created_at)
            .execute(pool)
            .await
            .map(|_| ())
        });
        match inserted {
            Ok(()) => Ok(StaffAccount {
                name: account.name.clone(),
                role: account.role,
                province: account.province.clone(),
                created_at,
                password_change_required,
            }),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                Err(CreateAccountError::NameTaken(account.name.clone()))
            }
            Err(error) => Err(error.into()),
        }
    }

    /// Every account, by name.
    pub async fn staff_accounts(&self) -> Result<Vec<StaffAccount>, sqlx::Error> {
        let rows: Vec<StaffAccountRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!(
                "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY name"
            ))
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|row| credentials(row).map(|found| found.account))
            .collect()
    }

    /// The account named `name` with its password hash, if there is one.
    pub async fn staff_credentials(
        &self,
        name: &str,
    ) -> Result<Option<StaffCredentials>, sqlx::Error> {
        let row: Option<StaffAccountRow> = with_read_pool!(self, |pool| {
            sqlx::query_as(&format!(
                "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts WHERE name = $1"
            ))
            .bind(name)
            .fetch_optional(pool)
            .await?
        });
        row.map(credentials).transpose()
    }

    /// Sets the account's password (its new hash) and clears the demand to change it.
    pub async fn set_staff_password(
        &self,
        account_id: i64,
        password_hash: &str,
    ) -> Result<(), sqlx::Error> {
        with_write_pool!(self, |pool| {
            sqlx::query(
                "UPDATE staff_accounts SET password_hash = $1, password_change_required = $2 \
                 WHERE id = $3",
            )
            .bind(password_hash)
            .bind(false)
            .bind(account_id)
            .execute(pool)
            .await?;
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_passwords_are_four_groups_of_five_print_friendly_symbols() {
        let password = one_time_password();
        let groups: Vec<&str> = password.split('-').collect();
        assert_eq!(groups.len(), 4, "{password}");
        for group in groups {
            assert_eq!(group.len(), 5, "{password}");
            assert!(
                group
                    .bytes()
                    .all(|symbol| PASSWORD_SYMBOLS.contains(&symbol))
            );
        }
        assert!(pb_core::api::staff::is_acceptable_password(&password));
        assert_ne!(password, one_time_password());
    }

    #[tokio::test]
    async fn a_hash_verifies_its_password_only_and_no_hash_verifies_nothing() {
        let hash = hash_password("correct horse battery").await.unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("correct horse battery", Some(hash.clone())).await);
        assert!(!verify_password("correct horse batterY", Some(hash)).await);
        assert!(!verify_password("correct horse battery", None).await);
    }

    #[test]
    fn code_officers_need_a_known_province_and_others_none() {
        let provinces = vec!["Azilal".to_owned()];
        let account = |role, province: Option<&str>| NewStaffAccount {
            name: "amina".to_owned(),
            role,
            province: province.map(str::to_owned),
        };
        assert_eq!(
            account_problem(&account(StaffRole::CodeOfficer, Some("Azilal")), &provinces),
            None
        );
        assert_eq!(
            account_problem(&account(StaffRole::Moderator, None), &provinces),
            None
        );
        for wrong in [
            account(StaffRole::CodeOfficer, None),
            account(StaffRole::CodeOfficer, Some("Casablanca")),
            account(StaffRole::Administrator, Some("Azilal")),
            NewStaffAccount {
                name: "two words".to_owned(),
                ..account(StaffRole::Moderator, None)
            },
        ] {
            assert!(account_problem(&wrong, &provinces).is_some(), "{wrong:?}");
        }
    }
}
