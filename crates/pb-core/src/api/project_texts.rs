//! A project's name and description in the other languages of the app.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The languages a project's texts may be given in, as the app names them.
pub const TEXT_LANGUAGES: [&str; 4] = ["ar", "fr", "zgh-Tfng", "en"];

/// The name and description of a project in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectTexts {
    /// Name in this language.
    pub name: String,
    /// Description in this language; empty when it is not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The name given in `language` among `translations`, else `default`.
pub fn name_in<'a>(
    translations: &'a BTreeMap<String, ProjectTexts>,
    language: &str,
    default: &'a str,
) -> &'a str {
    match translations.get(language) {
        Some(texts) if !texts.name.trim().is_empty() => &texts.name,
        _ => default,
    }
}

/// The description given in `language` among `translations`, else `default`.
pub fn description_in<'a>(
    translations: &'a BTreeMap<String, ProjectTexts>,
    language: &str,
    default: &'a str,
) -> &'a str {
    match translations.get(language) {
        Some(texts) if !texts.description.trim().is_empty() => &texts.description,
        _ => default,
    }
}

/// The pabulib column holding a project's `field` (`name` or `description`) in `language`,
/// e.g. `name_ar` or `description_zgh-Tfng`.
pub fn text_column(field: &str, language: &str) -> String {
    format!("{field}_{language}")
}
