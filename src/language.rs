//! Choice of the interface language: from `?lang=`, else the saved choice, else the browser's.
use crate::browser_storage::{Kept, load_text, save_text};
use crate::i18n::Locale;
use leptos_i18n::Locale as _;
use std::str::FromStr;

/// Key under which the chosen language is saved in localStorage.
pub const STORAGE_KEY: &str = "bmk.lang";

/// Picks the language to start with: a valid `?lang=` wins over a valid saved choice.
pub fn initial_language(query_lang: Option<&str>, saved_lang: Option<&str>) -> Option<Locale> {
    query_lang
        .and_then(parse_language)
        .or_else(|| saved_lang.and_then(parse_language))
}

/// Reads a language tag such as `ar`, `zgh-Tfng` or `FR` (case-insensitive); unknown tags give `None`.
pub fn parse_language(tag: &str) -> Option<Locale> {
    let tag = tag.trim();
    Locale::get_all()
        .iter()
        .copied()
        .find(|locale| locale.as_str().eq_ignore_ascii_case(tag))
        .or_else(|| Locale::from_str(tag).ok())
}

/// The value of the `lang` parameter in a URL query string such as `?lang=ar&x=1`.
pub fn query_language(search: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(search)
        .ok()?
        .get("lang")
}

/// The language saved by an earlier visit, if storage is available.
pub fn saved_language() -> Option<String> {
    load_text(Kept::OnDevice, STORAGE_KEY)
}

/// Saves an explicit choice for the next visits; a full or disabled storage only loses the preference.
pub fn remember_language(locale: Locale) {
    save_text(Kept::OnDevice, STORAGE_KEY, locale.as_str());
}
