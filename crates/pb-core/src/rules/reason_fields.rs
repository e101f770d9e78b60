//! How a [`Reason`] is read from JSON: one flat object of its kind and whichever fields that kind
//! has, checked by hand. It reads exactly what the derived, tagged form writes, with far less
//! generated code than serde's tagged-enum reader (which weighs on the app's download).

use super::explanation::{PaidShare, Reason, SpentOn};
use crate::required_field::required;
use serde::Deserialize;

/// A reason's JSON object, every field optional until its kind says which it needs.
#[derive(Deserialize)]
pub(super) struct ReasonFields {
    kind: String,
    rank: Option<usize>,
    remaining_before: Option<f64>,
    fitted: Option<bool>,
    round: Option<usize>,
    payments: Option<Vec<PaidShare>>,
    after_round: Option<usize>,
    supporters_money: Option<f64>,
    spent_on: Option<Vec<SpentOn>>,
}

impl TryFrom<ReasonFields> for Reason {
    type Error = String;

    /// The reason the kind names, or why the object is not one.
    fn try_from(fields: ReasonFields) -> Result<Self, String> {
        let f = fields;
        Ok(match f.kind.as_str() {
            "greedy" => Reason::Greedy {
                rank: required(f.rank, "rank")?,
                remaining_before: required(f.remaining_before, "remaining_before")?,
                fitted: required(f.fitted, "fitted")?,
            },
            "funded" => Reason::Funded {
                round: required(f.round, "round")?,
                payments: required(f.payments, "payments")?,
            },
            "free_project" => Reason::FreeProject,
            "free_without_value" => Reason::FreeWithoutValue,
            "no_support" => Reason::NoSupport,
            "supporters_ran_out" => Reason::SupportersRanOut {
                after_round: required(f.after_round, "after_round")?,
                supporters_money: required(f.supporters_money, "supporters_money")?,
                spent_on: required(f.spent_on, "spent_on")?,
            },
            other => return Err(format!("unknown reason kind `{other}`")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{PaidShare, Reason, SpentOn};
    use serde_json::json;

    #[test]
    fn every_reason_reads_back_as_written() {
        let reasons = [
            Reason::Greedy {
                rank: 3,
                remaining_before: 1_250.5,
                fitted: false,
            },
            Reason::Funded {
                round: 2,
                payments: vec![PaidShare {
                    voters: 40,
                    amount: 12.25,
                }],
            },
            Reason::FreeProject,
            Reason::FreeWithoutValue,
            Reason::NoSupport,
            Reason::SupportersRanOut {
                after_round: 0,
                supporters_money: 99.5,
                spent_on: vec![SpentOn {
                    project: "p-2".into(),
                    amount: 30.0,
                }],
            },
        ];
        for reason in reasons {
            let written = serde_json::to_value(&reason).unwrap();
            let read: Reason = serde_json::from_value(written.clone()).unwrap();
            assert_eq!(read, reason, "{written}");
        }
        assert_eq!(
            serde_json::to_value(Reason::NoSupport).unwrap(),
            json!({"kind": "no_support"})
        );
    }

    #[test]
    fn an_object_that_is_not_a_reason_is_refused_with_the_reason() {
        let refused = |value: serde_json::Value| {
            serde_json::from_value::<Reason>(value)
                .unwrap_err()
                .to_string()
        };
        assert!(refused(json!({"kind": "lottery"})).contains("unknown reason kind `lottery`"));
        assert!(
            refused(json!({"kind": "greedy", "rank": 1, "fitted": true}))
                .contains("missing field `remaining_before`")
        );
        assert!(refused(json!({"kind": "funded", "round": -1, "payments": []})).contains("-1"));
        assert!(refused(json!({"rank": 1})).contains("missing field `kind`"));
    }
}
