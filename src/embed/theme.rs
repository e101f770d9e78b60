//! A host page's theme (`brand`, `text`, `background`, `font`): every value is checked before it
//! becomes a CSS custom property, so no text of the host reaches the style sheet, and a colour
//! that would make text unreadable (below WCAG's 4.5:1) is not used.
use super::colour::Colour;

/// The theme's settings, by their query parameter (and theme file key).
pub const THEME_SETTINGS: [&str; 4] = ["brand", "text", "background", "font"];

/// Contrast every pair of text and background colours must reach (WCAG 2.1 AA, normal text).
pub const MINIMUM_CONTRAST: f64 = 4.5;

/// Every CSS custom property a theme may set (`Theme::custom_properties` sets only these).
pub const THEMED_PROPERTIES: [&str; 5] = [
    "--color-brand",
    "--color-brand-dark",
    "--color-text",
    "--color-background",
    "--font-body",
];

/// Longest font family name accepted.
const MAX_FAMILY_CHARS: usize = 40;

/// Most font families in one `font` setting.
const MAX_FAMILIES: usize = 4;

const DEFAULT_BRAND: Colour = Colour::rgb(0x0b, 0x5d, 0x4b);
const DEFAULT_TEXT: Colour = Colour::rgb(0x1b, 0x1f, 0x1d);
const DEFAULT_BACKGROUND: Colour = Colour::rgb(0xf5, 0xf4, 0xef);
const SURFACE: Colour = Colour::rgb(0xff, 0xff, 0xff);

/// Generic font families, written without quotes.
const GENERIC_FAMILIES: [&str; 6] = [
    "serif",
    "sans-serif",
    "system-ui",
    "monospace",
    "ui-serif",
    "ui-sans-serif",
];

/// The app's own font stack, kept after the host's families so Arabic and Tifinagh still render.
const FALLBACK_FONTS: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \
                              \"Noto Sans Arabic\", \"Noto Sans Tifinagh\", \"Ebrima\", \"Tahoma\", sans-serif";

/// The checked theme: only the settings that passed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
    /// Links, buttons and the header (white text on it).
    pub brand: Option<Colour>,
    /// Body text.
    pub text: Option<Colour>,
    /// Page background.
    pub background: Option<Colour>,
    /// Font families, quoted where needed, without the fallback stack.
    pub font: Option<String>,
}

/// Why a setting was not used.
#[derive(Debug, Clone, PartialEq)]
pub enum ThemeProblem {
    /// Not a `#rgb` or `#rrggbb` colour.
    NotAColour(&'static str),
    /// Not a list of up to four font family names (letters, digits, spaces, hyphens).
    NotAFont,
    /// The colour would leave too little contrast (the ratio it would have).
    TooLittleContrast(&'static str, f64),
}

impl Theme {
    /// Reads and checks the settings `value_of` gives (by setting name); also says which were
    /// refused and why.
    pub fn read(value_of: impl Fn(&str) -> Option<String>) -> (Theme, Vec<ThemeProblem>) {
        let mut problems = Vec::new();
        let mut colour = |setting: &'static str| {
            let text = value_of(setting).filter(|text| !text.trim().is_empty())?;
            let parsed = Colour::parse(&text);
            if parsed.is_none() {
                problems.push(ThemeProblem::NotAColour(setting));
            }
            parsed
        };
        let mut theme = Theme {
            brand: colour("brand"),
            text: colour("text"),
            background: colour("background"),
            font: None,
        };
        if let Some(text) = value_of("font").filter(|text| !text.trim().is_empty()) {
            theme.font = font_families(&text);
            if theme.font.is_none() {
                problems.push(ThemeProblem::NotAFont);
            }
        }
        while let Some(problem) = theme.drop_a_low_contrast_colour() {
            problems.push(problem);
        }
        (theme, problems)
    }

    /// The CSS custom properties to set on the page, each with its checked value.
    pub fn custom_properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        if let Some(brand) = self.brand {
            properties.push(("--color-brand", brand.hex()));
            properties.push(("--color-brand-dark", brand.darkened(0.35).hex()));
        }
        if let Some(text) = self.text {
            properties.push(("--color-text", text.hex()));
        }
        if let Some(background) = self.background {
            properties.push(("--color-background", background.hex()));
        }
        if let Some(font) = &self.font {
            properties.push(("--font-body", format!("{font}, {FALLBACK_FONTS}")));
        }
        properties
    }

    /// Finds the first pair below the minimum contrast and drops the host's colour in it (the
    /// text colour first); the app's own colours always pass, so this ends.
    fn drop_a_low_contrast_colour(&mut self) -> Option<ThemeProblem> {
        let brand = self.brand.unwrap_or(DEFAULT_BRAND);
        let text = self.text.unwrap_or(DEFAULT_TEXT);
        let background = self.background.unwrap_or(DEFAULT_BACKGROUND);
        let pairs = [
            ("text", text, "background", background),
            ("text", text, "surface", SURFACE),
            ("brand", brand, "background", background),
            ("brand", brand, "surface", SURFACE),
        ];
        let (foreground, fore, ground, back) = pairs
            .into_iter()
            .find(|(_, fore, _, back)| fore.contrast_with(*back) < MINIMUM_CONTRAST)?;
        let ratio = fore.contrast_with(back);
        let dropped = match foreground {
            "text" if self.text.is_some() => "text",
            "brand" if self.brand.is_some() => "brand",
            _ if ground == "background" => "background",
            _ => return None,
        };
        match dropped {
            "text" => self.text = None,
            "brand" => self.brand = None,
            _ => self.background = None,
        }
        Some(ThemeProblem::TooLittleContrast(dropped, ratio))
    }
}

/// `Atkinson Hyperlegible, serif` as `"Atkinson Hyperlegible", serif`, or `None` when a name
/// holds anything but letters, digits, spaces and hyphens.
fn font_families(text: &str) -> Option<String> {
    let families: Vec<&str> = text.split(',').map(str::trim).collect();
    if families.len() > MAX_FAMILIES {
        return None;
    }
    let written = families
        .into_iter()
        .map(|family| {
            let allowed = |c: char| c.is_alphanumeric() || c == ' ' || c == '-';
            let fits = !family.is_empty()
                && family.chars().count() <= MAX_FAMILY_CHARS
                && family.chars().all(allowed);
            if !fits {
                None
            } else if GENERIC_FAMILIES.contains(&family) {
                Some(family.to_owned())
            } else {
                Some(format!("\"{family}\""))
            }
        })
        .collect::<Option<Vec<_>>>()?;
    Some(written.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Theme, Vec<ThemeProblem>) {
        Theme::read(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn readable_colours_and_fonts_become_custom_properties() {
        let (theme, problems) = read(&[
            ("brand", "#1d3f8a"),
            ("text", "000"),
            ("background", "#ffffff"),
            ("font", "Atkinson Hyperlegible, serif"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let properties = theme.custom_properties();
        assert!(properties.contains(&("--color-brand", "#1d3f8a".to_owned())));
        assert!(properties.contains(&("--color-text", "#000000".to_owned())));
        let font = &properties
            .iter()
            .find(|(name, _)| *name == "--font-body")
            .unwrap()
            .1;
        assert!(
            font.starts_with("\"Atkinson Hyperlegible\", serif, system-ui"),
            "{font}"
        );
        assert!(font.contains("Noto Sans Tifinagh"));
    }

    #[test]
    fn a_full_theme_sets_exactly_the_themed_properties() {
        let (theme, problems) = read(&[
            ("brand", "#1d3f8a"),
            ("text", "#000000"),
            ("background", "#ffffff"),
            ("font", "serif"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let names: Vec<&str> = theme
            .custom_properties()
            .iter()
            .map(|(name, _)| *name)
            .collect();
        assert_eq!(names, THEMED_PROPERTIES);
    }

    #[test]
    fn css_injection_attempts_are_refused() {
        let (theme, problems) = read(&[
            ("brand", "red;} body{display:none"),
            ("font", "x\"; } * { color: red"),
            ("text", "url(https://evil.example/x)"),
        ]);
        assert_eq!(theme, Theme::default());
        assert!(theme.custom_properties().is_empty());
        assert_eq!(
            problems,
            vec![
                ThemeProblem::NotAColour("brand"),
                ThemeProblem::NotAColour("text"),
                ThemeProblem::NotAFont
            ]
        );
    }

    #[test]
    fn unreadable_colours_are_dropped_with_their_ratio() {
        let (theme, problems) = read(&[("brand", "#ffeb3b")]);
        assert_eq!(theme.brand, None);
        assert!(
            matches!(problems[0], ThemeProblem::TooLittleContrast("brand", ratio) if ratio < 2.0)
        );
        // A dark background with the app's dark text: the background gives way.
        let (theme, problems) = read(&[("background", "#101010")]);
        assert_eq!(theme.background, None);
        assert!(matches!(
            problems[0],
            ThemeProblem::TooLittleContrast("background", _)
        ));
        // The host's own light text on it is then dropped first, then the background.
        let (theme, problems) = read(&[("background", "#101010"), ("text", "#eeeeee")]);
        assert_eq!((theme.text, theme.background), (None, None));
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn font_lists_are_bounded() {
        assert_eq!(font_families("a, b, c, d, e"), None);
        assert_eq!(font_families(&"x".repeat(41)), None);
        assert_eq!(
            font_families("Noto Naskh Arabic"),
            Some("\"Noto Naskh Arabic\"".into())
        );
        assert_eq!(font_families("serif,"), None);
    }
}
