//! Every locale file has exactly the keys of the default (French) file, each plural key with the
//! forms its language needs (six in Arabic), and no empty text.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

const LANGUAGES: [&str; 4] = ["fr", "ar", "zgh-Tfng", "en"];

fn load(language: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{language}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Dotted paths of every leaf, with the leaf's value.
fn leaves(value: &Value, prefix: &str, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                leaves(child, &path, out);
            }
        }
        leaf => out.push((prefix.to_owned(), leaf.clone())),
    }
}

/// The CLDR plural forms each language uses, as key suffixes. Tamazight uses only "other", but
/// the i18n build sees a plural only with two forms, so it keeps a "one" that is never chosen.
fn plural_forms(language: &str) -> &'static [&'static str] {
    match language {
        "ar" => &["few", "many", "one", "other", "two", "zero"],
        _ => &["one", "other"],
    }
}

/// Keys with plural forms folded into one entry (`items_one`, `items_other` → `items[plural]`),
/// after checking that each such key has exactly the language's forms.
fn keys(language: &str) -> BTreeSet<String> {
    let mut out = Vec::new();
    leaves(&load(language), "", &mut out);
    let all: BTreeSet<String> = out.into_iter().map(|(key, _)| key).collect();
    let plural_base = |key: &str| {
        let (base, form) = key.rsplit_once('_')?;
        let is_form = ["zero", "one", "two", "few", "many", "other"].contains(&form);
        (is_form && all.contains(&format!("{base}_other"))).then(|| base.to_owned())
    };
    let mut folded = BTreeSet::new();
    for key in &all {
        match plural_base(key) {
            Some(base) => {
                let forms: Vec<&str> = plural_forms(language)
                    .iter()
                    .copied()
                    .filter(|form| all.contains(&format!("{base}_{form}")))
                    .collect();
                let given = all
                    .iter()
                    .filter(|k| plural_base(k).as_deref() == Some(&base))
                    .count();
                assert!(
                    forms.len() == plural_forms(language).len() && given == forms.len(),
                    "{language}: {base} has {given} plural forms, the language needs {:?}",
                    plural_forms(language)
                );
                folded.insert(format!("{base}[plural]"));
            }
            None => {
                folded.insert(key.clone());
            }
        }
    }
    folded
}

#[test]
fn all_four_locale_files_have_the_same_keys() {
    let reference = keys("fr");
    assert!(
        reference.len() > 40,
        "only {} keys in fr.json",
        reference.len()
    );
    for language in LANGUAGES {
        let found = keys(language);
        let missing: Vec<_> = reference.difference(&found).collect();
        let extra: Vec<_> = found.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{language}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// Whether a text is only punctuation and placeholders (`{{ field }}: {{ problem }}`, `, `).
fn no_letters(text: &str) -> bool {
    let mut rest = text;
    let mut outside = String::new();
    while let Some(start) = rest.find("{{") {
        outside.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("}}")
            .map_or("", |(_, after)| after);
    }
    outside.push_str(rest);
    !outside.chars().any(char::is_alphabetic)
}

#[test]
fn no_text_is_empty_and_scripts_match_the_language() {
    for language in LANGUAGES {
        let mut out = Vec::new();
        leaves(&load(language), "", &mut out);
        for (key, value) in out {
            let text = value
                .as_str()
                .unwrap_or_else(|| panic!("{language}: {key} is not text"));
            assert!(!text.trim().is_empty(), "{language}: {key} is empty");
            if key.starts_with("language.") || key == "region_name" || no_letters(text) {
                continue;
            }
            let in_range =
                |range: std::ops::RangeInclusive<char>| text.chars().any(|c| range.contains(&c));
            match language {
                "ar" => assert!(
                    in_range('\u{0600}'..='\u{06FF}'),
                    "ar: {key} has no Arabic letter: {text}"
                ),
                "zgh-Tfng" => assert!(
                    in_range('\u{2D30}'..='\u{2D7F}'),
                    "zgh-Tfng: {key} has no Tifinagh letter: {text}"
                ),
                _ => {}
            }
        }
    }
}

/// Words of a singular "you" (possessive `ـك`, imperatives) that Arabic texts must not use: the
/// app addresses its readers in the plural (`ـكم`, `اختاروا`) throughout.
const ARABIC_SINGULAR_ADDRESS: [&str; 13] = [
    "صوتك",
    "لإقليمك",
    "تصويتك",
    "وصلك",
    "مقترحك",
    "رمزك",
    "دوِّن",
    "المس",
    "اقترح",
    "جهّز",
    "أرسل",
    "اختر",
    "اضغط",
];

#[test]
fn arabic_addresses_its_readers_in_the_plural_and_writes_lists_with_the_arabic_comma() {
    let mut texts = Vec::new();
    leaves(&load("ar"), "", &mut texts);
    for (key, value) in texts {
        let text = value.as_str().unwrap_or_default().to_owned();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || "،؛:.!؟()\"".contains(c))
            .collect();
        for word in ARABIC_SINGULAR_ADDRESS {
            assert!(
                !words.contains(&word),
                "{key}: singular address `{word}` in {text}"
            );
        }
        let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == ',' {
                let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
                let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                assert!(
                    !(before.is_some_and(|c| arabic(*c)) || after.is_some_and(|c| arabic(*c))),
                    "{key}: Latin comma between Arabic words in {text}"
                );
            }
        }
    }
}
