//! What moving to the next phase does, in figures, for the confirmation.
use bmk_app::i18n::*;
use pb_core::api::Phase;

/// The phase that follows `phase` in a process, if any.
pub fn next_phase(phase: Phase) -> Option<Phase> {
    match phase {
        Phase::Proposals => Some(Phase::Review),
        Phase::Review => Some(Phase::Voting),
        Phase::Voting => Some(Phase::Results),
        Phase::Results => Some(Phase::Closed),
        Phase::Closed => None,
    }
}

/// The figures a confirmation quotes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    /// Proposals waiting for moderation.
    pub pending: u64,
    /// Published proposals.
    pub published: u64,
    /// Projects on the ballot.
    pub projects: u64,
    /// Ballots cast.
    pub ballots: u64,
}

/// The sentence that says what opening `to` (from the phase before it) does.
pub fn consequence(locale: Locale, to: Phase, figures: Figures) -> String {
    match to {
        Phase::Proposals => td_string!(locale, console.phases.to_proposals).to_string(),
        Phase::Review => td_string!(
            locale,
            console.phases.to_review,
            pending = figures.pending,
            published = figures.published
        )
        .to_string(),
        Phase::Voting => td_string!(
            locale,
            console.phases.to_voting,
            projects = figures.projects
        )
        .to_string(),
        Phase::Results => {
            td_string!(locale, console.phases.to_results, ballots = figures.ballots).to_string()
        }
        Phase::Closed => td_string!(locale, console.phases.to_closed).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_phase_leads_to_the_next_until_the_process_is_closed() {
        let mut phase = Phase::Proposals;
        let mut seen = vec![phase];
        while let Some(next) = next_phase(phase) {
            phase = next;
            seen.push(phase);
        }
        assert_eq!(
            seen,
            vec![
                Phase::Proposals,
                Phase::Review,
                Phase::Voting,
                Phase::Results,
                Phase::Closed
            ]
        );
    }

    #[test]
    fn closing_the_vote_quotes_the_ballots_and_says_results_become_public() {
        let figures = Figures {
            ballots: 1234,
            ..Figures::default()
        };
        let text = consequence(Locale::en, Phase::Results, figures);
        assert!(text.contains("1234"), "{text}");
        let text = consequence(
            Locale::fr,
            Phase::Review,
            Figures {
                pending: 3,
                published: 12,
                ..Figures::default()
            },
        );
        assert!(text.contains('3') && text.contains("12"), "{text}");
    }
}
