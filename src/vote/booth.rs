//! The voting booth: the steps code → choice → review → receipt, and the state they share.
use super::ballot_draft::BallotDraft;
use super::choose_step::ChooseStep;
use super::code_link::take_code_from_address;
use super::code_step::CodeStep;
use super::receipt_view::ReceiptView;
use super::review_step::ReviewStep;
use crate::api::ApiFailure;
use crate::focus::focus_after_render;
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use pb_core::api::{CatalogueProject, normalize_voter_code, project_name};
use pb_core::election::Project;
use pb_core::validation::BallotRules;

/// A step of the booth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Typing the code from the paper slip.
    Code,
    /// Choosing projects.
    Choose,
    /// Checking the choice before casting it.
    Review,
    /// The ballot was counted, or kept on the device to be sent (`queued`); its receipt.
    Receipt {
        /// The receipt (the same once the endpoint counts a queued ballot).
        receipt: String,
        /// Whether the ballot still waits on this device.
        queued: bool,
    },
}

/// What the steps share: the draft, the current step, the projects and rules, the last failure.
#[derive(Clone, Copy)]
pub struct Booth {
    /// Code and choices, kept in the tab.
    pub draft: RwSignal<BallotDraft>,
    /// Current step.
    pub step: RwSignal<Step>,
    /// The projects on the ballot.
    pub projects: StoredValue<Vec<CatalogueProject>>,
    /// The process's voting rules.
    pub rules: StoredValue<pb_core::api::VotingRules>,
    /// Why the last sending failed.
    pub failure: RwSignal<Option<ApiFailure>>,
}

impl Booth {
    /// The name of a project from its id in the interface language (the id itself if unknown).
    pub fn name_of(&self, id: &str, locale: Locale) -> String {
        self.projects
            .with_value(|projects| project_name(projects, id, locale.as_str()).to_owned())
    }

    /// The projects as pb-core's ballot check sees them.
    pub fn election_projects(&self) -> Vec<Project> {
        self.projects
            .with_value(|projects| projects.iter().map(CatalogueProject::to_project).collect())
    }

    /// The rules every ballot must meet (the same check the endpoint runs).
    pub fn ballot_rules(&self) -> BallotRules {
        self.rules.with_value(|rules| rules.ballot_rules())
    }

    /// Goes to a step and moves the focus to its heading.
    pub fn go(&self, step: Step) {
        self.step.set(step);
        focus_after_render("step-title");
    }
}

/// The booth for the projects on the ballot under the process's rules; a code in the address's
/// fragment (`#code=…`) fills the code field, to be confirmed there.
#[component]
pub fn VotingBooth(
    projects: Vec<CatalogueProject>,
    rules: pb_core::api::VotingRules,
) -> impl IntoView {
    let mut draft = BallotDraft::load();
    let linked = take_code_from_address();
    let first_step = if linked.is_none() && normalize_voter_code(&draft.code).is_some() {
        Step::Choose
    } else {
        Step::Code
    };
    if let Some(code) = linked {
        draft.code = code;
    }
    let booth = Booth {
        draft: RwSignal::new(draft),
        step: RwSignal::new(first_step),
        projects: StoredValue::new(projects),
        rules: StoredValue::new(rules),
        failure: RwSignal::new(None),
    };
    Effect::new(move || {
        if !matches!(booth.step.get(), Step::Receipt { .. }) {
            booth.draft.with(BallotDraft::save);
        }
    });
    move || match booth.step.get() {
        Step::Code => view! { <CodeStep booth /> }.into_any(),
        Step::Choose => view! { <ChooseStep booth /> }.into_any(),
        Step::Review => view! { <ReviewStep booth /> }.into_any(),
        Step::Receipt { receipt, queued } => view! { <ReceiptView receipt queued /> }.into_any(),
    }
}
