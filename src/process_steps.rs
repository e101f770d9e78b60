//! The steps of the process as the home page lists them, which one is open in the current
//! phase, and the announced dates of each.
use pb_core::api::{Phase, PhaseWindow};

/// A step of the process, in the order the home page lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessStep {
    /// Exploring the budget (always possible).
    Explore,
    /// Proposing priorities.
    Propose,
    /// The review of proposals.
    Review,
    /// Voting.
    Vote,
    /// The results.
    Results,
}

impl ProcessStep {
    /// Every step, in order.
    pub const ALL: [ProcessStep; 5] = [
        ProcessStep::Explore,
        ProcessStep::Propose,
        ProcessStep::Review,
        ProcessStep::Vote,
        ProcessStep::Results,
    ];

    /// The phase in which this step is the one open; exploring belongs to none.
    pub fn phase(self) -> Option<Phase> {
        match self {
            ProcessStep::Explore => None,
            ProcessStep::Propose => Some(Phase::Proposals),
            ProcessStep::Review => Some(Phase::Review),
            ProcessStep::Vote => Some(Phase::Voting),
            ProcessStep::Results => Some(Phase::Results),
        }
    }

    /// Whether this is the step open in `phase` (after the process closes, the results stay).
    pub fn is_current(self, phase: Phase) -> bool {
        let phase = match phase {
            Phase::Closed => Phase::Results,
            other => other,
        };
        self.phase() == Some(phase)
    }

    /// The announced window of this step's phase in `schedule`.
    pub fn window(self, schedule: &[PhaseWindow]) -> Option<&PhaseWindow> {
        let phase = self.phase()?;
        schedule.iter().find(|window| window.phase == phase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current(phase: Phase) -> Vec<ProcessStep> {
        ProcessStep::ALL
            .into_iter()
            .filter(|step| step.is_current(phase))
            .collect()
    }

    #[test]
    fn exactly_the_step_of_the_current_phase_is_current() {
        assert_eq!(current(Phase::Proposals), [ProcessStep::Propose]);
        assert_eq!(current(Phase::Review), [ProcessStep::Review]);
        assert_eq!(current(Phase::Voting), [ProcessStep::Vote]);
        assert_eq!(current(Phase::Results), [ProcessStep::Results]);
        assert_eq!(current(Phase::Closed), [ProcessStep::Results]);
    }

    #[test]
    fn a_step_has_the_dates_of_its_phase_and_exploring_has_none() {
        let schedule = vec![
            PhaseWindow {
                phase: Phase::Proposals,
                opens: "2027-01-15".to_owned(),
                closes: Some("2027-03-15".to_owned()),
            },
            PhaseWindow {
                phase: Phase::Voting,
                opens: "2027-05-01".to_owned(),
                closes: None,
            },
        ];
        assert_eq!(
            ProcessStep::Propose
                .window(&schedule)
                .map(|w| w.opens.as_str()),
            Some("2027-01-15")
        );
        assert_eq!(
            ProcessStep::Vote
                .window(&schedule)
                .map(|w| w.opens.as_str()),
            Some("2027-05-01")
        );
        assert_eq!(ProcessStep::Review.window(&schedule), None);
        assert_eq!(ProcessStep::Explore.window(&schedule), None);
    }
}
