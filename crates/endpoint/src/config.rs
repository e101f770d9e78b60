//! Configuration from command-line flags, each also settable by an environment variable.
use clap::{Parser, ValueEnum};
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

    /// Largest request body accepted, in bytes; larger ones get 413.
    #[arg(long, env = "BMK_MAX_BODY_BYTES", default_value_t = 64 * 1024)]
    pub max_body_bytes: usize,

    /// Longest time a request may take, in seconds; slower ones get 408.
    #[arg(long, env = "BMK_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Log line format.
    #[arg(long, env = "BMK_LOG_FORMAT", value_enum, default_value_t = LogFormat::Json)]
    pub log_format: LogFormat,
}
