//! Embed mode: the app inside a host page's iframe (`?embed=1`, as `embed.js` opens it) shows
//! no site header, navigation or footer, and the language switcher only with `switcher=1`. It is
//! read from the address the iframe opened, and kept while the visitor moves between pages.
use super::theme::{THEME_SETTINGS, Theme, ThemeProblem};
use leptos::prelude::*;

/// How the embedded app presents itself.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedMode {
    /// Whether the language switcher stays visible.
    pub language_switcher: bool,
    /// Name of a theme file (`themes/NAME.json`), if one was asked for.
    pub theme_file: Option<String>,
    /// Theme settings given in the address, by name, as typed (checked by `theme_with`).
    pub theme_values: Vec<(String, String)>,
}

impl EmbedMode {
    /// The checked theme: the address's settings over the theme file's (`file_values`).
    pub fn theme_with(&self, file_values: &[(String, String)]) -> (Theme, Vec<ThemeProblem>) {
        let find = |values: &[(String, String)], name: &str| {
            values
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        };
        Theme::read(|name| find(&self.theme_values, name).or_else(|| find(file_values, name)))
    }
}

/// Whether the app runs embedded: `Some` inside a host page, provided at the root.
#[derive(Debug, Clone, PartialEq)]
pub struct Embedding(pub Option<EmbedMode>);

/// Reads embed mode from a query string such as `?embed=1&switcher=1&brand=%231d3f8a`.
pub fn embed_mode_of(search: &str) -> Option<EmbedMode> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
    let value_of = |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let yes = |name: &str| value_of(name).is_some_and(|value| value == "1" || value == "true");
    if !yes("embed") {
        return None;
    }
    let theme_values = THEME_SETTINGS
        .iter()
        .filter_map(|name| Some(((*name).to_owned(), value_of(name)?)))
        .collect();
    Some(EmbedMode {
        language_switcher: yes("switcher"),
        theme_file: value_of("theme").filter(|name| is_theme_name(name)),
        theme_values,
    })
}

/// A theme file name: 1–40 lower-case letters, digits and hyphens (so it names a file in
/// `themes/` and nothing else).
pub fn is_theme_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// Reads embed mode from the address the app was opened at and provides it to every page.
pub fn provide_embedding() -> Embedding {
    let search = window().location().search().unwrap_or_default();
    let embedding = Embedding(embed_mode_of(&search));
    provide_context(embedding.clone());
    embedding
}

/// Whether the app runs embedded, and how.
pub fn use_embedding() -> Embedding {
    use_context::<Embedding>().unwrap_or(Embedding(None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_mode_needs_the_embed_parameter() {
        assert_eq!(embed_mode_of("?lang=ar"), None);
        assert_eq!(embed_mode_of("?embed=0"), None);
        let mode = embed_mode_of("?embed=1&lang=ar").unwrap();
        assert!(!mode.language_switcher);
        assert!(
            embed_mode_of("embed=true&switcher=1")
                .unwrap()
                .language_switcher
        );
    }

    #[test]
    fn reads_the_theme_and_its_file_name() {
        let mode = embed_mode_of("?embed=1&brand=%231d3f8a&theme=region&font=serif").unwrap();
        let (theme, problems) = mode.theme_with(&[]);
        assert!(problems.is_empty());
        assert_eq!(theme.brand.map(|c| c.hex()), Some("#1d3f8a".into()));
        assert_eq!(theme.font.as_deref(), Some("serif"));
        assert_eq!(mode.theme_file.as_deref(), Some("region"));
        let mode = embed_mode_of("?embed=1&theme=../secret&brand=nope").unwrap();
        assert_eq!(mode.theme_file, None);
        assert_eq!(
            mode.theme_with(&[]).1,
            vec![ThemeProblem::NotAColour("brand")]
        );
    }

    #[test]
    fn the_address_wins_over_the_theme_file() {
        let mode = embed_mode_of("?embed=1&brand=1d3f8a").unwrap();
        let file = [
            ("brand".to_owned(), "#000000".to_owned()),
            ("font".to_owned(), "serif".to_owned()),
        ];
        let (theme, _) = mode.theme_with(&file);
        assert_eq!(theme.brand.map(|c| c.hex()), Some("#1d3f8a".into()));
        assert_eq!(theme.font.as_deref(), Some("serif"));
    }

    #[test]
    fn theme_names_are_plain_file_names() {
        assert!(is_theme_name("region-2026"));
        for name in ["", "Region", "a/b", "..", "a.json", &"a".repeat(41)] {
            assert!(!is_theme_name(name), "{name}");
        }
    }
}
