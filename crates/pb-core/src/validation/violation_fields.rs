//! How a [`BallotViolation`] is read from JSON: one flat object of its code and whichever fields
//! that code has, checked by hand. It reads exactly what the derived, tagged form writes, with far
//! less generated code than serde's tagged-enum reader (which weighs on the app's download).

use super::BallotViolation;
use crate::required_field::required;
use serde::Deserialize;

/// A violation's JSON object, every field optional until its code says which it needs.
#[derive(Deserialize)]
pub(super) struct ViolationFields {
    code: String,
    expected: Option<String>,
    project: Option<String>,
    province: Option<String>,
    min: Option<i128>,
    max: Option<i128>,
    given: Option<i128>,
    limit: Option<i128>,
    total: Option<i128>,
    points: Option<i128>,
}

impl TryFrom<ViolationFields> for BallotViolation {
    type Error = String;

    /// The violation the code names, or why the object is not one.
    fn try_from(fields: ViolationFields) -> Result<Self, String> {
        use BallotViolation::*;
        let f = fields;
        Ok(match f.code.as_str() {
            "wrong_ballot_type" => WrongBallotType {
                expected: required(f.expected, "expected")?,
            },
            "unknown_project" => UnknownProject {
                project: required(f.project, "project")?,
            },
            "project_not_open" => ProjectNotOpen {
                project: required(f.project, "project")?,
            },
            "duplicate_project" => DuplicateProject {
                project: required(f.project, "project")?,
            },
            "too_few_projects" => TooFewProjects {
                min: number(f.min, "min")?,
                given: number(f.given, "given")?,
            },
            "too_many_projects" => TooManyProjects {
                max: number(f.max, "max")?,
                given: number(f.given, "given")?,
            },
            "over_budget" => OverBudget {
                limit: number(f.limit, "limit")?,
                total: number(f.total, "total")?,
            },
            "under_minimum_cost" => UnderMinimumCost {
                min: number(f.min, "min")?,
                total: number(f.total, "total")?,
            },
            "province_over_budget" => ProvinceOverBudget {
                province: required(f.province, "province")?,
                limit: number(f.limit, "limit")?,
                total: number(f.total, "total")?,
            },
            "points_out_of_range" => PointsOutOfRange {
                project: required(f.project, "project")?,
                points: number(f.points, "points")?,
            },
            "too_many_points" => TooManyPoints {
                max: number(f.max, "max")?,
                given: number(f.given, "given")?,
            },
            "too_few_points" => TooFewPoints {
                min: number(f.min, "min")?,
                given: number(f.given, "given")?,
            },
            other => return Err(format!("unknown violation code `{other}`")),
        })
    }
}

/// A whole-number field the code needs, in its type's range.
fn number<T: TryFrom<i128>>(value: Option<i128>, name: &str) -> Result<T, String> {
    let value = required(value, name)?;
    T::try_from(value).map_err(|_| format!("field `{name}` out of range: {value}"))
}

#[cfg(test)]
mod tests {
    use super::BallotViolation::{self, *};
    use serde_json::json;

    /// One violation of each code.
    fn every_violation() -> Vec<BallotViolation> {
        let project = || "p-1".to_owned();
        vec![
            WrongBallotType {
                expected: "approval".into(),
            },
            UnknownProject { project: project() },
            ProjectNotOpen { project: project() },
            DuplicateProject { project: project() },
            TooFewProjects { min: 2, given: 1 },
            TooManyProjects { max: 3, given: 4 },
            OverBudget {
                limit: u64::MAX,
                total: 12,
            },
            UnderMinimumCost { min: 5, total: 4 },
            ProvinceOverBudget {
                province: "azilal".into(),
                limit: 10,
                total: 11,
            },
            PointsOutOfRange {
                project: project(),
                points: -3,
            },
            TooManyPoints {
                max: 10,
                given: i64::MAX,
            },
            TooFewPoints {
                min: i64::MIN,
                given: 0,
            },
        ]
    }

    #[test]
    fn every_violation_reads_back_as_written() {
        let violations = every_violation();
        assert_eq!(violations.len(), 12, "one per code");
        for violation in violations {
            let written = serde_json::to_value(&violation).unwrap();
            assert_eq!(written["code"], violation.code(), "{written}");
            let read: BallotViolation = serde_json::from_value(written.clone()).unwrap();
            assert_eq!(read, violation, "{written}");
        }
    }

    #[test]
    fn an_object_that_is_not_a_violation_is_refused_with_the_reason() {
        let refused = |value: serde_json::Value| {
            serde_json::from_value::<BallotViolation>(value)
                .unwrap_err()
                .to_string()
        };
        assert!(refused(json!({"code": "too_late"})).contains("unknown violation code `too_late`"));
        assert!(refused(json!({"code": "unknown_project"})).contains("missing field `project`"));
        assert!(
            refused(json!({"code": "too_many_projects", "max": 3, "given": -1}))
                .contains("field `given` out of range: -1")
        );
        assert!(refused(json!({"code": "over_budget", "limit": "10", "total": 1})).contains("10"));
        assert!(refused(json!({"project": "p-1"})).contains("missing field `code`"));
    }

    #[test]
    fn fields_another_code_has_are_ignored() {
        let read: BallotViolation = serde_json::from_value(
            json!({"code": "too_few_projects", "min": 2, "given": 1, "project": "p-1"}),
        )
        .unwrap();
        assert_eq!(read, TooFewProjects { min: 2, given: 1 });
    }
}
