//! Drop-down list of the four interface languages, each named in its own language.
use crate::i18n::*;
use crate::language::{parse_language, remember_language};
use leptos::prelude::*;

/// Language chooser; changing it switches the whole interface at once and is remembered.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |event| {
        if let Some(locale) = parse_language(&event_target_value(&event)) {
            i18n.set_locale(locale);
            remember_language(locale);
        }
    };
    let option = move |locale: Locale, name: &'static str| {
        view! {
            <option
                value=locale.as_str()
                lang=locale.as_str()
                selected=move || i18n.get_locale() == locale
            >
                {name}
            </option>
        }
    };
    view! {
        <div class="language-switcher">
            <label for="language-select">{t!(i18n, language.label)}</label>
            <select
                id="language-select"
                on:change=on_change
                prop:value=move || i18n.get_locale().as_str()
            >
                {option(Locale::ar, td_string!(Locale::ar, language.ar))}
                {option(Locale::fr, td_string!(Locale::fr, language.fr))}
                {option(Locale::zgh_Tfng, td_string!(Locale::zgh_Tfng, language.zgh_tfng))}
                {option(Locale::en, td_string!(Locale::en, language.en))}
            </select>
        </div>
    }
}
