//! The published process file as the endpoint would report it, for the native unit tests.
use pb_core::api::{Phase, ProcessConfig, ProcessStatus};

/// The status of `public/data/bmk/process.json` in `phase`.
pub fn published_process(phase: Phase) -> ProcessStatus {
    let config: ProcessConfig =
        serde_json::from_str(include_str!("../public/data/bmk/process.json")).unwrap();
    ProcessStatus {
        title: config.title,
        phase,
        phase_since: "2027-01-15T00:00:00Z".to_owned(),
        schedule: config.schedule,
        provinces: config.provinces,
        sectors: config.sectors,
        max_proposal_cost: config.max_proposal_cost,
        voting: config.voting,
    }
}
