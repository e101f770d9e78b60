//! Shows a page's content only during its phases; outside them, says when it opens or that it
//! has closed, with the announced dates.
use crate::components::loaded::Loaded;
use crate::i18n::*;
use crate::labels::{date_label, phase_label};
use crate::process::use_process;
use leptos::prelude::*;
use pb_core::api::{Phase, ProcessStatus};

/// What to tell a visitor who comes outside the page's phases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closed {
    /// The page opens later, on this date if announced.
    OpensOn(Option<String>),
    /// The page's phases are over (closed on this date, if announced).
    ClosedOn(Option<String>),
}

/// Whether the process is in one of `open_in`, and if not, what to say.
pub fn phase_check(process: &ProcessStatus, open_in: &[Phase]) -> Result<(), Closed> {
    if open_in.contains(&process.phase) {
        return Ok(());
    }
    let position = |phase: Phase| Phase::ALL.iter().position(|p| *p == phase);
    let first = open_in.iter().copied().min_by_key(|p| position(*p));
    let last = open_in.iter().copied().max_by_key(|p| position(*p));
    let window = |phase: Option<Phase>| {
        process
            .schedule
            .iter()
            .find(|window| Some(window.phase) == phase)
    };
    if position(process.phase) < first.and_then(position) {
        Err(Closed::OpensOn(window(first).map(|w| w.opens.clone())))
    } else {
        Err(Closed::ClosedOn(
            window(last).and_then(|w| w.closes.clone()),
        ))
    }
}

/// The page content while the process is in one of `open_in`; a notice otherwise; loading and
/// error states while the status is fetched.
#[component]
pub fn PhaseGate<F, V>(
    /// The phases in which the page is open.
    open_in: &'static [Phase],
    /// The content, given the process status.
    content: F,
) -> impl IntoView
where
    F: Fn(ProcessStatus) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let process = use_process().0;
    view! {
        <Loaded
            data=move || process.get()
            on_retry=move || process.refetch()
            loading=t!(i18n, phase_info.loading)
            failed=move |_| t!(i18n, phase_info.load_error).into()
            not_available=t!(i18n, phase_info.not_available_here)
            let:status
        >
            {match phase_check(&status, open_in) {
                Ok(()) => content(status).into_any(),
                Err(closed) => view! { <PhaseNotice status closed /> }.into_any(),
            }}
        </Loaded>
    }
}

/// The notice shown outside the page's phases: when it opens or closed, and the current phase.
#[component]
fn PhaseNotice(status: ProcessStatus, closed: Closed) -> impl IntoView {
    let i18n = use_i18n();
    let phase = status.phase;
    let text = move || {
        let locale = i18n.get_locale();
        match &closed {
            Closed::OpensOn(Some(date)) => {
                td_string!(locale, phase_info.opens_on, date = date_label(date)).to_string()
            }
            Closed::OpensOn(None) => td_string!(locale, phase_info.opens_later).to_owned(),
            Closed::ClosedOn(Some(date)) => {
                td_string!(locale, phase_info.closed_on, date = date_label(date)).to_string()
            }
            Closed::ClosedOn(None) => td_string!(locale, phase_info.closed).to_owned(),
        }
    };
    let current = move || {
        let locale = i18n.get_locale();
        td_string!(
            locale,
            phase_info.current_phase,
            phase = phase_label(locale, phase)
        )
        .to_string()
    };
    view! {
        <div class="phase-notice" role="status">
            <p class="phase-notice__when">{text}</p>
            <p>{current}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::api::PhaseWindow;

    fn process(phase: Phase) -> ProcessStatus {
        crate::test_process::published_process(phase)
    }

    #[test]
    fn a_page_says_when_it_opens_or_when_it_closed() {
        let voting = [Phase::Voting];
        assert_eq!(phase_check(&process(Phase::Voting), &voting), Ok(()));
        assert_eq!(
            phase_check(&process(Phase::Proposals), &voting),
            Err(Closed::OpensOn(Some("2027-05-01".to_owned())))
        );
        assert_eq!(
            phase_check(&process(Phase::Results), &voting),
            Err(Closed::ClosedOn(Some("2027-05-31".to_owned())))
        );
        let results = [Phase::Results, Phase::Closed];
        assert_eq!(phase_check(&process(Phase::Closed), &results), Ok(()));
        assert_eq!(
            phase_check(&process(Phase::Review), &results),
            Err(Closed::OpensOn(Some("2027-06-07".to_owned())))
        );
        let mut unannounced = process(Phase::Proposals);
        unannounced.schedule = vec![PhaseWindow {
            phase: Phase::Proposals,
            opens: "2027-01-15".to_owned(),
            closes: None,
        }];
        assert_eq!(
            phase_check(&unannounced, &voting),
            Err(Closed::OpensOn(None))
        );
    }
}
