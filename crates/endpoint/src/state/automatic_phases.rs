//! The automatic phases: when the process file says `"automatic_phases": true`, a background task
//! opens each phase at its announced date (see [`scheduled_phase`]), audited as `schedule`.
use crate::state::AppState;
use crate::state::phase_schedule::scheduled_phase;
use crate::store::audit_log::NewAuditEntry;
use pb_core::api::Phase;
use serde_json::json;
use std::time::Duration;
use time::OffsetDateTime;

/// The audit actor of the phase moves the schedule makes.
pub const SCHEDULE_ACTOR: &str = "schedule";

/// One check at `now`: opens the phase the schedule has reached, if the process is behind it;
/// returns the phase opened. A phase moved on meanwhile (by an administrator) is left as it is.
pub async fn advance_phase(
    state: &AppState,
    now: OffsetDateTime,
) -> Result<Option<Phase>, sqlx::Error> {
    let current = state.database.process_state().await?.phase;
    let grace_end = state.database.workshop_grace_end().await?;
    let Some(target) = scheduled_phase(&state.process.schedule, current, now, grace_end) else {
        return Ok(None);
    };
    if !state.database.move_phase(current, target).await? {
        return Ok(None);
    }
    let entry = NewAuditEntry::new(SCHEDULE_ACTOR, "phase.set", "process")
        .before(json!({ "phase": current.as_str() }))
        .after(json!({ "phase": target.as_str() }));
    state.database.append_audit(&entry).await?;
    tracing::info!(
        phase = target.as_str(),
        actor = SCHEDULE_ACTOR,
        "phase changed"
    );
    Ok(Some(target))
}

/// Starts the task checking the schedule every `every` (and once at once), if the process file
/// asks for automatic phases; it runs as long as the runtime.
pub fn start(state: &AppState, every: Duration) {
    if !state.process.automatic_phases {
        return;
    }
    let state = state.clone();
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(error) = advance_phase(&state, OffsetDateTime::now_utc()).await {
                tracing::warn!(%error, "the automatic phase check failed; it runs again later");
            }
        }
    });
}
