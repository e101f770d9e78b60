//! The review form's state, apart from its markup: the decision, the public reason in French and
//! in the other languages, and the services' estimate as typed.
use pb_core::api::{FeasibilityReview, ProposalReview};
use pb_core::validation::read_whole_amount;
use std::collections::BTreeMap;

/// The languages a reason may be translated into, besides French (the fallback).
const TRANSLATED: [&str; 3] = ["ar", "zgh-Tfng", "en"];

/// What the reviewer typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewDraft {
    /// Feasible, not feasible, or not chosen yet.
    pub feasible: Option<bool>,
    /// The reason in French.
    pub reason: String,
    /// The reason in Arabic, Tamazight and English, in [`TRANSLATED`]'s order.
    pub translations: [String; 3],
    /// The services' estimate as typed (empty: none).
    pub cost: String,
}

/// What keeps a draft from being sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftProblem {
    /// Neither feasible nor not feasible is chosen.
    NoDecision,
    /// The French reason is empty.
    NoReason,
    /// The estimate is not a whole number of dirhams.
    BadCost,
}

impl ReviewDraft {
    /// The draft of an earlier review, to change it.
    pub fn of(review: &ProposalReview) -> Self {
        let decision = &review.decision;
        ReviewDraft {
            feasible: Some(decision.feasible),
            reason: decision.reason.clone(),
            translations: TRANSLATED.map(|language| {
                decision
                    .reason_translations
                    .get(language)
                    .cloned()
                    .unwrap_or_default()
            }),
            cost: decision
                .services_cost
                .map(|cost| cost.to_string())
                .unwrap_or_default(),
        }
    }

    /// The review to send, or the first problem.
    pub fn to_review(&self) -> Result<FeasibilityReview, DraftProblem> {
        let feasible = self.feasible.ok_or(DraftProblem::NoDecision)?;
        if self.reason.trim().is_empty() {
            return Err(DraftProblem::NoReason);
        }
        let services_cost = if self.cost.trim().is_empty() {
            None
        } else {
            Some(read_whole_amount(&self.cost).map_err(|_| DraftProblem::BadCost)?)
        };
        let reason_translations: BTreeMap<String, String> = TRANSLATED
            .iter()
            .zip(&self.translations)
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(language, text)| ((*language).to_owned(), text.trim().to_owned()))
            .collect();
        Ok(FeasibilityReview {
            feasible,
            reason: self.reason.trim().to_owned(),
            reason_translations,
            services_cost,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_draft_gives_the_review_with_only_the_translations_typed() {
        let draft = ReviewDraft {
            feasible: Some(true),
            reason: " Terrain disponible ".to_owned(),
            translations: ["الأرض متوفرة".to_owned(), String::new(), " ".to_owned()],
            cost: "١٬٢٠٠٬٠٠٠ DH".to_owned(),
        };
        let review = draft.to_review().unwrap();
        assert_eq!(review.reason, "Terrain disponible");
        assert_eq!(review.services_cost, Some(1_200_000));
        assert_eq!(
            review.reason_translations,
            BTreeMap::from([("ar".to_owned(), "الأرض متوفرة".to_owned())])
        );
        let stored = ProposalReview {
            decision: review,
            reviewed_on: "2027-03-20".to_owned(),
            project_id: None,
        };
        let again = ReviewDraft::of(&stored);
        assert_eq!(again.translations[0], "الأرض متوفرة");
        assert_eq!(again.cost, "1200000");
    }

    #[test]
    fn each_incomplete_draft_names_its_problem() {
        let mut draft = ReviewDraft {
            reason: "Oui".to_owned(),
            ..ReviewDraft::default()
        };
        assert_eq!(draft.to_review(), Err(DraftProblem::NoDecision));
        draft.feasible = Some(false);
        draft.cost = "2,5 millions".to_owned();
        assert_eq!(draft.to_review(), Err(DraftProblem::BadCost));
        draft.cost.clear();
        draft.reason = "  ".to_owned();
        assert_eq!(draft.to_review(), Err(DraftProblem::NoReason));
    }
}
