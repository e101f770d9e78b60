//! The sticky bar under the project list: money left and projects chosen, always the same height
//! so the page does not move when it changes.
use super::budget_status::BudgetStatus;
use crate::i18n::*;
use crate::labels::{dirhams, province_label};
use leptos::prelude::*;

/// The bar for the current status.
#[component]
pub fn BudgetBar(status: Memo<BudgetStatus>) -> impl IntoView {
    let i18n = use_i18n();
    let money = move || {
        let locale = i18n.get_locale();
        status.with(|s| match (s.limit, s.left()) {
            (Some(limit), Some(left)) => td_string!(
                locale,
                vote.bar_money_left,
                left = dirhams(locale, left),
                limit = dirhams(locale, limit)
            )
            .to_string(),
            _ => td_string!(
                locale,
                vote.bar_money_spent,
                spent = dirhams(locale, s.spent)
            )
            .to_string(),
        })
    };
    let count = move || {
        let locale = i18n.get_locale();
        status.with(|s| match s.max_count {
            Some(max) => {
                td_string!(locale, vote.bar_count_of, count = s.count, max = max).to_string()
            }
            None => td_string!(locale, vote.bar_count, count = s.count).to_string(),
        })
    };
    let filled = move || {
        status.with(|s| match s.limit {
            Some(limit) if limit > 0 => (s.spent.min(limit) * 100 / limit).to_string(),
            _ => "0".to_owned(),
        })
    };
    let over = move || status.with(|s| s.limit.is_some_and(|limit| s.spent > limit));
    let provinces = move || {
        let locale = i18n.get_locale();
        status.with(|s| {
            s.provinces
                .iter()
                .map(|(province, spent, limit)| {
                    td_string!(
                        locale,
                        vote.bar_province_left,
                        province = province_label(locale, province),
                        left = dirhams(locale, limit.saturating_sub(*spent))
                    )
                    .to_string()
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    view! {
        <div class="budget-bar" class:budget-bar--over=over id="budget-bar">
            <p class="budget-bar__money"><bdi>{money}</bdi></p>
            <div class="budget-bar__meter" aria-hidden="true">
                <div
                    class="budget-bar__fill"
                    style:inline-size=move || format!("{}%", filled())
                ></div>
            </div>
            <p class="budget-bar__count">{count}</p>
            <p class="budget-bar__provinces">{provinces}</p>
        </div>
    }
}
