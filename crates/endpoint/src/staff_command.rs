//! `endpoint staff add|list`: staff accounts managed from the server's command line, e.g. the
//! first administrator's.
use crate::config::{Config, StaffCommand};
use crate::state::process_file::read_process_file;
use crate::store::database::Database;
use crate::store::staff_accounts::account_problem;
use pb_core::api::NewStaffAccount;
use pb_core::api::staff::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, is_acceptable_password};
use std::io::BufRead;

/// The audit actor of these commands.
pub const COMMAND_LINE_ACTOR: &str = "command line";

/// Why a staff command failed.
#[derive(Debug, thiserror::Error)]
pub enum StaffCommandError {
    /// The account is not acceptable (name, role, province) or its password is not.
    #[error("{0}")]
    Refused(String),
}

/// Runs `command` on the configured database, migrated first.
pub async fn run(
    config: &Config,
    command: &StaffCommand,
) -> Result<(), Box<dyn std::error::Error>> {
    let database = Database::connect(config.database_url_in_use()).await?;
    database.migrate().await?;
    let outcome = match command {
        StaffCommand::Add {
            name,
            role,
            province,
            password_stdin,
        } => {
            let account = NewStaffAccount {
                name: name.clone(),
                role: *role,
                province: province.clone(),
            };
            add(config, &database, &account, *password_stdin).await
        }
        StaffCommand::List => list(&database).await,
    };
    database.close().await;
    outcome
}

/// Creates the account and prints its one-time password, or sets the password read from stdin.
async fn add(
    config: &Config,
    database: &Database,
    account: &NewStaffAccount,
    password_stdin: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    let process = read_process_file(&config.process)?;
    if let Some(problem) = account_problem(account, &process.provinces) {
        return Err(StaffCommandError::Refused(problem).into());
    }
    let password = if password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let password = line.trim_end_matches(['\r', '\n']).to_owned();
        if !is_acceptable_password(&password) {
            return Err(StaffCommandError::Refused(format!(
                "a password has {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"
            ))
            .into());
        }
        Some(password)
    } else {
        None
    };
    let (created, one_time) = database
        .add_staff_account(account, password.as_deref(), COMMAND_LINE_ACTOR)
        .await?;
    println!(
        "Account {} created ({}{}).",
        created.name,
        created.role.as_str(),
        created
            .province
            .as_deref()
            .map(|province| format!(", {province}"))
            .unwrap_or_default()
    );
    if let Some(one_time) = one_time {
        println!("One-time password: {one_time}");
        println!("Hand it over in person; it must be replaced at the first sign-in.");
    }
    Ok(())
}

/// Prints one line per account: name, role, province, creation, whether a change is due.
async fn list(database: &Database) -> Result<(), Box<dyn std::error::Error>> {
    for account in database.staff_accounts().await? {
        println!(
            "{}\t{}\t{}\t{}{}",
            account.name,
            account.role.as_str(),
            account.province.as_deref().unwrap_or("-"),
            account.created_at,
            if account.password_change_required {
                "\tone-time password not yet replaced"
            } else {
                ""
            }
        );
    }
    Ok(())
}
