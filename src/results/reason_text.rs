//! pb-core's explanation of a project's result, in sentences of the interface language.
use super::template::fill;
use crate::i18n::*;
use crate::labels::dirhams;
use pb_core::rules::{PaidShare, Reason, Rule, SpentOn};

/// Whole dirhams of an explanation amount (explanations are rounded for display).
fn money(locale: Locale, amount: f64) -> String {
    dirhams(locale, amount.max(0.0).round() as u64)
}

/// Items joined with the language's list separator (the Arabic comma in Arabic).
fn list(locale: Locale, items: Vec<String>) -> String {
    items.join(crate::labels::list_separator(locale))
}

/// One sentence per stage of `rule`; `name` gives a project's name from its id.
pub fn reason_text(
    locale: Locale,
    rule: Rule,
    reason: &Reason,
    name: &dyn Fn(&str) -> String,
) -> String {
    match reason {
        Reason::Greedy {
            rank,
            remaining_before,
            fitted,
        } => greedy_text(locale, rule, *rank, *remaining_before, *fitted),
        Reason::Funded { round, payments } => funded_text(locale, *round, payments),
        Reason::FreeProject => td_string!(locale, results.reason_free).to_owned(),
        Reason::FreeWithoutValue => {
            td_string!(locale, results.reason_free_without_value).to_owned()
        }
        Reason::NoSupport => td_string!(locale, results.reason_no_support).to_owned(),
        Reason::SupportersRanOut {
            after_round,
            supporters_money,
            spent_on,
        } => ran_out_text(locale, *after_round, *supporters_money, spent_on, name),
    }
}

/// The greedy step: the rule itself, or the completion of Equal Shares with the money left.
fn greedy_text(locale: Locale, rule: Rule, rank: usize, left: f64, fitted: bool) -> String {
    let template = match (rule == Rule::MesEqualShares, fitted) {
        (false, true) => td_string!(locale, results.reason_greedy_fitted),
        (false, false) => td_string!(locale, results.reason_greedy_too_dear),
        (true, true) => td_string!(locale, results.reason_completion_fitted),
        (true, false) => td_string!(locale, results.reason_completion_too_dear),
    };
    fill(
        template,
        &[("rank", &rank.to_string()), ("left", &money(locale, left))],
    )
}

/// Funded by Equal Shares: what each supporter paid, in one clause when they all paid the same.
fn funded_text(locale: Locale, round: usize, payments: &[PaidShare]) -> String {
    let round = round.to_string();
    if let [share] = payments {
        let template = td_string!(
            locale,
            results.reason_funded_shared,
            count = share.voters as u32
        )
        .to_string();
        return fill(
            &template,
            &[("round", &round), ("amount", &money(locale, share.amount))],
        );
    }
    let paid = payments
        .iter()
        .map(|share| {
            let template =
                td_string!(locale, results.paid_share, count = share.voters as u32).to_string();
            fill(&template, &[("amount", &money(locale, share.amount))])
        })
        .collect();
    fill(
        td_string!(locale, results.reason_funded_unequal),
        &[("round", &round), ("paid", &list(locale, paid))],
    )
}

/// Not funded by Equal Shares: what its supporters had left, and what they had paid for before.
fn ran_out_text(
    locale: Locale,
    after_round: usize,
    supporters_money: f64,
    spent_on: &[SpentOn],
    name: &dyn Fn(&str) -> String,
) -> String {
    let template = if after_round == 0 {
        td_string!(locale, results.reason_ran_out_start)
    } else {
        td_string!(locale, results.reason_ran_out)
    };
    let mut text = fill(
        template,
        &[
            ("money", &money(locale, supporters_money)),
            ("rounds", &after_round.to_string()),
        ],
    );
    if !spent_on.is_empty() {
        let spent = spent_on
            .iter()
            .map(|spent| {
                fill(
                    td_string!(locale, results.spent_item),
                    &[
                        ("amount", &money(locale, spent.amount)),
                        ("project", &name(&spent.project)),
                    ],
                )
            })
            .collect();
        text.push(' ');
        text.push_str(&fill(
            td_string!(locale, results.reason_spent_on),
            &[("projects", &list(locale, spent))],
        ));
    }
    text
}

/// How the rule works, in one sentence.
pub fn rule_text(locale: Locale, rule: Rule) -> &'static str {
    match rule {
        Rule::GreedyCost | Rule::GreedyCard => td_string!(locale, results.rule_greedy),
        Rule::MesEqualShares => td_string!(locale, results.rule_equal_shares_completed),
        Rule::MesCost | Rule::MesCard => td_string!(locale, results.rule_equal_shares),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason of a fixed Equal Shares outcome, completed greedily.
    fn reasons() -> Vec<Reason> {
        vec![
            Reason::Funded {
                round: 1,
                payments: vec![PaidShare {
                    voters: 3,
                    amount: 20_000_000.0 / 3.0,
                }],
            },
            Reason::Funded {
                round: 2,
                payments: vec![PaidShare {
                    voters: 1,
                    amount: 4_000_000.0,
                }],
            },
            Reason::Funded {
                round: 3,
                payments: vec![
                    PaidShare {
                        voters: 2,
                        amount: 10_000_000.0,
                    },
                    PaidShare {
                        voters: 1,
                        amount: 3_000_000.0,
                    },
                ],
            },
            Reason::SupportersRanOut {
                after_round: 0,
                supporters_money: 12_500_000.0,
                spent_on: vec![],
            },
            Reason::SupportersRanOut {
                after_round: 2,
                supporters_money: 9_999_999.6,
                spent_on: vec![
                    SpentOn {
                        project: "school".into(),
                        amount: 13_000_000.0,
                    },
                    SpentOn {
                        project: "road".into(),
                        amount: 7_000_000.0,
                    },
                ],
            },
            Reason::Greedy {
                rank: 1,
                remaining_before: 30_000_000.0,
                fitted: true,
            },
            Reason::Greedy {
                rank: 2,
                remaining_before: 5_000_000.0,
                fitted: false,
            },
            Reason::FreeWithoutValue,
            Reason::NoSupport,
        ]
    }

    fn sentences(locale: Locale, rule: Rule) -> Vec<String> {
        let name = |id: &str| match id {
            "school" => "École".to_owned(),
            _ => "Route".to_owned(),
        };
        reasons()
            .iter()
            .map(|reason| reason_text(locale, rule, reason, &name))
            .collect()
    }

    /// `n` with the French thousands separator (a narrow no-break space) and the unit.
    fn fr(n: &str) -> String {
        format!("{}\u{a0}MAD", n.replace(' ', "\u{202f}"))
    }

    #[test]
    fn equal_shares_reasons_read_as_french_sentences() {
        assert_eq!(
            sentences(Locale::fr, Rule::MesEqualShares),
            [
                format!(
                    "Financé au tour 1 du partage : ses 3 soutiens ont payé {} chacun.",
                    fr("6 666 667")
                ),
                format!(
                    "Financé au tour 2 du partage : son seul soutien a payé {}.",
                    fr("4 000 000")
                ),
                format!(
                    "Financé au tour 3 du partage ; ses soutiens ont payé selon ce qui leur restait : \
                     2 soutiens ont payé {} chacun, 1 soutien a payé {}.",
                    fr("10 000 000"),
                    fr("3 000 000")
                ),
                format!(
                    "Dès le départ, les parts de ses soutiens ne faisaient que {} à eux tous : pas \
                     assez pour le payer.",
                    fr("12 500 000")
                ),
                format!(
                    "Après le tour 2 du partage, il ne restait à ses soutiens que {} à eux tous : pas \
                     assez pour le payer. Ils avaient déjà payé {} pour «\u{a0}École\u{a0}», {} pour \
                     «\u{a0}Route\u{a0}».",
                    fr("10 000 000"),
                    fr("13 000 000"),
                    fr("7 000 000")
                ),
                format!(
                    "Ensuite, l’argent restant est allé aux autres projets par nombre de voix : \
                     celui-ci, n° 1, tenait dans les {} qui restaient.",
                    fr("30 000 000")
                ),
                format!(
                    "Ensuite, l’argent restant est allé aux autres projets par nombre de voix : \
                     celui-ci, n° 2, coûte plus que les {} qui restaient.",
                    fr("5 000 000")
                ),
                "Il ne coûte rien, donc le partage de l’argent ne le concerne pas.".to_owned(),
                "Personne n’a voté pour lui.".to_owned(),
            ]
        );
    }

    #[test]
    fn equal_shares_reasons_read_as_arabic_sentences() {
        assert_eq!(
            sentences(Locale::ar, Rule::MesEqualShares),
            [
                "مُوِّل في الجولة 1 من التقسيم: أدّى مؤيدوه الـ3 6.666.667\u{a0}درهم لكل واحد منهم.",
                "مُوِّل في الجولة 2 من التقسيم: أدّى مؤيده الوحيد 4.000.000\u{a0}درهم.",
                "مُوِّل في الجولة 3 من التقسيم؛ وأدّى مؤيدوه كلفته حسب ما تبقّى لكل منهم: أدّى \
                 مؤيدان 10.000.000\u{a0}درهم لكل منهما، أدّى مؤيد واحد 3.000.000\u{a0}درهم.",
                "منذ البداية، لم تتجاوز حصص مؤيديه مجتمعين 12.500.000\u{a0}درهم: وهو غير كافٍ \
                 لأداء كلفته.",
                "بعد الجولة 2 من التقسيم، لم يتبقَّ لمؤيديه مجتمعين سوى 10.000.000\u{a0}درهم: وهو \
                 غير كافٍ لأداء كلفته. كانوا قد أدّوا من قبل 13.000.000\u{a0}درهم لمشروع «École»، \
                 7.000.000\u{a0}درهم لمشروع «Route».",
                "بعد ذلك، وُزِّع المبلغ المتبقي على المشاريع الأخرى حسب عدد الأصوات: هذا المشروع، \
                 في الرتبة 1، كلفته في حدود 30.000.000\u{a0}درهم المتبقية.",
                "بعد ذلك، وُزِّع المبلغ المتبقي على المشاريع الأخرى حسب عدد الأصوات: هذا المشروع، \
                 في الرتبة 2، كلفته أكبر من 5.000.000\u{a0}درهم المتبقية.",
                "لا يكلّف شيئًا، لذلك لا يعنيه تقسيم المبلغ.",
                "لم يصوّت عليه أحد.",
            ]
        );
    }

    #[test]
    fn equal_shares_reasons_read_as_tamazight_sentences() {
        let mad = |n: &str| format!("{}\u{a0}ⴷⵔⵀⵎ", n.replace(' ', "\u{202f}"));
        assert_eq!(
            sentences(Locale::zgh_Tfng, Rule::MesEqualShares),
            [
                format!(
                    "ⵉⵜⵜⵓⵙⵎⵔⵙ ⴳ ⵜⵡⴰⵍⵜ ⵜⵉⵙ 1 ⵏ ⵓⴱⴹⴰ: ⵅⵍⵍⵚⵏ 3 ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵏⵏⵙ {} ⵉ ⴽⵓ ⵢⴰⵏ.",
                    mad("6 666 667")
                ),
                format!(
                    "ⵉⵜⵜⵓⵙⵎⵔⵙ ⴳ ⵜⵡⴰⵍⵜ ⵜⵉⵙ 2 ⵏ ⵓⴱⴹⴰ: ⵅⵍⵍⵚⵏ 1 ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵏⵏⵙ {} ⵉ ⴽⵓ ⵢⴰⵏ.",
                    mad("4 000 000")
                ),
                format!(
                    "ⵉⵜⵜⵓⵙⵎⵔⵙ ⴳ ⵜⵡⴰⵍⵜ ⵜⵉⵙ 3 ⵏ ⵓⴱⴹⴰ; ⵅⵍⵍⵚⵏ ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵏⵏⵙ ⵙ ⵎⴰⴷ ⴰⵙⵏ ⵉⵇⵇⵉⵎⵏ: 2 \
                     ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵅⵍⵍⵚⵏ {} ⵉ ⴽⵓ ⵢⴰⵏ ⴷ 1 ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵅⵍⵍⵚⵏ {} ⵉ ⴽⵓ ⵢⴰⵏ.",
                    mad("10 000 000"),
                    mad("3 000 000")
                ),
                format!(
                    "ⵙⴳ ⵜⵉⵣⵡⵓⵔⵉ, ⵜⵉⴳⵣⵣⵓⵎⵉⵏ ⵏ ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵏⵏⵙ ⵎⵓⵏⵏⵜ ⴳⴰⵏⵜ ⵖⴰⵙ {}: ⵉⴷⵔⵓⵙ ⵖⴼ \
                     ⵓⵙⵡⵉⵔ ⵏⵏⵙ.",
                    mad("12 500 000")
                ),
                format!(
                    "ⴷⴼⴼⵉⵔ ⵜⵡⴰⵍⵜ ⵜⵉⵙ 2 ⵏ ⵓⴱⴹⴰ, ⵉⵇⵇⵉⵎ ⵖⴰⵙ {} ⵖⵓⵔ ⵉⵎⵙⵏⵏⵓⴼⴰⵍ ⵏⵏⵙ ⵎⵓⵏⵏ: ⵉⴷⵔⵓⵙ ⵖⴼ \
                     ⵓⵙⵡⵉⵔ ⵏⵏⵙ. ⵅⵍⵍⵚⵏ ⵢⴰⴷ {} ⵉ «École» ⴷ {} ⵉ «Route».",
                    mad("10 000 000"),
                    mad("13 000 000"),
                    mad("7 000 000")
                ),
                format!(
                    "ⴷⴼⴼⵉⵔ ⵓⵢⴰ, ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ ⴷⴷⴰⵏ ⵖⵔ ⵉⵙⵏⴼⴰⵔⵏ ⵢⴰⴹⵏⵉⵏ ⵙ ⵓⵎⴹⴰⵏ ⵏ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ: \
                     ⴰⵙⵏⴼⴰⵔ ⴰⴷ, ⵡⵉⵙ 1, ⵓⵔ ⵢⵓⴳⵉⵔ ⵓⵙⵡⵉⵔ ⵏⵏⵙ {} ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ.",
                    mad("30 000 000")
                ),
                format!(
                    "ⴷⴼⴼⵉⵔ ⵓⵢⴰ, ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ ⴷⴷⴰⵏ ⵖⵔ ⵉⵙⵏⴼⴰⵔⵏ ⵢⴰⴹⵏⵉⵏ ⵙ ⵓⵎⴹⴰⵏ ⵏ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ: \
                     ⴰⵙⵏⴼⴰⵔ ⴰⴷ, ⵡⵉⵙ 2, ⵢⵓⴳⵔ ⵓⵙⵡⵉⵔ ⵏⵏⵙ {} ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ.",
                    mad("5 000 000")
                ),
                "ⵓⵔ ⵖⵓⵔⵙ ⴰⵙⵡⵉⵔ, ⵙ ⵓⵎⴽ ⵓⵔ ⵉⴽⵛⵉⵎ ⴳ ⵓⴱⴹⴰ ⵏ ⵉⴷⵔⵉⵎⵏ.".to_owned(),
                "ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵜ ⵉⴼⵔⵉⵏ.".to_owned(),
            ]
        );
    }

    #[test]
    fn equal_shares_reasons_read_as_english_sentences() {
        let mad = |n: &str| format!("{n}\u{a0}MAD");
        assert_eq!(
            sentences(Locale::en, Rule::MesEqualShares),
            [
                format!(
                    "Funded in round 1 of the sharing: its 3 supporters paid {} each.",
                    mad("6,666,667")
                ),
                format!(
                    "Funded in round 2 of the sharing: its only supporter paid {}.",
                    mad("4,000,000")
                ),
                format!(
                    "Funded in round 3 of the sharing; its supporters paid according to what they had \
                     left: 2 supporters paid {} each, 1 supporter paid {}.",
                    mad("10,000,000"),
                    mad("3,000,000")
                ),
                format!(
                    "From the start, its supporters’ shares came to only {} between them: not enough to \
                     pay for it.",
                    mad("12,500,000")
                ),
                format!(
                    "After round 2 of the sharing, its supporters had only {} left between them: not \
                     enough to pay for it. They had already paid {} for “École”, {} for “Route”.",
                    mad("10,000,000"),
                    mad("13,000,000"),
                    mad("7,000,000")
                ),
                format!(
                    "Then the money left went to the other projects by votes: this one, no. 1, fitted \
                     in the {} still left.",
                    mad("30,000,000")
                ),
                format!(
                    "Then the money left went to the other projects by votes: this one, no. 2, costs \
                     more than the {} still left.",
                    mad("5,000,000")
                ),
                "It costs nothing, so sharing out the money does not concern it.".to_owned(),
                "Nobody voted for it.".to_owned(),
            ]
        );
    }

    #[test]
    fn the_greedy_rule_ranks_projects_by_votes_in_each_language() {
        let greedy = |locale| {
            let name = |id: &str| id.to_owned();
            [true, false].map(|fitted| {
                let reason = Reason::Greedy {
                    rank: 3,
                    remaining_before: 25_000_000.0,
                    fitted,
                };
                reason_text(locale, Rule::GreedyCost, &reason, &name)
            })
        };
        assert_eq!(
            greedy(Locale::fr),
            [
                format!(
                    "N° 3 par nombre de voix ; il restait {}, assez pour le payer.",
                    fr("25 000 000")
                ),
                format!(
                    "N° 3 par nombre de voix ; il ne restait que {}, moins que son coût.",
                    fr("25 000 000")
                ),
            ]
        );
        assert_eq!(
            greedy(Locale::ar),
            [
                "الرتبة 3 حسب عدد الأصوات؛ كان المبلغ المتبقي 25.000.000\u{a0}درهم، وهو كافٍ لأداء كلفته.",
                "الرتبة 3 حسب عدد الأصوات؛ لم يتبقَّ سوى 25.000.000\u{a0}درهم، وهو أقل من كلفته.",
            ]
        );
        assert_eq!(
            greedy(Locale::en),
            [
                "No. 3 by votes; 25,000,000\u{a0}MAD was left, enough to pay for it.",
                "No. 3 by votes; only 25,000,000\u{a0}MAD was left, less than its cost.",
            ]
        );
        assert_eq!(
            greedy(Locale::zgh_Tfng)[1],
            "ⵉⴳⴰ ⵡⵉⵙ 3 ⵙ ⵓⵎⴹⴰⵏ ⵏ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ; ⵉⵇⵇⵉⵎ ⵖⴰⵙ 25\u{202f}000\u{202f}000\u{a0}ⴷⵔⵀⵎ, ⵉⴷⵔⵓⵙ ⵖⴼ ⵓⵙⵡⵉⵔ ⵏⵏⵙ."
        );
    }
}
