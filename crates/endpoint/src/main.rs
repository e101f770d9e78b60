//! Starts the endpoint: reads the configuration, opens and migrates the database, serves until
//! Ctrl-C or SIGTERM, then finishes requests in flight and closes the database.
use clap::Parser;
use endpoint::config::LogFormat;
use endpoint::database::Database;
use endpoint::{AppState, Config, app, shutdown};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    init_logging(config.log_format);
    match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "endpoint stopped");
            ExitCode::FAILURE
        }
    }
}

/// Opens the database, applies migrations and serves until the shutdown signal.
async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let database = Database::connect(&config.database_url).await?;
    database.migrate().await?;
    if !config.dist.join("index.html").is_file() {
        tracing::warn!(dist = %config.dist.display(), "no built app here; only the API is served");
    }
    let state = AppState {
        database: database.clone(),
        dist: config.dist.clone(),
    };
    let router = app(state, &config);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let address = listener.local_addr()?;
    tracing::info!(%address, backend = database.backend(), "listening");
    println!("Serving the app at http://{address}/");
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown::signal())
        .await?;
    database.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Structured logs to stderr; the level comes from `RUST_LOG` (default `info`).
fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}
