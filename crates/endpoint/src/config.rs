//! Configuration from command-line flags, each also settable by an environment variable.
use crate::http::base_path::BasePath;
use clap::{Parser, Subcommand, ValueEnum};
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

    /// Bearer token of the administrators' routes; without one they answer 403.
    #[arg(long, env = "BMK_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<String>,

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
