//! The Method of Equal Shares, computed exactly and on groups of voters with equal budgets.
//!
//! Every voter starts with the same share of the budget. In each round the project that its supporters can
//! pay for with the lowest price per unit of satisfaction is funded; each supporter pays that price times
//! their satisfaction, or all they have left if that is less. Ties go to the smallest project id. The round
//! structure, tie-breaking and exact arithmetic are those of pabutools' `method_of_equal_shares`.
//!
//! Voters whose remaining budgets are equal are kept together in one group, so a round costs work in the
//! number of distinct budgets, not of voters. Budgets are integers over one common denominator, so the
//! inner loops never reduce fractions.

use std::collections::BTreeMap;

use num_bigint::BigInt;
use num_integer::Integer;

use super::{Fraction, Satisfaction, Supports};
use crate::election::Instance;

/// Voters with the same remaining budget (numerator over the run's common denominator).
struct Group {
    budget: BigInt,
    voters: Vec<u32>,
    /// Per project, how many voters of the group support it.
    counts: Vec<u32>,
}

/// Money a group of voters paid for a funded project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Number of voters who paid this amount each.
    pub voters: u64,
    /// Amount each paid, in smallest money units.
    pub amount: Fraction,
}

/// One round: the project funded and who paid for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Project index.
    pub project: usize,
    /// Price per unit of satisfaction (pabutools' affordability).
    pub price: Fraction,
    /// Payments, grouped by amount, largest amount first.
    pub payments: Vec<Payment>,
}

/// What became of a project under Equal Shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Given as already selected before the rule ran.
    Initial,
    /// Supported and free: selected at once.
    ZeroCost,
    /// Free, so worth nothing under cost satisfaction: Equal Shares leaves it out (as pabutools does).
    FreeWithoutValue,
    /// No voter supports it.
    NoSupport,
    /// Funded in this round (1-based).
    Funded {
        /// Round number.
        round: usize,
    },
    /// Its supporters no longer had enough money between them.
    Unaffordable {
        /// Number of rounds done when this was found (0: from the start).
        after_round: usize,
        /// What its supporters had left in total, in smallest money units.
        supporters_money: Fraction,
        /// Money its supporters had spent on funded projects (explanations only), largest first.
        spent_on: Vec<(usize, Fraction)>,
    },
}

/// The result of one run of Equal Shares.
#[derive(Debug, Clone)]
pub struct EqualSharesRun {
    /// Selected project indices: the initial ones, free ones, then funded ones in round order.
    pub selected: Vec<usize>,
    /// The rounds, in order.
    pub rounds: Vec<Round>,
    /// What became of each project.
    pub fates: Vec<Fate>,
}

/// Each voter's starting share: the budget divided by the number of voters (by 1 when there are none).
pub fn equal_share(instance: &Instance, supports: &Supports) -> Fraction {
    let voters = supports.voters.len().max(1);
    Fraction::new(BigInt::from(instance.budget), BigInt::from(voters))
}

/// Runs Equal Shares with `per_voter` money per voter (smallest units), after `initial`.
/// With `explain`, records when each losing project became unaffordable and where its supporters' money went.
pub fn equal_shares(
    instance: &Instance,
    supports: &Supports,
    satisfaction: Satisfaction,
    per_voter: &Fraction,
    initial: &[usize],
    explain: bool,
) -> EqualSharesRun {
    let projects = &instance.projects;
    let mut run = EqualSharesRun {
        selected: initial.to_vec(),
        rounds: Vec::new(),
        fates: vec![Fate::NoSupport; projects.len()],
    };
    for &p in initial {
        run.fates[p] = Fate::Initial;
    }
    if supports.voters.is_empty() {
        return run;
    }
    let mut candidates = Vec::new();
    for p in (0..projects.len()).filter(|p| !initial.contains(p) && supports.approvals[*p] > 0) {
        if projects[p].cost > 0 {
            candidates.push(p);
        } else if satisfaction.of(0) > 0 {
            run.selected.push(p);
            run.fates[p] = Fate::ZeroCost;
        } else {
            run.fates[p] = Fate::FreeWithoutValue;
        }
    }
    let utility = |p: usize| BigInt::from(satisfaction.of(projects[p].cost));
    let mut denominator = per_voter.den().clone();
    let mut groups = vec![Group {
        budget: per_voter.num().clone(),
        voters: (0..supports.voters.len() as u32).collect(),
        counts: supports.approvals.iter().map(|&a| a as u32).collect(),
    }];
    // Lower bounds of each candidate's price: budgets only shrink, so prices only grow.
    let mut price_bound: Vec<Option<Fraction>> = vec![None; projects.len()];
    for &p in &candidates {
        let total = BigInt::from(supports.approvals[p]) * utility(p);
        price_bound[p] = Some(Fraction::new(projects[p].cost.into(), total));
    }
    let mut spent: Vec<Vec<(usize, Fraction)>> = vec![Vec::new(); projects.len()];
    loop {
        if explain {
            mark_unaffordable(
                &mut candidates,
                &groups,
                &denominator,
                instance,
                &mut run,
                &mut spent,
            );
        }
        candidates.sort_by(|&a, &b| price_bound[a].cmp(&price_bound[b]));
        let mut best: Option<(Fraction, usize, BigInt, u64)> = None;
        let mut unaffordable = Vec::new();
        for &p in &candidates {
            if let Some((best_price, ..)) = &best
                && price_bound[p]
                    .as_ref()
                    .is_some_and(|bound| bound > best_price)
            {
                break;
            }
            let target = BigInt::from(projects[p].cost) * &denominator;
            let Some((share, rich)) = per_voter_share(&groups, p, &target) else {
                unaffordable.push(p);
                continue;
            };
            let price = Fraction::new(
                share.clone(),
                BigInt::from(rich) * utility(p) * &denominator,
            );
            price_bound[p] = Some(price.clone());
            let better = match &best {
                None => true,
                Some((best_price, best_p, ..)) => {
                    price < *best_price
                        || (price == *best_price && projects[p].id < projects[*best_p].id)
                }
            };
            if better {
                best = Some((price, p, share, rich));
            }
        }
        for &p in &unaffordable {
            let money = supporters_money(&groups, p);
            let spent_on = std::mem::take(&mut spent[p]);
            run.fates[p] = ran_out(money, &denominator, run.rounds.len(), spent_on);
        }
        candidates.retain(|p| !unaffordable.contains(p));
        let Some((price, funded, share, rich)) = best else {
            return run;
        };
        // Make the share each supporter pays a whole number over the common denominator.
        let rich = BigInt::from(rich);
        let divisor = share.gcd(&rich);
        let scale = &rich / &divisor;
        let share = &share / &divisor;
        if scale != BigInt::from(1) {
            denominator *= &scale;
            for group in &mut groups {
                group.budget *= &scale;
            }
        }
        let payments = pay(&mut groups, supports, funded, &share);
        if explain {
            for (group, amount) in &payments {
                for &p in &candidates {
                    let count = groups[*group].counts[p];
                    if count > 0 && p != funded {
                        let total = amount * BigInt::from(count);
                        add_spent(
                            &mut spent[p],
                            funded,
                            Fraction::new(total, denominator.clone()),
                        );
                    }
                }
            }
        }
        // Amounts share the common denominator, so equal numerators are equal amounts.
        let mut by_amount: BTreeMap<&BigInt, u64> = BTreeMap::new();
        for (group, amount) in &payments {
            *by_amount.entry(amount).or_default() += groups[*group].voters.len() as u64;
        }
        let grouped: Vec<Payment> = by_amount
            .into_iter()
            .rev()
            .map(|(amount, voters)| Payment {
                voters,
                amount: Fraction::new(amount.clone(), denominator.clone()),
            })
            .collect();
        merge_equal_budgets(&mut groups);
        run.rounds.push(Round {
            project: funded,
            price,
            payments: grouped,
        });
        run.selected.push(funded);
        run.fates[funded] = Fate::Funded {
            round: run.rounds.len(),
        };
        candidates.retain(|&p| p != funded);
    }
}

/// The smallest equal payment per supporter of `project` (numerator over the common denominator, as
/// `share / rich`) with which its supporters cover `target`; those with less pay all they have.
/// `None` when all its supporters' money is not enough. Groups are sorted by budget.
fn per_voter_share(groups: &[Group], project: usize, target: &BigInt) -> Option<(BigInt, u64)> {
    let mut rich: u64 = groups.iter().map(|g| u64::from(g.counts[project])).sum();
    let mut paid = BigInt::from(0);
    for group in groups.iter().filter(|g| g.counts[project] > 0) {
        let share = target - &paid;
        if share <= &group.budget * BigInt::from(rich) {
            return Some((share, rich));
        }
        let count = u64::from(group.counts[project]);
        paid += &group.budget * BigInt::from(count);
        rich -= count;
    }
    None
}

/// Total money left to the supporters of `project` (numerator over the common denominator).
fn supporters_money(groups: &[Group], project: usize) -> BigInt {
    groups
        .iter()
        .filter(|g| g.counts[project] > 0)
        .map(|g| &g.budget * BigInt::from(g.counts[project]))
        .sum()
}

/// Charges every supporter of `funded` `share` (or all it has left); supporters are split off into groups
/// of their own. Returns, per paying group, the amount each of its voters paid.
fn pay(
    groups: &mut Vec<Group>,
    supports: &Supports,
    funded: usize,
    share: &BigInt,
) -> Vec<(usize, BigInt)> {
    let mut payments = Vec::new();
    for index in 0..groups.len() {
        let group = &mut groups[index];
        let count = group.counts[funded] as usize;
        if count == 0 {
            continue;
        }
        let amount = share.min(&group.budget).clone();
        if count == group.voters.len() {
            group.budget -= &amount;
            payments.push((index, amount));
            continue;
        }
        let (payers, others): (Vec<u32>, Vec<u32>) = group
            .voters
            .iter()
            .partition(|&&v| supports.supports(v as usize, funded as u32));
        let mut counts = vec![0u32; group.counts.len()];
        for &voter in &payers {
            for &p in &supports.voters[voter as usize] {
                counts[p as usize] += 1;
            }
        }
        for (total, part) in group.counts.iter_mut().zip(&counts) {
            *total -= part;
        }
        group.voters = others;
        let budget = &group.budget - &amount;
        groups.push(Group {
            budget,
            voters: payers,
            counts,
        });
        payments.push((groups.len() - 1, amount));
    }
    payments
}

/// Sorts groups by budget and merges those with equal budgets.
fn merge_equal_budgets(groups: &mut Vec<Group>) {
    groups.sort_by(|a, b| a.budget.cmp(&b.budget));
    let mut merged: Vec<Group> = Vec::with_capacity(groups.len());
    for group in groups.drain(..) {
        match merged.last_mut() {
            Some(last) if last.budget == group.budget => {
                last.voters.extend(group.voters);
                for (total, part) in last.counts.iter_mut().zip(&group.counts) {
                    *total += part;
                }
            }
            _ => merged.push(group),
        }
    }
    *groups = merged;
}

/// Adds `amount` spent on `funded` to a losing project's list: one entry per funded project (its
/// supporters may pay for it from several groups), largest first.
fn add_spent(spent: &mut Vec<(usize, Fraction)>, funded: usize, amount: Fraction) {
    match spent.iter_mut().find(|(project, _)| *project == funded) {
        Some((_, total)) => {
            let num = total.num() * amount.den() + amount.num() * total.den();
            *total = Fraction::new(num, total.den() * amount.den());
        }
        None => spent.push((funded, amount)),
    }
    spent.sort_by(|a, b| b.1.cmp(&a.1));
}

/// Records (for explanations) the candidates whose supporters can no longer pay for them.
fn mark_unaffordable(
    candidates: &mut Vec<usize>,
    groups: &[Group],
    denominator: &BigInt,
    instance: &Instance,
    run: &mut EqualSharesRun,
    spent: &mut [Vec<(usize, Fraction)>],
) {
    candidates.retain(|&p| {
        let money = supporters_money(groups, p);
        if money >= BigInt::from(instance.projects[p].cost) * denominator {
            return true;
        }
        let spent_on = std::mem::take(&mut spent[p]);
        run.fates[p] = ran_out(money, denominator, run.rounds.len(), spent_on);
        false
    });
}

/// The fate of a project whose supporters have only `money` (over `denominator`) left after `rounds_done`.
fn ran_out(
    money: BigInt,
    denominator: &BigInt,
    rounds_done: usize,
    spent_on: Vec<(usize, Fraction)>,
) -> Fate {
    Fate::Unaffordable {
        after_round: rounds_done,
        supporters_money: Fraction::new(money, denominator.clone()),
        spent_on,
    }
}
