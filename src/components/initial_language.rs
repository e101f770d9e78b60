//! Applies the starting language: `?lang=` (remembered for next visits, except in an embed), else
//! the saved choice.
use crate::embed::mode::use_embedding;
use crate::i18n::*;
use crate::language::{
    initial_language, parse_language, query_language, remember_language, saved_language,
};
use leptos::prelude::*;

/// Invisible component placed first inside the i18n provider. The choice is applied in an effect
/// so that it runs after the provider's own first effect (which applies the browser's languages).
#[component]
pub fn InitialLanguage() -> impl IntoView {
    let i18n = use_i18n();
    let search = window().location().search().unwrap_or_default();
    let from_query = query_language(&search);
    let start = initial_language(from_query.as_deref(), saved_language().as_deref());
    // An embed takes the host page's language each time; it is not the visitor's own choice.
    let embedded = use_embedding().0.is_some();
    let remember = from_query
        .as_deref()
        .and_then(parse_language)
        .filter(|_| !embedded);
    Effect::new(move |_| {
        if let Some(locale) = start {
            i18n.set_locale(locale);
        }
        if let Some(locale) = remember {
            remember_language(locale);
        }
    });
}
