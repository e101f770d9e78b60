//! The review phase: the services' technical review of each published proposal (feasible or
//! not, with a public reason in the app's languages and their own cost estimate), and the
//! feasible proposals turned into projects on the ballot.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalogue::CatalogueProject;
use super::project_texts::TEXT_LANGUAGES;

/// Longest review reason, in characters, in any language.
pub const MAX_REVIEW_REASON_CHARS: usize = 1_000;

/// Body of `PUT /api/admin/proposals/{id}/review`: the services' decision on a published proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeasibilityReview {
    /// Whether the services can carry the proposal out.
    pub feasible: bool,
    /// Why, shown to the public, in French (the text every other language falls back to).
    pub reason: String,
    /// The reason in other languages (`ar`, `zgh-Tfng`, `en`), by language; an empty or missing
    /// one is shown in French.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reason_translations: BTreeMap<String, String>,
    /// The services' cost estimate in dirhams, shown instead of the citizen's.
    #[serde(default)]
    pub services_cost: Option<u64>,
}

/// Why a review cannot be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReviewProblem {
    /// The French reason is empty.
    #[error("the review needs a reason")]
    ReasonMissing,
    /// A reason is longer than [`MAX_REVIEW_REASON_CHARS`].
    #[error("a reason has more than {MAX_REVIEW_REASON_CHARS} characters")]
    ReasonTooLong,
    /// A translation is given for a language the app does not have.
    #[error("a reason is given in a language the app does not have")]
    UnknownLanguage,
    /// The services' estimate is zero or above the ceiling of a proposal's cost.
    #[error("the services' estimate must be between 1 dirham and the ceiling of a proposal")]
    CostOutOfRange,
}

impl FeasibilityReview {
    /// The reason in `language`, else in French.
    pub fn reason_in(&self, language: &str) -> &str {
        reason_in(&self.reason_translations, language, &self.reason)
    }

    /// The review with its texts trimmed and empty translations left out, or the first problem;
    /// `max_cost` is the ceiling of a proposal's cost.
    pub fn checked(&self, max_cost: u64) -> Result<FeasibilityReview, ReviewProblem> {
        let reason = self.reason.trim();
        if reason.is_empty() {
            return Err(ReviewProblem::ReasonMissing);
        }
        let mut translations = BTreeMap::new();
        for (language, text) in &self.reason_translations {
            if !TEXT_LANGUAGES.contains(&language.as_str()) {
                return Err(ReviewProblem::UnknownLanguage);
            }
            if !text.trim().is_empty() {
                translations.insert(language.clone(), text.trim().to_owned());
            }
        }
        let too_long = std::iter::once(reason)
            .chain(translations.values().map(String::as_str))
            .any(|text| text.chars().count() > MAX_REVIEW_REASON_CHARS);
        if too_long {
            return Err(ReviewProblem::ReasonTooLong);
        }
        if self
            .services_cost
            .is_some_and(|cost| cost == 0 || cost > max_cost)
        {
            return Err(ReviewProblem::CostOutOfRange);
        }
        Ok(FeasibilityReview {
            feasible: self.feasible,
            reason: reason.to_owned(),
            reason_translations: translations,
            services_cost: self.services_cost,
        })
    }
}

/// The text given in `language` among `translations`, else `french`.
fn reason_in<'a>(
    translations: &'a BTreeMap<String, String>,
    language: &str,
    french: &'a str,
) -> &'a str {
    match translations.get(language) {
        Some(text) if !text.trim().is_empty() => text,
        _ => french,
    }
}

/// A proposal's review as stored and published, with the project it became, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalReview {
    /// The decision, reason and estimate.
    pub decision: FeasibilityReview,
    /// Day of the (last) review (YYYY-MM-DD, UTC).
    pub reviewed_on: String,
    /// The id of the ballot project made from the proposal, once there is one.
    #[serde(default)]
    pub project_id: Option<String>,
}

/// A feasible proposal and the ballot project made from it (name, description, cost, province
/// and sectors as the administrator edited them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalProject {
    /// Number of the proposal.
    pub proposal_id: i64,
    /// The project to put on the ballot.
    pub project: CatalogueProject,
}

/// Body of `POST /api/admin/projects/from-proposals`: projects to add to the ballot (or replace,
/// for a proposal already on it), each from a feasible proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotFromProposals {
    /// The projects, in the order they join the ballot.
    pub projects: Vec<ProposalProject>,
}

/// The id a project made from proposal `id` has on the ballot, e.g. `proposal-12`.
pub fn proposal_project_id(id: i64) -> String {
    format!("proposal-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(reason: &str) -> FeasibilityReview {
        FeasibilityReview {
            feasible: true,
            reason: reason.to_owned(),
            reason_translations: BTreeMap::new(),
            services_cost: Some(1_500_000),
        }
    }

    #[test]
    fn the_reason_falls_back_to_french_when_a_language_has_none() {
        let mut review = review("Terrain disponible");
        review
            .reason_translations
            .insert("ar".to_owned(), "الأرض متوفرة".to_owned());
        review
            .reason_translations
            .insert("en".to_owned(), "  ".to_owned());
        assert_eq!(review.reason_in("ar"), "الأرض متوفرة");
        assert_eq!(review.reason_in("en"), "Terrain disponible");
        assert_eq!(review.reason_in("zgh-Tfng"), "Terrain disponible");
    }

    #[test]
    fn a_checked_review_is_trimmed_and_drops_empty_translations() {
        let mut given = review("  Terrain disponible ");
        given
            .reason_translations
            .insert("en".to_owned(), " Land available ".to_owned());
        given
            .reason_translations
            .insert("ar".to_owned(), " ".to_owned());
        let checked = given.checked(5_000_000).unwrap();
        assert_eq!(checked.reason, "Terrain disponible");
        assert_eq!(
            checked.reason_translations,
            BTreeMap::from([("en".to_owned(), "Land available".to_owned())])
        );
    }

    #[test]
    fn each_wrong_review_gets_its_own_problem() {
        assert_eq!(
            review(" ").checked(5_000_000),
            Err(ReviewProblem::ReasonMissing)
        );
        let long = "é".repeat(MAX_REVIEW_REASON_CHARS + 1);
        assert_eq!(
            review(&long).checked(5_000_000),
            Err(ReviewProblem::ReasonTooLong)
        );
        let mut unknown = review("Oui");
        unknown
            .reason_translations
            .insert("de".to_owned(), "Ja".to_owned());
        assert_eq!(
            unknown.checked(5_000_000),
            Err(ReviewProblem::UnknownLanguage)
        );
        let mut free = review("Oui");
        free.services_cost = Some(0);
        assert_eq!(free.checked(5_000_000), Err(ReviewProblem::CostOutOfRange));
        assert_eq!(
            review("Oui").checked(1_000_000),
            Err(ReviewProblem::CostOutOfRange)
        );
        let mut no_estimate = review("Oui");
        no_estimate.services_cost = None;
        assert!(no_estimate.checked(1).is_ok());
    }

    #[test]
    fn a_stored_review_reads_back_from_its_json() {
        let stored = ProposalReview {
            decision: review("Terrain disponible"),
            reviewed_on: "2027-03-20".to_owned(),
            project_id: Some(proposal_project_id(12)),
        };
        let json = serde_json::to_value(&stored).unwrap();
        assert_eq!(json["decision"]["feasible"], true);
        assert_eq!(json["project_id"], "proposal-12");
        assert_eq!(
            serde_json::from_value::<ProposalReview>(json).unwrap(),
            stored
        );
    }
}
