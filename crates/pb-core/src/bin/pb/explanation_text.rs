//! `pb outcome --explain`: the explanation as plain text.

use pb_core::rules::{Explanation, Reason};

/// The explanation as text: a summary, then one block per project.
pub fn render(explanation: &Explanation) -> String {
    let mut out = format!(
        "rule {}: budget {:.2}, spent {:.2}\n",
        explanation.rule.name(),
        explanation.budget,
        explanation.spent
    );
    if let Some(per_voter) = explanation.per_voter_budget {
        out += &format!("each voter's share of the budget: {per_voter:.4}\n");
    }
    for project in &explanation.projects {
        let verdict = if project.selected {
            "FUNDED"
        } else {
            "not funded"
        };
        out += &format!(
            "\n{} ({}): {verdict}; cost {:.2}; {} votes\n",
            project.id, project.name, project.cost, project.votes
        );
        for reason in &project.reasons {
            out += &format!("  {}\n", reason_text(reason));
        }
    }
    out
}

fn reason_text(reason: &Reason) -> String {
    match reason {
        Reason::Greedy {
            rank,
            remaining_before,
            fitted,
        } => {
            let what = if *fitted { "fitted" } else { "did not fit" };
            format!("greedy rank {rank}: {remaining_before:.2} left, {what}")
        }
        Reason::Funded { round, payments } => {
            let paid: Vec<String> = payments
                .iter()
                .map(|p| format!("{} voters paid {:.4} each", p.voters, p.amount))
                .collect();
            format!("funded in round {round}: {}", paid.join("; "))
        }
        Reason::FreeProject => "supported and free".to_owned(),
        Reason::FreeWithoutValue => "free, so of no value under cost satisfaction".to_owned(),
        Reason::NoSupport => "no votes".to_owned(),
        Reason::SupportersRanOut {
            after_round,
            supporters_money,
            spent_on,
        } => {
            let when = match after_round {
                0 => "from the start".to_owned(),
                round => format!("after round {round}"),
            };
            let mut text =
                format!("{when} its supporters had only {supporters_money:.2} left together");
            if !spent_on.is_empty() {
                let spent: Vec<String> = spent_on
                    .iter()
                    .map(|s| format!("{} on {}", fmt(s.amount), s.project))
                    .collect();
                text += &format!("; they had spent {}", spent.join(", "));
            }
            text
        }
    }
}

fn fmt(amount: f64) -> String {
    format!("{amount:.2}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_out_of_reach_from_the_start_is_not_said_to_be_after_round_0() {
        let reason = |after_round| Reason::SupportersRanOut {
            after_round,
            supporters_money: 12.5,
            spent_on: vec![],
        };
        assert_eq!(
            reason_text(&reason(0)),
            "from the start its supporters had only 12.50 left together"
        );
        assert_eq!(
            reason_text(&reason(2)),
            "after round 2 its supporters had only 12.50 left together"
        );
    }
}
