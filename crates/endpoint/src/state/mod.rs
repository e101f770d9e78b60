//! State shared by every request handler, and opening it from the configuration.

pub mod automatic_phases;
pub mod closing_time;
pub mod failure_counts;
pub mod grace_period;
pub mod keyed_cache;
pub mod login_failures;
pub mod phase_schedule;
pub mod process_file;

use crate::config::Config;
use crate::http::allowed_origins::{InvalidAllowedOrigin, parse_allowed_origins};
use crate::state::failure_counts::FailureCounts;
use crate::state::keyed_cache::KeyedCache;
use crate::state::login_failures::LoginFailures;
use crate::state::process_file::{ProcessFileError, read_process_file};
use crate::store::ballot_writer::BallotWriter;
use crate::store::database::{Database, DatabaseError};
use crate::store::demo_mark::DemoMark;
use pb_core::api::{CatalogueProject, ProcessConfig, Results};
use pb_core::election::Project;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Handles the handlers need.
#[derive(Clone)]
pub struct AppState {
    /// Connection pool of the configured database.
    pub database: Database,
    /// Whether the demonstration is served (`--demo`).
    pub demo: bool,
    /// Directory of the built app.
    pub dist: PathBuf,
    /// Directory of the built staff console.
    pub console_dist: PathBuf,
    /// The vote's announced closing time, after which ballots are refused.
    pub voting_closes_at: Option<time::OffsetDateTime>,
    /// The process description.
    pub process: Arc<ProcessConfig>,
    /// Origins of the sites allowed to embed the app and call the API, as browsers write them.
    pub allowed_origins: Arc<[String]>,
    /// Bearer token of automation, acting as an administrator, if configured.
    pub admin_token: Option<Arc<str>>,
    /// How staff sessions last and how their cookie is sent.
    pub staff_sessions: StaffSessionSettings,
    /// The task storing ballots in groups.
    pub ballot_writer: BallotWriter,
    /// Wrong voter codes per client address.
    pub code_failures: Arc<FailureCounts<IpAddr>>,
    /// Wrong staff passwords per name and per client address.
    pub login_failures: Arc<LoginFailures>,
    /// The projects on the ballot, keyed by the project-list version.
    pub catalogue_cache: Arc<KeyedCache<i64, Vec<Project>>>,
    /// Results computed once voting ended, keyed by the phase start and project-list version.
    pub results_cache: Arc<KeyedCache<String, Results>>,
}

/// How staff sessions last and how their cookie is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaffSessionSettings {
    /// Minutes a session lasts after signing in.
    pub minutes: u32,
    /// Whether the endpoint is reached over HTTPS (the cookie is then always `Secure`).
    pub secure_cookies: bool,
    /// Whether a trusted proxy's `X-Forwarded-Proto` says the scheme of a request.
    pub trust_forwarded_proto: bool,
}

/// Why the endpoint could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// An entry of the allowed origins is not an origin.
    #[error(transparent)]
    AllowedOrigin(#[from] InvalidAllowedOrigin),
    /// The process file is missing or invalid.
    #[error(transparent)]
    Process(#[from] ProcessFileError),
    /// The database could not be opened or migrated.
    #[error(transparent)]
    Database(#[from] DatabaseError),
    /// The database holds the demonstration but `--demo` was not given.
    #[error(
        "this database holds the demonstration (example data): start it with --demo, or give \
         --database-url the process's own database"
    )]
    DemoDatabase,
    /// The database failed while recording the initial phase.
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
}

impl AppState {
    /// Whether the vote's announced closing time has passed at `now` (never, without one).
    pub fn vote_has_closed_at(&self, now: time::OffsetDateTime) -> bool {
        self.voting_closes_at.is_some_and(|closes| now >= closes)
    }

    /// Checks the allowed origins, reads the process file, opens and migrates the database (the
    /// demonstration's only with `--demo`) and records the initial phase.
    pub async fn open(config: &Config) -> Result<Self, StartError> {
        let allowed_origins = parse_allowed_origins(&config.allowed_origins)?;
        let process = read_process_file(&config.process)?;
        let database = Database::connect(config.database_url_in_use()).await?;
        database.migrate().await?;
        if !config.demo && database.demo_mark().await? != DemoMark::NotDemo {
            return Err(StartError::DemoDatabase);
        }
        database.init_process_state(process.initial_phase).await?;
        Ok(AppState {
            ballot_writer: BallotWriter::start(database.clone()),
            demo: config.demo,
            database,
            dist: config.dist.clone(),
            console_dist: config.console_dist.clone(),
            voting_closes_at: closing_time::voting_closes_at(&process),
            process: Arc::new(process),
            allowed_origins,
            admin_token: config
                .admin_token
                .as_deref()
                .filter(|token| !token.is_empty())
                .map(Arc::from),
            staff_sessions: StaffSessionSettings {
                minutes: config.staff_session_minutes,
                secure_cookies: config.secure_cookies,
                trust_forwarded_proto: config.trust_forwarded_for,
            },
            code_failures: Arc::new(FailureCounts::new(
                config.code_failures,
                Duration::from_secs(config.code_failure_window_secs),
            )),
            login_failures: Arc::default(),
            catalogue_cache: Arc::default(),
            results_cache: Arc::default(),
        })
    }

    /// The projects on the ballot as pb-core's check sees them, read again only when the list
    /// version changed.
    pub async fn catalogue_projects(&self, version: i64) -> Result<Arc<Vec<Project>>, sqlx::Error> {
        if let Some(projects) = self.catalogue_cache.get(&version) {
            return Ok(projects);
        }
        let projects: Vec<Project> = self
            .database
            .catalogue()
            .await?
            .iter()
            .map(CatalogueProject::to_project)
            .collect();
        Ok(self.catalogue_cache.put(version, projects))
    }
}
