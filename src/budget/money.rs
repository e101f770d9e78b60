//! Amounts and labels in the interface language: compact amounts with their unit words, whole
//! dirhams, percentages, and the names of dimension values.
use crate::i18n::*;
use pb_core::fiscal::{Dataset, Magnitude, NumberStyle};

/// How the interface language writes numbers.
pub fn number_style(locale: Locale) -> NumberStyle {
    NumberStyle::for_language(locale.as_str())
}

/// A short amount with its unit, e.g. `208,47 M MAD` or `208,47 مليون درهم`.
pub fn compact_amount(locale: Locale, centimes: i64) -> String {
    let compact = number_style(locale).compact(centimes);
    let unit = match compact.magnitude {
        Magnitude::Units => td_string!(locale, budget.unit_units),
        Magnitude::Millions => td_string!(locale, budget.unit_millions),
        Magnitude::Billions => td_string!(locale, budget.unit_billions),
    };
    unbroken(&format!("{} {unit}", compact.number))
}

/// `text` with no-break spaces: an amount and its unit stay on one line.
fn unbroken(text: &str) -> String {
    text.replace(' ', "\u{00A0}")
}

/// A difference as a short amount with an explicit sign: `+3,48 M MAD`, `-1,02 M MAD`.
pub fn signed_amount(locale: Locale, difference: i64) -> String {
    let amount = compact_amount(locale, difference);
    if difference > 0 {
        format!("+{amount}")
    } else {
        amount
    }
}

/// The change from `before` to `now` as a signed short amount and, when there is one, the
/// percentage: `+3,48 M MAD (+2,3 %)`.
pub fn change_amount(locale: Locale, before: i64, now: i64) -> String {
    let signed = signed_amount(locale, now - before);
    match number_style(locale).percent_change(before, now) {
        Some(percent) => format!("{signed} ({percent})"),
        None => signed,
    }
}

/// A full amount in dirhams and centimes with its unit, e.g. `306,04 MAD`.
pub fn exact_amount(locale: Locale, centimes: i64) -> String {
    unbroken(&format!(
        "{} {}",
        number_style(locale).dirhams_and_centimes(centimes),
        td_string!(locale, budget.unit_units)
    ))
}

/// The name of a dimension value in the interface language: the package's own label
/// (`label_<language>`), else its French label, else a fixed word, else the key itself.
pub fn value_label(dataset: &Dataset, dimension: &str, key: &str, locale: Locale) -> String {
    let own = format!("label_{}", locale.as_str());
    dataset
        .label(dimension, key, &own)
        .or_else(|| dataset.label(dimension, key, "label_fr"))
        .map(str::to_owned)
        .or_else(|| fixed_word(key, locale).map(str::to_owned))
        .unwrap_or_else(|| key.to_owned())
}

/// Words of the fiscal model that the package does not label: direction and economic nature.
fn fixed_word(key: &str, locale: Locale) -> Option<&'static str> {
    Some(match key {
        "revenue" => td_string!(locale, budget.revenue),
        "expenditure" => td_string!(locale, budget.expenditure),
        "operating" => td_string!(locale, budget.operating),
        "investment" => td_string!(locale, budget.investment),
        _ => return None,
    })
}
