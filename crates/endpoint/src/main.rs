//! Starts the endpoint: reads the configuration, opens and migrates the database, serves until
//! Ctrl-C or SIGTERM, then finishes requests in flight and closes the database.
use clap::Parser;
use endpoint::config::{Command, LogFormat};
use endpoint::demo::seeding::prepare_demo;
use endpoint::demo::summary::demo_summary;
use endpoint::http::shutdown;
use endpoint::state::automatic_phases;
use endpoint::store::database::Database;
use endpoint::{AppState, Config, app, staff_command};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;
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

/// Runs the task named on the command line, or serves.
async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    match &config.command {
        Some(Command::Backup { path }) => {
            let database = Database::connect(config.database_url_in_use()).await?;
            database.backup(path).await?;
            database.close().await;
            println!("Backup written to {}", path.display());
            Ok(())
        }
        Some(Command::Staff { command }) => staff_command::run(&config, command).await,
        None => serve(config).await,
    }
}

/// Opens the database, applies migrations and serves until the shutdown signal.
async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    if !config.dist.join("index.html").is_file() {
        tracing::warn!(dist = %config.dist.display(), "no built app here; only the API is served");
    }
    if config.admin_token.is_none() {
        tracing::info!("no BMK_ADMIN_TOKEN: only staff accounts sign in (no automation token)");
    }
    let state = AppState::open(&config).await?;
    let demo = if config.demo {
        Some(prepare_demo(&state.database, &state.process).await?)
    } else {
        None
    };
    let database = state.database.clone();
    automatic_phases::start(&state, Duration::from_secs(config.schedule_check_seconds));
    let router = app(state, &config);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let address = listener.local_addr()?;
    tracing::info!(%address, backend = database.backend(), "listening");
    // One write: a reader that takes the first line and closes the pipe (a test harness) must not
    // make a later write fail.
    let app_url = format!("http://{address}{}/", config.base_path.as_str());
    let mut started =
        format!("Serving the app at {app_url}\nThe staff console is at {app_url}console/\n");
    if let Some(seeding) = &demo {
        let phase = database.process_state().await?.phase;
        started.push_str(&demo_summary(seeding, &app_url, phase));
    } else if database.staff_accounts().await?.is_empty() {
        // A PostgreSQL URL may hold a password: it is not repeated on the terminal.
        let database = if database.backend() == "sqlite" {
            config.database_url_in_use()
        } else {
            "\"$DATABASE_URL\""
        };
        started.push_str(&format!(
            "No staff account yet. Create the first administrator (it prints a one-time password):\n  \
             cargo run --release -p endpoint -- --database-url {database} staff add NAME --role administrator\n"
        ));
    }
    print!("{started}");
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown::signal())
    .await?;
    database.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Structured logs to stderr; the level comes from `RUST_LOG` (default `info`). Text logs are coloured
/// only when stderr is a terminal, so a file or a log collector receives plain text.
fn init_logging(format: LogFormat) {
    use std::io::IsTerminal;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}
