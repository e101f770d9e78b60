//! The endpoint's app in process, built the one way every in-process test builds it.
use axum::Router;
use endpoint::{AppState, Config, app};

/// Opens the state `config` describes (allowed origins, process file, database) and builds the
/// app over it; the state is returned too, for the tests that look into the database.
pub async fn open_app(config: &Config) -> (Router, AppState) {
    let state = AppState::open(config).await.unwrap();
    (app(state.clone(), config), state)
}
