//! Configuration from command-line flags, each also settable by an environment variable.
use crate::http::base_path::BasePath;
use clap::{Parser, Subcommand, ValueEnum};
use pb_core::api::StaffRole;
use std::net::SocketAddr;
use std::path::PathBuf;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One JSON object per line, for log collectors.
    Json,
    /// Human-readable lines, for a terminal.
    Text,
}

/// A task other than serving.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Write a consistent copy of the SQLite database to PATH while the endpoint may be running.
    Backup {
        /// The new file (must not exist).
        path: PathBuf,
    },
    /// Manage staff accounts on the configured database.
    Staff {
        /// What to do.
        #[command(subcommand)]
        command: StaffCommand,
    },
}

/// A task on staff accounts.
#[derive(Debug, Clone, Subcommand)]
pub enum StaffCommand {
    /// Create an account and print its one-time password (or read a password from stdin).
    Add {
        /// Login name: 1 to 60 letters, digits, `.`, `_` or `-`.
        name: String,
        /// What the account may do: administrator, moderator or code-officer.
        #[arg(long, value_parser = parse_role)]
        role: StaffRole,
        /// Province of a code officer, one of the process file's.
        #[arg(long)]
        province: Option<String>,
        /// Read the password from the first line of stdin instead of generating a one-time one.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts.
    List,
}

/// Reads a role as written on the command line (`code-officer` or `code_officer`).
fn parse_role(text: &str) -> Result<StaffRole, String> {
    StaffRole::parse(text)
        .ok_or_else(|| format!("{text:?} is not a role: administrator, moderator or code-officer"))
}

/// Everything the endpoint can be configured with.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "endpoint",
    version,
    about = "Participatory-budgeting endpoint: JSON API, storage and the built app"
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "BMK_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Database: `sqlite://PATH` (embedded, created if missing) or `postgres://USER:PASS@HOST/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://var/bmk.db")]
    pub database_url: String,

    /// Serve the demonstration: the database of `--demo-database-url` (never `--database-url`),
    /// seeded with an example process on its first start, its accounts and voter codes printed.
    #[arg(long, env = "BMK_DEMO")]
    pub demo: bool,

    /// The demonstration's own database, used instead of `--database-url` with `--demo`; only a
    /// new, empty database is seeded.
    #[arg(
        long,
        env = "BMK_DEMO_DATABASE_URL",
        default_value = "sqlite://var/demo.db"
    )]
    pub demo_database_url: String,

    /// Directory of the built app (Trunk's `dist/`), served with a fallback to its index.html.
    #[arg(long, env = "BMK_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Directory of the built staff console (`console/`'s Trunk build), served at `/console`.
    #[arg(long, env = "BMK_CONSOLE_DIST", default_value = "dist-console")]
    pub console_dist: PathBuf,

    /// Largest request body accepted, in bytes; larger ones get 413.
    #[arg(long, env = "BMK_MAX_BODY_BYTES", default_value_t = 64 * 1024)]
    pub max_body_bytes: usize,

    /// Longest time a request may take, in seconds; slower ones get 408.
    #[arg(long, env = "BMK_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// The process description: phases, dates, provinces, sectors and voting rules.
    #[arg(
        long,
        env = "BMK_PROCESS",
        default_value = "public/data/bmk/process.json"
    )]
    pub process: PathBuf,

    /// Bearer token of automation (scripts), acting as an administrator audited as `automation`;
    /// without one, only staff accounts sign in.
    #[arg(long, env = "BMK_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<String>,

    /// Seconds between two checks of the schedule when the process file asks for automatic
    /// phases (`"automatic_phases": true`); the first check is at the start.
    #[arg(long, env = "BMK_SCHEDULE_CHECK_SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub schedule_check_seconds: u64,

    /// Minutes a staff session lasts after signing in.
    #[arg(long, env = "BMK_STAFF_SESSION_MINUTES", default_value_t = 480,
          value_parser = clap::value_parser!(u32).range(1..=525_600))]
    pub staff_session_minutes: u32,

    /// The endpoint is reached over HTTPS: the staff session cookie is always `Secure` and
    /// requests' own origin is `https://` (behind a trusted proxy its X-Forwarded-Proto says so too).
    #[arg(long, env = "BMK_SECURE_COOKIES")]
    pub secure_cookies: bool,

    /// Origins (scheme://host[:port]) of the sites allowed to embed the app in an iframe (the
    /// page's frame-ancestors and `embed.json`) and to call the API from a browser (CORS),
    /// separated by commas, e.g. the region's website; an entry that is not one stops the start.
    #[arg(long, env = "BMK_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub allowed_origins: Vec<String>,

    /// Path prefix everything is served under, e.g. `/budget-citoyen` for an app built with
    /// `trunk build --public-url /budget-citoyen/`; empty: served at `/`.
    #[arg(
        long,
        env = "BMK_BASE_PATH",
        default_value = "",
        hide_default_value = true
    )]
    pub base_path: BasePath,

    /// Submissions (proposals and ballots) one client address may make per minute; 0 = no limit.
    #[arg(long, env = "BMK_SUBMISSIONS_PER_MINUTE", default_value_t = 60)]
    pub submissions_per_minute: u32,

    /// Submissions one client address may make in a quick burst above the per-minute rate.
    #[arg(long, env = "BMK_SUBMISSION_BURST", default_value_t = 30)]
    pub submission_burst: u32,

    /// Wrong voter codes one client address may try per window before it must wait.
    #[arg(long, env = "BMK_CODE_FAILURES", default_value_t = 10)]
    pub code_failures: u32,

    /// Length of the window for wrong voter codes, in seconds.
    #[arg(long, env = "BMK_CODE_FAILURE_WINDOW_SECS", default_value_t = 900)]
    pub code_failure_window_secs: u64,

    /// Take the client address from X-Forwarded-For / Forwarded (only behind a trusted proxy).
    #[arg(long, env = "BMK_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// Log line format.
    #[arg(long, env = "BMK_LOG_FORMAT", value_enum, default_value_t = LogFormat::Json)]
    pub log_format: LogFormat,

    /// A task instead of serving.
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Config {
    /// The database served and managed: the demonstration's with `--demo`, else `--database-url`.
    pub fn database_url_in_use(&self) -> &str {
        if self.demo {
            &self.demo_database_url
        } else {
            &self.database_url
        }
    }
}
