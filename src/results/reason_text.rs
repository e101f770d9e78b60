//! pb-core's explanation of a project's result, in sentences of the interface language.
use crate::i18n::*;
use crate::labels::dirhams;
use pb_core::rules::{Reason, Rule};

/// Whole dirhams of an explanation amount (explanations are rounded for display).
fn money(locale: Locale, amount: f64) -> String {
    dirhams(locale, amount.max(0.0).round() as u64)
}

/// One sentence per stage of the rule; `name` gives a project's name from its id.
pub fn reason_text(locale: Locale, reason: &Reason, name: &dyn Fn(&str) -> String) -> String {
    match reason {
        Reason::Greedy {
            rank,
            remaining_before,
            fitted: true,
        } => td_string!(
            locale,
            results.reason_greedy_fitted,
            rank = rank,
            left = money(locale, *remaining_before)
        )
        .to_string(),
        Reason::Greedy {
            rank,
            remaining_before,
            fitted: false,
        } => td_string!(
            locale,
            results.reason_greedy_too_dear,
            rank = rank,
            left = money(locale, *remaining_before)
        )
        .to_string(),
        Reason::Funded { round, payments } => {
            let paid = payments
                .iter()
                .map(|share| {
                    td_string!(
                        locale,
                        results.paid_share,
                        count = share.voters as u32,
                        amount = money(locale, share.amount)
                    )
                    .to_string()
                })
                .collect::<Vec<_>>()
                .join(", ");
            td_string!(locale, results.reason_funded, round = round, paid = paid).to_string()
        }
        Reason::FreeProject => td_string!(locale, results.reason_free).to_owned(),
        Reason::FreeWithoutValue => {
            td_string!(locale, results.reason_free_without_value).to_owned()
        }
        Reason::NoSupport => td_string!(locale, results.reason_no_support).to_owned(),
        Reason::SupportersRanOut {
            after_round,
            supporters_money,
            spent_on,
        } => {
            let mut text = td_string!(
                locale,
                results.reason_ran_out,
                money = money(locale, *supporters_money),
                rounds = after_round
            )
            .to_string();
            if !spent_on.is_empty() {
                let spent = spent_on
                    .iter()
                    .map(|spent| {
                        format!("{} ({})", name(&spent.project), money(locale, spent.amount))
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                text.push(' ');
                text.push_str(
                    &td_string!(locale, results.reason_spent_on, projects = spent).to_string(),
                );
            }
            text
        }
    }
}

/// How the rule works, in one sentence.
pub fn rule_text(locale: Locale, rule: Rule) -> &'static str {
    match rule {
        Rule::GreedyCost | Rule::GreedyCard => td_string!(locale, results.rule_greedy),
        _ => td_string!(locale, results.rule_equal_shares),
    }
}
