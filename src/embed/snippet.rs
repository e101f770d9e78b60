//! The snippet a web editor pastes into the region's site: a plain link to the chosen view
//! (what visitors without JavaScript get) that `embed.js` turns into a self-sizing iframe.

/// The five provinces, by the key the budget data and the addresses use.
pub const PROVINCE_KEYS: [&str; 5] = [
    "beni-mellal",
    "azilal",
    "fquih-ben-salah",
    "khenifra",
    "khouribga",
];

/// The part of the app an embed opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedView {
    /// The budget explorer, whole region.
    Budget,
    /// The budget explorer narrowed to one province (its key).
    Province(String),
    /// The list of projects.
    Projects,
    /// The proposal form.
    Propose,
    /// The ballot.
    Ballot,
    /// The results.
    Results,
}

impl EmbedView {
    /// The app route with its query, e.g. `/budget?province=azilal`.
    pub fn route(&self) -> String {
        match self {
            EmbedView::Budget => "/budget".to_owned(),
            EmbedView::Province(key) => format!("/budget?province={}", encoded(key)),
            EmbedView::Projects => "/projects".to_owned(),
            EmbedView::Propose => "/propose".to_owned(),
            EmbedView::Ballot => "/vote".to_owned(),
            EmbedView::Results => "/results".to_owned(),
        }
    }
}

/// Everything the editor chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    /// Where the embed opens.
    pub view: EmbedView,
    /// The host page's language (`ar`, `fr`, `zgh-Tfng`, `en`); `None` lets the visitor's
    /// browser choose.
    pub language: Option<String>,
    /// Whether visitors may switch the language inside the embed.
    pub language_switcher: bool,
    /// Theme settings (`brand`, `text`, `background`, `font`) with their values.
    pub theme: Vec<(String, String)>,
    /// The link's text, which also becomes the iframe's title for screen readers.
    pub title: String,
}

/// The address the snippet links to: `app_root` (origin and base path, e.g.
/// `https://budget.region.ma/bmk`) + the view's route + the choices as query parameters.
pub fn embed_address(app_root: &str, choice: &EmbedChoice) -> String {
    let route = choice.view.route();
    let mut parameters = Vec::new();
    if let Some(language) = &choice.language {
        parameters.push(format!("lang={}", encoded(language)));
    }
    if choice.language_switcher {
        parameters.push("switcher=1".to_owned());
    }
    for (name, value) in &choice.theme {
        parameters.push(format!("{}={}", encoded(name), encoded(value)));
    }
    let separator = if route.contains('?') { '&' } else { '?' };
    let query = if parameters.is_empty() {
        String::new()
    } else {
        format!("{separator}{}", parameters.join("&"))
    };
    format!("{}{route}{query}", app_root.trim_end_matches('/'))
}

/// The HTML to paste: the link and the script that turns it into the embed.
pub fn snippet(app_root: &str, choice: &EmbedChoice) -> String {
    format!(
        "<a data-bmk-embed href=\"{}\">{}</a>\n<script src=\"{}/embed.js\" async></script>",
        escaped(&embed_address(app_root, choice)),
        escaped(&choice.title),
        escaped(app_root.trim_end_matches('/')),
    )
}

/// A query parameter value, percent-encoded.
fn encoded(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// Text made safe inside HTML text and double-quoted attributes.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(view: EmbedView) -> EmbedChoice {
        EmbedChoice {
            view,
            language: None,
            language_switcher: false,
            theme: Vec::new(),
            title: "Budget citoyen".into(),
        }
    }

    #[test]
    fn addresses_carry_the_view_language_and_theme() {
        let root = "https://budget.region.ma/bmk/";
        assert_eq!(
            embed_address(root, &choice(EmbedView::Budget)),
            "https://budget.region.ma/bmk/budget"
        );
        let mut chosen = choice(EmbedView::Province("azilal".into()));
        chosen.language = Some("zgh-Tfng".into());
        chosen.language_switcher = true;
        chosen.theme = vec![
            ("brand".into(), "#1d3f8a".into()),
            ("font".into(), "Noto Sans".into()),
        ];
        assert_eq!(
            embed_address(root, &chosen),
            "https://budget.region.ma/bmk/budget?province=azilal&lang=zgh-Tfng&switcher=1\
             &brand=%231d3f8a&font=Noto+Sans"
        );
        assert_eq!(
            embed_address("https://b.ma", &choice(EmbedView::Ballot)),
            "https://b.ma/vote"
        );
    }

    #[test]
    fn the_snippet_is_a_link_and_the_script_with_every_text_escaped() {
        let mut chosen = choice(EmbedView::Results);
        chosen.title = "Résultats <b>\"2026\"</b> & suite".into();
        let html = snippet("https://b.ma", &chosen);
        assert_eq!(
            html,
            "<a data-bmk-embed href=\"https://b.ma/results\">Résultats &lt;b&gt;&quot;2026&quot;\
             &lt;/b&gt; &amp; suite</a>\n<script src=\"https://b.ma/embed.js\" async></script>"
        );
    }
}
