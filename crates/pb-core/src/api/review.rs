//! The review phase: the services' technical review of each published proposal (feasible or
//! not, with a public reason in the app's languages and their own cost estimate), and the
//! feasible proposals turned into projects on the ballot.
use serde::{Deserialize, Serialize};

use super::catalogue::CatalogueProject;

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
    /// The reason in the other languages; an empty or missing one is shown in French.
    #[serde(default, skip_serializing_if = "ReasonTranslations::is_empty")]
    pub reason_translations: ReasonTranslations,
    /// The services' cost estimate in dirhams, shown instead of the citizen's.
    #[serde(default)]
    pub services_cost: Option<u64>,
}

/// A review's reason in Arabic, Tamazight and English (JSON `{"ar": …, "zgh-Tfng": …, "en": …}`,
/// another key refused); empty when not translated. A struct rather than a map: it costs the
/// citizens' download less.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReasonTranslations {
    /// In Arabic.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ar: String,
    /// In Tamazight (Tifinagh).
    #[serde(default, rename = "zgh-Tfng", skip_serializing_if = "String::is_empty")]
    pub zgh_tfng: String,
    /// In English.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl ReasonTranslations {
    /// Whether no language has a translation.
    pub fn is_empty(&self) -> bool {
        self.ar.is_empty() && self.zgh_tfng.is_empty() && self.en.is_empty()
    }

    /// The translation in `language` (`ar`, `zgh-Tfng`, `en`), if the app has that language.
    pub fn get(&self, language: &str) -> Option<&str> {
        match language {
            "ar" => Some(&self.ar),
            "zgh-Tfng" => Some(&self.zgh_tfng),
            "en" => Some(&self.en),
            _ => None,
        }
    }

    /// Each translation trimmed.
    fn trimmed(&self) -> Self {
        ReasonTranslations {
            ar: self.ar.trim().to_owned(),
            zgh_tfng: self.zgh_tfng.trim().to_owned(),
            en: self.en.trim().to_owned(),
        }
    }
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
    /// The services' estimate is zero or above the ceiling of a proposal's cost.
    #[error("the services' estimate must be between 1 dirham and the ceiling of a proposal")]
    CostOutOfRange,
}

impl FeasibilityReview {
    /// The reason in `language`, else in French.
    pub fn reason_in(&self, language: &str) -> &str {
        match self.reason_translations.get(language) {
            Some(text) if !text.trim().is_empty() => text,
            _ => &self.reason,
        }
    }

    /// The review with its texts trimmed, or the first problem; `max_cost` is the ceiling of a
    /// proposal's cost.
    pub fn checked(&self, max_cost: u64) -> Result<FeasibilityReview, ReviewProblem> {
        let reason = self.reason.trim();
        if reason.is_empty() {
            return Err(ReviewProblem::ReasonMissing);
        }
        let translations = self.reason_translations.trimmed();
        let too_long = [
            reason,
            &translations.ar,
            &translations.zgh_tfng,
            &translations.en,
        ]
        .iter()
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
            reason_translations: ReasonTranslations::default(),
            services_cost: Some(1_500_000),
        }
    }

    #[test]
    fn the_reason_falls_back_to_french_when_a_language_has_none() {
        let mut review = review("Terrain disponible");
        review.reason_translations.ar = "الأرض متوفرة".to_owned();
        review.reason_translations.en = "  ".to_owned();
        assert_eq!(review.reason_in("ar"), "الأرض متوفرة");
        assert_eq!(review.reason_in("en"), "Terrain disponible");
        assert_eq!(review.reason_in("zgh-Tfng"), "Terrain disponible");
    }

    #[test]
    fn a_checked_review_is_trimmed_and_its_json_names_only_the_translated_languages() {
        let mut given = review("  Terrain disponible ");
        given.reason_translations.en = " Land available ".to_owned();
        given.reason_translations.ar = " ".to_owned();
        let checked = given.checked(5_000_000).unwrap();
        assert_eq!(checked.reason, "Terrain disponible");
        assert_eq!(
            serde_json::to_value(&checked.reason_translations).unwrap(),
            serde_json::json!({"en": "Land available"})
        );
        let read: ReasonTranslations =
            serde_json::from_str(r#"{"zgh-Tfng": "ⴰⴽⴰⵍ ⵉⵍⵍⴰ"}"#).unwrap();
        assert_eq!(read.get("zgh-Tfng"), Some("ⴰⴽⴰⵍ ⵉⵍⵍⴰ"));
        assert!(serde_json::from_str::<ReasonTranslations>(r#"{"de": "Ja"}"#).is_err());
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
        let mut long_translation = review("Oui");
        long_translation.reason_translations.en = long.clone();
        assert_eq!(
            long_translation.checked(5_000_000),
            Err(ReviewProblem::ReasonTooLong)
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
