//! A broken ballot rule explained in the voter's language, naming the projects by name.
use crate::i18n::*;
use crate::labels::{dirhams, province_label};
use pb_core::validation::BallotViolation;

/// The explanation of one broken rule; `name` gives a project's name from its id.
pub fn violation_message(
    locale: Locale,
    violation: &BallotViolation,
    name: &dyn Fn(&str) -> String,
) -> String {
    match violation {
        BallotViolation::WrongBallotType { .. } => {
            td_string!(locale, vote.rule_wrong_type).to_owned()
        }
        BallotViolation::UnknownProject { project }
        | BallotViolation::ProjectNotOpen { project } => {
            td_string!(locale, vote.rule_not_open, project = name(project)).to_string()
        }
        BallotViolation::DuplicateProject { project } => {
            td_string!(locale, vote.rule_duplicate, project = name(project)).to_string()
        }
        BallotViolation::TooFewProjects { min, .. } => {
            td_string!(locale, vote.rule_too_few, count = *min).to_string()
        }
        BallotViolation::TooManyProjects { max, .. } => {
            td_string!(locale, vote.rule_too_many, count = *max).to_string()
        }
        BallotViolation::OverBudget { limit, total } => td_string!(
            locale,
            vote.rule_over_budget,
            total = dirhams(locale, *total),
            limit = dirhams(locale, *limit)
        )
        .to_string(),
        BallotViolation::UnderMinimumCost { min, total } => td_string!(
            locale,
            vote.rule_under_minimum,
            total = dirhams(locale, *total),
            min = dirhams(locale, *min)
        )
        .to_string(),
        BallotViolation::ProvinceOverBudget {
            province,
            limit,
            total,
        } => td_string!(
            locale,
            vote.rule_province_over_budget,
            province = province_label(locale, province),
            total = dirhams(locale, *total),
            limit = dirhams(locale, *limit)
        )
        .to_string(),
        _ => td_string!(locale, vote.rule_points).to_owned(),
    }
}
