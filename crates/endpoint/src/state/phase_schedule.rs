//! Which phase the announced schedule says should be open: the decision behind the automatic
//! phases (`"automatic_phases": true` in the process file), a plain function of its inputs.
use crate::state::closing_time::{closing_instant, opening_instant};
use crate::state::grace_period::running_grace;
use pb_core::api::{Phase, PhaseWindow};
use time::OffsetDateTime;

/// The phase to open at `now`, if the schedule says the process should be further on than
/// `current`: the latest phase whose `opens` has come. The results (and the closed process) also
/// wait for the vote's announced closing time and for every workshop grace period to end
/// (`grace_end`: the latest one of a token not revoked). Never a phase before `current`.
pub fn scheduled_phase(
    schedule: &[PhaseWindow],
    current: Phase,
    now: OffsetDateTime,
    grace_end: Option<OffsetDateTime>,
) -> Option<Phase> {
    let voting_closes = schedule
        .iter()
        .find(|window| window.phase == Phase::Voting)
        .and_then(|window| window.closes.as_deref())
        .and_then(closing_instant);
    let results_wait = voting_closes.is_some_and(|closes| now < closes)
        || running_grace(voting_closes, grace_end, now).is_some();
    schedule
        .iter()
        .filter(|window| opening_instant(&window.opens).is_some_and(|opens| opens <= now))
        .map(|window| window.phase)
        .filter(|phase| !(phase.voting_has_ended() && results_wait))
        .max()
        .filter(|target| *target > current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::format_description::well_known::Rfc3339;

    /// The published schedule: proposals from 15 January, review from 16 March, voting from 1 to
    /// 31 May, results from 7 June 2027.
    fn schedule() -> Vec<PhaseWindow> {
        let window = |phase, opens: &str, closes: Option<&str>| PhaseWindow {
            phase,
            opens: opens.to_owned(),
            closes: closes.map(str::to_owned),
        };
        vec![
            window(Phase::Proposals, "2027-01-15", Some("2027-03-15")),
            window(Phase::Review, "2027-03-16", Some("2027-04-30")),
            window(Phase::Voting, "2027-05-01", Some("2027-05-31")),
            window(Phase::Results, "2027-06-07", None),
        ]
    }

    fn at(text: &str) -> OffsetDateTime {
        OffsetDateTime::parse(text, &Rfc3339).unwrap()
    }

    #[test]
    fn each_phase_opens_at_the_start_of_its_day_in_morocco() {
        let decide = |current, now: &str| scheduled_phase(&schedule(), current, at(now), None);
        assert_eq!(decide(Phase::Proposals, "2027-03-15T22:59:59Z"), None);
        assert_eq!(
            decide(Phase::Proposals, "2027-03-15T23:00:00Z"),
            Some(Phase::Review)
        );
        assert_eq!(
            decide(Phase::Review, "2027-05-01T00:00:00+01:00"),
            Some(Phase::Voting)
        );
        assert_eq!(decide(Phase::Voting, "2027-06-06T12:00:00Z"), None);
        assert_eq!(
            decide(Phase::Voting, "2027-06-07T08:00:00Z"),
            Some(Phase::Results)
        );
    }

    #[test]
    fn a_late_start_jumps_to_the_phase_the_schedule_has_reached() {
        assert_eq!(
            scheduled_phase(
                &schedule(),
                Phase::Proposals,
                at("2027-05-10T10:00:00Z"),
                None
            ),
            Some(Phase::Voting)
        );
        assert_eq!(
            scheduled_phase(
                &schedule(),
                Phase::Proposals,
                at("2027-07-01T10:00:00Z"),
                None
            ),
            Some(Phase::Results)
        );
    }

    #[test]
    fn phases_only_move_forward() {
        let decide =
            |current| scheduled_phase(&schedule(), current, at("2027-05-10T10:00:00Z"), None);
        assert_eq!(decide(Phase::Voting), None);
        assert_eq!(decide(Phase::Results), None, "moved on by hand: stays");
        assert_eq!(decide(Phase::Closed), None);
        assert_eq!(
            scheduled_phase(
                &schedule(),
                Phase::Proposals,
                at("2027-01-14T10:00:00Z"),
                None
            ),
            None,
            "before the first phase opens nothing moves"
        );
    }

    #[test]
    fn the_results_wait_for_the_closing_time_and_every_grace_period() {
        let mut early_results = schedule();
        early_results[3].opens = "2027-05-20".to_owned();
        assert_eq!(
            scheduled_phase(
                &early_results,
                Phase::Voting,
                at("2027-05-25T10:00:00Z"),
                None
            ),
            None,
            "the vote is still open"
        );
        let grace_end = Some(at("2027-06-09T18:00:00Z"));
        let decide = |now: &str| scheduled_phase(&schedule(), Phase::Voting, at(now), grace_end);
        assert_eq!(decide("2027-06-08T10:00:00Z"), None, "a grace period runs");
        assert_eq!(decide("2027-06-09T18:00:00Z"), Some(Phase::Results));
        assert_eq!(
            scheduled_phase(
                &schedule(),
                Phase::Review,
                at("2027-06-08T10:00:00Z"),
                grace_end
            ),
            Some(Phase::Voting),
            "the phases before the results still open"
        );
    }
}
