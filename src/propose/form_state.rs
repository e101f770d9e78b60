//! The proposal form's state apart from its markup: the draft, the fields already left, whether
//! sending was tried, where the sending stands and the problems found by the app or the endpoint.
use super::draft::ProposalDraft;
use super::field_message::field_message;
use crate::api::ApiFailure;
use crate::i18n::Locale;
use leptos::prelude::*;
use pb_core::api::{ProcessStatus, ProposalAccepted, ProposalSubmission};
use pb_core::validation::{
    ProposalField, ProposalFieldError, ProposalRules, read_whole_amount, validate_proposal,
};

/// Where the sending stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sending {
    /// Not sent yet.
    Idle,
    /// Waiting for the endpoint.
    InProgress,
    /// Not received; the draft is kept.
    Failed(ApiFailure),
    /// Received by the endpoint (its answer), or kept on the device to be sent (`None`).
    Received(Option<ProposalAccepted>),
}

/// What pressing "Send" leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendStart {
    /// Send this body with this idempotency key.
    Ready(String, ProposalSubmission),
    /// The draft has problems: the focus goes to this field.
    Correct(ProposalField),
    /// A sending is already in progress.
    Busy,
}

/// Every problem of the draft under the process rules, in field order.
pub fn draft_problems(draft: &ProposalDraft, process: &ProcessStatus) -> Vec<ProposalFieldError> {
    let (submission, not_a_number) = draft.submission();
    let rules = ProposalRules {
        provinces: &process.provinces,
        sectors: &process.sectors,
        max_cost: process.max_proposal_cost,
    };
    let mut problems = validate_proposal(&submission, &rules)
        .err()
        .unwrap_or_default();
    if let Some(not_a_number) = not_a_number {
        problems.retain(|problem| problem.field != ProposalField::EstimatedCost);
        problems.push(not_a_number);
    }
    problems.sort_by_key(|problem| problem.field);
    problems
}

/// The form's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct ProposalFormState {
    /// The proposal as typed.
    pub draft: RwSignal<ProposalDraft>,
    /// Where the sending stands.
    pub sending: RwSignal<Sending>,
    /// The process: its provinces, sectors and cost ceiling.
    pub process: StoredValue<ProcessStatus>,
    /// The problems to correct: the draft's own, else those the endpoint found.
    pub problems: Memo<Vec<ProposalFieldError>>,
    /// Fields the user has left at least once.
    touched: RwSignal<Vec<ProposalField>>,
    /// Whether sending was tried (every problem is then shown).
    submitted: RwSignal<bool>,
    /// Problems the endpoint found in the last body sent, until the next edit.
    server_problems: RwSignal<Vec<ProposalFieldError>>,
}

impl ProposalFormState {
    /// The state for `draft` under the process's rules.
    pub fn new(draft: ProposalDraft, process: StoredValue<ProcessStatus>) -> Self {
        let draft = RwSignal::new(draft);
        let server_problems = RwSignal::new(Vec::new());
        let problems = Memo::new(move |_| {
            let problems = process.with_value(|process| draft.with(|d| draft_problems(d, process)));
            if problems.is_empty() {
                server_problems.get()
            } else {
                problems
            }
        });
        ProposalFormState {
            draft,
            sending: RwSignal::new(Sending::Idle),
            process,
            problems,
            touched: RwSignal::new(Vec::new()),
            submitted: RwSignal::new(false),
            server_problems,
        }
    }

    /// The problem shown on `field`: once the field was left, or after a try to send.
    pub fn shown_problem(&self, field: ProposalField) -> Option<ProposalFieldError> {
        let visible = self.submitted.get() || self.touched.with(|t| t.contains(&field));
        visible
            .then(|| {
                self.problems
                    .with(|all| all.iter().find(|p| p.field == field).copied())
            })
            .flatten()
    }

    /// The message for `problem` in `locale`, under this process's cost ceiling.
    pub fn message(&self, locale: Locale, problem: ProposalFieldError) -> String {
        let max_cost = self.process.with_value(|p| p.max_proposal_cost);
        let typed_cost = self.draft.with(|d| read_whole_amount(&d.estimated_cost));
        field_message(locale, problem, max_cost, typed_cost)
    }

    /// Whether the list of every problem is shown (after a try to send).
    pub fn summary_shown(&self) -> bool {
        self.submitted.get() && self.problems.with(|p| !p.is_empty())
    }

    /// What is typed in `field`.
    pub fn value(&self, field: ProposalField) -> String {
        self.draft.with(|d| d.value(field).to_owned())
    }

    /// The user typed `value` in `field`: the endpoint's problems no longer apply.
    pub fn edit(&self, field: ProposalField, value: String) {
        self.server_problems.set(Vec::new());
        self.draft.update(|d| d.set(field, value));
    }

    /// The user left `field`.
    pub fn touch(&self, field: ProposalField) {
        if !self.touched.with_untracked(|t| t.contains(&field)) {
            self.touched.update(|t| t.push(field));
        }
    }

    /// The user pressed "Send": the body and key to send (noted in the draft, so that a retry of
    /// the same body reuses the key), or why not now.
    pub fn start_sending(&self, fresh_key: impl FnOnce() -> String) -> SendStart {
        self.submitted.set(true);
        if self.sending.get_untracked() == Sending::InProgress {
            return SendStart::Busy;
        }
        if let Some(first) = self.problems.with_untracked(|p| p.first().copied()) {
            return SendStart::Correct(first.field);
        }
        let (submission, _) = self.draft.with_untracked(ProposalDraft::submission);
        let key = self
            .draft
            .with_untracked(|d| d.key_for(&submission, fresh_key));
        self.draft
            .update(|d| d.sent = Some((key.clone(), submission.clone())));
        self.sending.set(Sending::InProgress);
        SendStart::Ready(key, submission)
    }

    /// The sending failed; a refusal's problems with proposal fields are shown on those fields.
    pub fn failed(&self, failure: ApiFailure) {
        if let ApiFailure::Refused(detail) = &failure {
            let problems = detail.fields.iter().filter_map(|f| f.for_proposal());
            self.server_problems.set(problems.collect());
        }
        self.sending.set(Sending::Failed(failure));
    }

    /// Empties the form for another proposal.
    pub fn start_again(&self) {
        self.draft.set(ProposalDraft::default());
        self.touched.set(Vec::new());
        self.submitted.set(false);
        self.sending.set(Sending::Idle);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_process::published_process;
    use pb_core::api::{ErrorBody, ErrorCode, Phase};
    use pb_core::validation::{FieldError, FieldName, FieldProblem};

    fn problems(draft: &ProposalDraft) -> Vec<(ProposalField, FieldProblem)> {
        draft_problems(draft, &published_process(Phase::Proposals))
            .into_iter()
            .map(|problem| (problem.field, problem.code))
            .collect()
    }

    fn complete() -> ProposalDraft {
        ProposalDraft {
            title: "Bibliothèque du douar".to_owned(),
            description: "Une petite bibliothèque pour les élèves du collège.".to_owned(),
            province: "Azilal".to_owned(),
            commune: "Tabant".to_owned(),
            sector: "education".to_owned(),
            estimated_cost: "1 200 000".to_owned(),
            ..Default::default()
        }
    }

    fn form(draft: ProposalDraft) -> ProposalFormState {
        let process = StoredValue::new(published_process(Phase::Proposals));
        ProposalFormState::new(draft, process)
    }

    #[test]
    fn an_empty_form_lists_every_required_field_in_form_order() {
        let fields: Vec<&str> = problems(&ProposalDraft::default())
            .into_iter()
            .map(|(field, _)| field.as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "description",
                "province",
                "commune",
                "sector",
                "estimated_cost"
            ]
        );
    }

    #[test]
    fn a_letter_in_the_cost_is_named_instead_of_a_range_error() {
        let draft = ProposalDraft {
            estimated_cost: "1 2O0 000".to_owned(),
            ..complete()
        };
        assert_eq!(
            problems(&draft),
            [(ProposalField::EstimatedCost, FieldProblem::NotANumber)]
        );
        assert!(problems(&complete()).is_empty());
        let too_dear = ProposalDraft {
            estimated_cost: "50 000 001".to_owned(),
            ..complete()
        };
        assert_eq!(
            problems(&too_dear),
            [(ProposalField::EstimatedCost, FieldProblem::OutOfRange)]
        );
    }

    #[test]
    fn a_problem_shows_once_its_field_was_left_or_sending_was_tried() {
        let form = form(ProposalDraft::default());
        assert_eq!(form.shown_problem(ProposalField::Title), None);
        form.touch(ProposalField::Title);
        let title = form.shown_problem(ProposalField::Title).unwrap();
        assert_eq!(title.code, FieldProblem::Required);
        assert_eq!(form.shown_problem(ProposalField::Commune), None);
        assert!(!form.summary_shown());
        assert_eq!(
            form.start_sending(|| "key".to_owned()),
            SendStart::Correct(ProposalField::Title)
        );
        assert!(form.summary_shown());
        assert!(form.shown_problem(ProposalField::Commune).is_some());
        form.start_again();
        assert_eq!(form.shown_problem(ProposalField::Title), None);
    }

    #[test]
    fn a_complete_draft_is_sent_once_at_a_time_and_a_retry_keeps_its_key() {
        let form = form(complete());
        let SendStart::Ready(key, submission) = form.start_sending(|| "first".to_owned()) else {
            panic!("a complete draft is ready to send");
        };
        assert_eq!(
            (key.as_str(), submission.commune.as_str()),
            ("first", "Tabant")
        );
        assert_eq!(form.start_sending(|| "second".to_owned()), SendStart::Busy);
        form.failed(ApiFailure::Network);
        let retry = form.start_sending(|| "second".to_owned());
        assert_eq!(retry, SendStart::Ready("first".to_owned(), submission));
    }

    #[test]
    fn the_endpoints_problems_show_on_their_fields_until_the_next_edit() {
        let form = form(complete());
        form.start_sending(|| "key".to_owned());
        let mut refusal = ErrorBody::new(ErrorCode::InvalidProposal, "bad").error;
        refusal.fields = vec![
            FieldError {
                field: FieldName::Proposal(ProposalField::Commune),
                code: FieldProblem::TooLong,
            },
            FieldError {
                field: FieldName::WorkshopLabel,
                code: FieldProblem::Required,
            },
        ];
        form.failed(ApiFailure::Refused(refusal));
        let shown: Vec<ProposalField> = form.problems.get().iter().map(|p| p.field).collect();
        assert_eq!(shown, [ProposalField::Commune]);
        assert!(form.shown_problem(ProposalField::Commune).is_some());
        form.edit(
            ProposalField::Commune,
            "Tabant n Ayt Bou Guemmez".to_owned(),
        );
        assert!(form.problems.get().is_empty());
        assert_eq!(
            form.value(ProposalField::Commune),
            "Tabant n Ayt Bou Guemmez"
        );
    }
}
