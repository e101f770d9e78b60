//! Money the outcome leaves unspent, and why, in a sentence of the interface language.
use super::template::fill;
use crate::i18n::*;
use crate::labels::dirhams;
use pb_core::api::Results;

/// Why money is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Every project is funded.
    AllFunded,
    /// Every project not funded costs more than what is left; the cheapest costs this much.
    TooDear {
        /// Cost of the cheapest project not funded, in dirhams.
        cheapest: u64,
    },
    /// A project that fits is not funded: its supporters' shares did not cover it (Equal Shares).
    SharesShort,
    /// The only projects that would fit received no votes.
    NoVotes,
}

/// Money left and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unspent {
    /// Dirhams left.
    pub left: u64,
    /// Why.
    pub why: Why,
}

/// The money left by `results` and why, or `None` when the whole budget is spent.
pub fn unspent(results: &Results) -> Option<Unspent> {
    let left = results
        .budget
        .checked_sub(results.spent)
        .filter(|&l| l > 0)?;
    let not_funded: Vec<(u64, u64)> = results
        .explanation
        .projects
        .iter()
        .filter(|p| !p.selected)
        .map(|p| (p.cost.max(0.0).round() as u64, p.votes))
        .collect();
    let fitting: Vec<u64> = not_funded
        .iter()
        .filter(|(cost, _)| *cost <= left)
        .map(|(_, votes)| *votes)
        .collect();
    let why = match not_funded.iter().map(|(cost, _)| *cost).min() {
        None => Why::AllFunded,
        Some(cheapest) if cheapest > left => Why::TooDear { cheapest },
        Some(_) if fitting.iter().all(|&votes| votes == 0) => Why::NoVotes,
        Some(_) => Why::SharesShort,
    };
    Some(Unspent { left, why })
}

/// The sentence saying how much is left and why.
pub fn unspent_text(locale: Locale, unspent: Unspent) -> String {
    let (template, cheapest) = match unspent.why {
        Why::AllFunded => (td_string!(locale, results.summary_unspent_all_funded), 0),
        Why::TooDear { cheapest } => (
            td_string!(locale, results.summary_unspent_too_dear),
            cheapest,
        ),
        Why::SharesShort => (td_string!(locale, results.summary_unspent_shares), 0),
        Why::NoVotes => (td_string!(locale, results.summary_unspent_no_votes), 0),
    };
    fill(
        template,
        &[
            ("left", &dirhams(locale, unspent.left)),
            ("cheapest", &dirhams(locale, cheapest)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::rules::{Explanation, ProjectExplanation, Rule};

    /// Results with a budget of 100 000 000 and these projects: (cost, votes, funded).
    fn results(projects: &[(u64, u64, bool)]) -> Results {
        let spent = projects.iter().filter(|p| p.2).map(|p| p.0).sum();
        Results {
            rule: Rule::MesCost,
            budget: 100_000_000,
            ballots: 7,
            voter_codes_issued: None,
            selected: vec![],
            spent,
            tallies: vec![],
            explanation: Explanation {
                rule: Rule::MesCost,
                budget: 100_000_000.0,
                spent: spent as f64,
                per_voter_budget: None,
                projects: projects
                    .iter()
                    .enumerate()
                    .map(|(index, &(cost, votes, selected))| ProjectExplanation {
                        id: format!("p{index}"),
                        name: format!("P{index}"),
                        cost: cost as f64,
                        votes,
                        selected,
                        reasons: vec![],
                    })
                    .collect(),
            },
        }
    }

    #[test]
    fn the_reason_money_is_left_follows_from_the_projects_not_funded() {
        let why = |projects: &[(u64, u64, bool)]| unspent(&results(projects));
        assert_eq!(why(&[(60_000_000, 4, true), (40_000_000, 3, true)]), None);
        assert_eq!(
            why(&[(55_000_000, 5, true), (25_000_000, 3, false)]),
            Some(Unspent {
                left: 45_000_000,
                why: Why::SharesShort
            })
        );
        assert_eq!(
            why(&[
                (70_000_000, 5, true),
                (45_000_000, 3, false),
                (31_000_000, 0, false)
            ]),
            Some(Unspent {
                left: 30_000_000,
                why: Why::TooDear {
                    cheapest: 31_000_000
                }
            })
        );
        assert_eq!(
            why(&[(70_000_000, 5, true), (20_000_000, 0, false)]),
            Some(Unspent {
                left: 30_000_000,
                why: Why::NoVotes
            })
        );
        assert_eq!(
            why(&[(70_000_000, 5, true)]),
            Some(Unspent {
                left: 30_000_000,
                why: Why::AllFunded
            })
        );
    }

    #[test]
    fn the_unspent_money_is_explained_in_each_language() {
        let too_dear = Unspent {
            left: 10_000_000,
            why: Why::TooDear {
                cheapest: 45_000_000,
            },
        };
        assert_eq!(
            unspent_text(Locale::fr, too_dear),
            "Il reste 10\u{202f}000\u{202f}000\u{a0}MAD : chaque projet non financé coûte plus que \
             cette somme (le moins cher coûte 45\u{202f}000\u{202f}000\u{a0}MAD)."
        );
        assert_eq!(
            unspent_text(Locale::ar, too_dear),
            "يتبقّى 10.000.000\u{a0}درهم: كل مشروع غير مموَّل كلفته أكبر من هذا المبلغ (أقلّها كلفةً \
             يكلّف 45.000.000\u{a0}درهم)."
        );
        assert_eq!(
            unspent_text(Locale::en, too_dear),
            "10,000,000\u{a0}MAD is left: every project not funded costs more than that (the cheapest \
             costs 45,000,000\u{a0}MAD)."
        );
        assert_eq!(
            unspent_text(Locale::zgh_Tfng, too_dear),
            "ⵉⵇⵇⵉⵎ 10\u{202f}000\u{202f}000\u{a0}ⴷⵔⵀⵎ: ⴽⵓ ⴰⵙⵏⴼⴰⵔ ⵓⵔ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ ⵢⵓⴳⵔ ⵓⵙⵡⵉⵔ ⵏⵏⵙ \
             ⴰⵎⴹⴰⵏ ⴰⴷ (ⵡⴰⵏⵏⴰ ⴷⵔⵓⵙⵏ ⵓⵙⵡⵉⵔ ⵏⵏⵙ: 45\u{202f}000\u{202f}000\u{a0}ⴷⵔⵀⵎ)."
        );
        let shares = Unspent {
            left: 45_000_000,
            why: Why::SharesShort,
        };
        assert_eq!(
            unspent_text(Locale::fr, shares),
            "Il reste 45\u{202f}000\u{202f}000\u{a0}MAD : des projets qui tiendraient dans cette somme \
             ne sont pas financés, car les parts de leurs soutiens ne suffisaient pas à les payer."
        );
        assert_eq!(
            unspent_text(Locale::ar, shares),
            "يتبقّى 45.000.000\u{a0}درهم: لم تُموَّل مشاريع كانت كلفتها في حدود هذا المبلغ، لأن حصص \
             مؤيديها لم تكفِ لأداء كلفتها."
        );
        assert_eq!(
            unspent_text(
                Locale::en,
                Unspent {
                    left: 5,
                    why: Why::AllFunded
                }
            ),
            "5\u{a0}MAD is left: every project is funded."
        );
        assert_eq!(
            unspent_text(
                Locale::en,
                Unspent {
                    left: 5,
                    why: Why::NoVotes
                }
            ),
            "5\u{a0}MAD is left: the only projects that would fit in it received no votes."
        );
    }
}
