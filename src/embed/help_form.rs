//! The `/embed-help` generator: the editor chooses the view, the language and the theme, checks
//! that their site is allowed, and gets the snippet to paste with a live preview of it.
use super::allowed_origins::allowed_origins;
use super::preview::EmbedPreview;
use super::snippet::{EmbedChoice, EmbedView, PROVINCE_KEYS, embed_address, snippet};
use super::theme::{Theme, ThemeProblem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::field::Field;
use crate::i18n::*;
use crate::labels::{localized, province_choices, province_label};
use crate::language::parse_language;
use crate::site_path::base_path;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::parse_origin;
use wasm_bindgen_futures::JsFuture;

/// The views an embed can open on, by the value of the chooser.
const VIEWS: [&str; 6] = [
    "budget", "province", "projects", "propose", "vote", "results",
];

/// The form, the snippet with its copy button, and the preview.
#[component]
pub fn EmbedHelpForm() -> impl IntoView {
    let i18n = use_i18n();
    let view_kind = RwSignal::new("budget".to_owned());
    let province = RwSignal::new(PROVINCE_KEYS[0].to_owned());
    let language = RwSignal::new(String::new());
    let switcher = RwSignal::new(false);
    let own_colours = RwSignal::new(false);
    let brand = RwSignal::new("#0b5d4b".to_owned());
    let text = RwSignal::new("#1b1f1d".to_owned());
    let background = RwSignal::new("#f5f4ef".to_owned());
    let font = RwSignal::new(String::new());
    let checked_theme = Memo::new(move |_| {
        Theme::read(|name| match name {
            "brand" | "text" | "background" if !own_colours.get() => None,
            "brand" => Some(brand.get()),
            "text" => Some(text.get()),
            "background" => Some(background.get()),
            "font" => Some(font.get()),
            _ => None,
        })
    });
    let choice = Memo::new(move |_| {
        let view = match view_kind.get().as_str() {
            "province" => EmbedView::Province(province.get()),
            "projects" => EmbedView::Projects,
            "propose" => EmbedView::Propose,
            "vote" => EmbedView::Ballot,
            "results" => EmbedView::Results,
            _ => EmbedView::Budget,
        };
        let chosen_language = parse_language(&language.get());
        let title_locale = chosen_language.unwrap_or_else(|| i18n.get_locale());
        let title = format!(
            "{} — {}",
            view_name(title_locale, &view),
            td_string!(title_locale, app_name)
        );
        EmbedChoice {
            view,
            language: chosen_language.map(|locale| locale.as_str().to_owned()),
            language_switcher: switcher.get(),
            theme: checked_theme.with(|(theme, _)| theme_values(theme, &font.get())),
            title,
        }
    });
    let app_root = format!(
        "{}{}",
        window().location().origin().unwrap_or_default(),
        base_path()
    );
    let root = app_root.clone();
    let code = Memo::new(move |_| choice.with(|choice| snippet(&root, choice)));
    let root = app_root.clone();
    let address = Signal::derive(move || choice.with(|choice| embed_address(&root, choice)));
    let title = Signal::derive(move || choice.with(|choice| choice.title.clone()));
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let written = window()
            .navigator()
            .clipboard()
            .write_text(&code.get_untracked());
        spawn_local(async move {
            copied.set(Some(JsFuture::from(written).await.is_ok()));
        });
    };
    Effect::new(move || {
        code.track();
        copied.set(None);
    });
    let view_choices = Signal::derive(move || {
        let locale = i18n.get_locale();
        VIEWS
            .iter()
            .map(|value| (value.to_string(), view_label(locale, value).to_owned()))
            .collect::<Vec<_>>()
    });
    let province_choices =
        Signal::derive(move || province_choices(i18n.get_locale(), &PROVINCE_KEYS));
    let language_choices = Signal::derive(move || {
        let locale = i18n.get_locale();
        [
            ("", td_string!(locale, embed_help.language_visitor)),
            ("ar", td_string!(Locale::ar, language.ar)),
            ("fr", td_string!(Locale::fr, language.fr)),
            ("zgh-Tfng", td_string!(Locale::zgh_Tfng, language.zgh_tfng)),
            ("en", td_string!(Locale::en, language.en)),
        ]
        .map(|(value, name)| (value.to_owned(), name.to_owned()))
        .to_vec()
    });
    let colour_field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <Field id label>
                <input
                    type="color"
                    prop:value=move || value.get()
                    on:change=move |event| value.set(event_target_value(&event))
                />
            </Field>
        }
    };
    let problems = move || {
        let locale = i18n.get_locale();
        checked_theme.with(|(_, problems)| {
            problems
                .iter()
                .map(|problem| view! { <li>{problem_text(locale, problem)}</li> })
                .collect_view()
        })
    };
    view! {
        <form class="embed-form" on:submit=|event| event.prevent_default()>
            <Field id="embed-view" label=localized(|l| td_string!(l, embed_help.view_label))>
                <ChoiceSelect
                    choices=view_choices
                    value=view_kind
                    on_pick=move |kind| view_kind.set(kind)
                />
            </Field>
            <Show when=move || view_kind.get() == "province">
                <Field
                    id="embed-province"
                    label=localized(|l| td_string!(l, embed_help.province_label))
                >
                    <ChoiceSelect
                        choices=province_choices
                        value=province
                        on_pick=move |key| province.set(key)
                    />
                </Field>
            </Show>
            <Field
                id="embed-language"
                label=localized(|l| td_string!(l, embed_help.language_label))
            >
                <ChoiceSelect
                    choices=language_choices
                    value=language
                    on_pick=move |tag| language.set(tag)
                />
            </Field>
            <div class="field field--check">
                <input
                    id="embed-switcher"
                    type="checkbox"
                    prop:checked=move || switcher.get()
                    on:change=move |event| switcher.set(event_target_checked(&event))
                />
                <label for="embed-switcher">
                    {move || td_string!(i18n.get_locale(), embed_help.switcher)}
                </label>
            </div>
            <fieldset class="embed-theme">
                <legend>{move || td_string!(i18n.get_locale(), embed_help.theme_legend)}</legend>
                <div class="field field--check">
                    <input
                        id="embed-own-colours"
                        type="checkbox"
                        prop:checked=move || own_colours.get()
                        on:change=move |event| own_colours.set(event_target_checked(&event))
                    />
                    <label for="embed-own-colours">
                        {move || td_string!(i18n.get_locale(), embed_help.own_colours)}
                    </label>
                </div>
                <Show when=move || {
                    own_colours.get()
                }>
                    {move || {
                        let locale = i18n.get_locale();
                        view! {
                            {colour_field(
                                "embed-brand",
                                td_string!(locale, embed_help.brand),
                                brand,
                            )}
                            {colour_field("embed-text", td_string!(locale, embed_help.text), text)}
                            {colour_field(
                                "embed-background",
                                td_string!(locale, embed_help.background),
                                background,
                            )}
                        }
                    }}
                </Show>
                <Field
                    id="embed-font"
                    label=localized(|l| td_string!(l, embed_help.font))
                    help=localized(|l| td_string!(l, embed_help.font_help))
                >
                    <input
                        type="text"
                        autocomplete="off"
                        prop:value=move || font.get()
                        on:change=move |event| font.set(event_target_value(&event))
                    />
                </Field>
                <ul class="embed-problems" id="embed-problems" role="status">
                    {problems}
                </ul>
            </fieldset>
        </form>
        <AllowedSites />
        <h2 id="embed-code-title">
            {move || td_string!(i18n.get_locale(), embed_help.code_title)}
        </h2>
        <p>{move || td_string!(i18n.get_locale(), embed_help.code_help)}</p>
        <textarea
            id="embed-snippet"
            class="embed-snippet"
            readonly=true
            rows="4"
            dir="ltr"
            aria-labelledby="embed-code-title"
            prop:value=move || code.get()
        ></textarea>
        <div class="actions">
            <button type="button" class="button" id="copy-snippet" on:click=copy>
                {move || td_string!(i18n.get_locale(), embed_help.copy)}
            </button>
            <p role="status" id="copy-status">
                {move || {
                    copied
                        .get()
                        .map(|done| {
                            let locale = i18n.get_locale();
                            if done {
                                td_string!(locale, embed_help.copied)
                            } else {
                                td_string!(locale, embed_help.copy_failed)
                            }
                        })
                }}
            </p>
        </div>
        <h2>{move || td_string!(i18n.get_locale(), embed_help.preview_title)}</h2>
        <EmbedPreview address title />
    }
}

/// Which sites may embed the app, and a check of the editor's own site address.
#[component]
fn AllowedSites() -> impl IntoView {
    let i18n = use_i18n();
    let origins = LocalResource::new(allowed_origins);
    let site = RwSignal::new(String::new());
    let verdict = move || {
        let typed = site.get();
        if typed.trim().is_empty() {
            return None;
        }
        let locale = i18n.get_locale();
        let allowed = origins.get().unwrap_or_default();
        Some(match parse_origin(&typed) {
            Err(_) => td_string!(locale, embed_help.site_invalid).to_owned(),
            Ok(origin) if allowed.contains(&origin) => {
                td_string!(locale, embed_help.site_allowed, origin = origin.as_str()).to_string()
            }
            Ok(origin) => {
                td_string!(locale, embed_help.site_refused, origin = origin.as_str()).to_string()
            }
        })
    };
    let listed = move || {
        let locale = i18n.get_locale();
        let allowed = origins.get().unwrap_or_default();
        if allowed.is_empty() {
            view! { <p id="allowed-sites">{td_string!(locale, embed_help.origins_none)}</p> }
                .into_any()
        } else {
            view! {
                <p>{td_string!(locale, embed_help.origins_list)}</p>
                <ul id="allowed-sites" dir="ltr">
                    {allowed
                        .into_iter()
                        .map(|origin| {
                            view! {
                                <li>
                                    <code>{origin}</code>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="embed-sites" aria-labelledby="embed-sites-title">
            <h2 id="embed-sites-title">
                {move || td_string!(i18n.get_locale(), embed_help.origins_title)}
            </h2>
            {listed}
            <Field
                id="embed-site"
                label=move || td_string!(i18n.get_locale(), embed_help.site_label)
            >
                <input
                    type="url"
                    dir="ltr"
                    autocomplete="url"
                    placeholder="https://www.example.ma"
                    prop:value=move || site.get()
                    on:input=move |event| site.set(event_target_value(&event))
                />
            </Field>
            <p role="status" id="embed-site-verdict">
                {verdict}
            </p>
        </section>
    }
}

/// The checked theme as query parameters (the font as the editor typed it, once it passed).
fn theme_values(theme: &Theme, typed_font: &str) -> Vec<(String, String)> {
    let mut values = Vec::new();
    let colours = [
        ("brand", theme.brand),
        ("text", theme.text),
        ("background", theme.background),
    ];
    for (name, colour) in colours {
        if let Some(colour) = colour {
            values.push((name.to_owned(), colour.hex()));
        }
    }
    if theme.font.is_some() {
        values.push(("font".to_owned(), typed_font.trim().to_owned()));
    }
    values
}

/// The name of a view in the chooser, by the chooser's value.
fn view_label(locale: Locale, value: &str) -> &'static str {
    match value {
        "province" => td_string!(locale, embed_help.view_province),
        "projects" => td_string!(locale, embed_help.view_projects),
        "propose" => td_string!(locale, embed_help.view_propose),
        "vote" => td_string!(locale, embed_help.view_ballot),
        "results" => td_string!(locale, embed_help.view_results),
        _ => td_string!(locale, embed_help.view_budget),
    }
}

/// The name of a view, for the embed's title.
fn view_name(locale: Locale, view: &EmbedView) -> String {
    match view {
        EmbedView::Budget => td_string!(locale, nav.budget).to_owned(),
        EmbedView::Province(key) => {
            format!(
                "{} · {}",
                td_string!(locale, nav.budget),
                province_label(locale, key)
            )
        }
        EmbedView::Projects => td_string!(locale, nav.projects).to_owned(),
        EmbedView::Propose => td_string!(locale, nav.propose).to_owned(),
        EmbedView::Ballot => td_string!(locale, nav.vote).to_owned(),
        EmbedView::Results => td_string!(locale, nav.results).to_owned(),
    }
}

/// A contrast ratio with one decimal, with the decimal sign of the language (`1,1` in French).
fn ratio_text(locale: Locale, ratio: f64) -> String {
    let text = format!("{ratio:.1}");
    match locale {
        Locale::fr | Locale::zgh_Tfng => text.replace('.', ","),
        Locale::ar | Locale::en => text,
    }
}

/// A refused theme setting, in the editor's language.
fn problem_text(locale: Locale, problem: &ThemeProblem) -> String {
    let setting_name = |setting: &str| match setting {
        "brand" => td_string!(locale, embed_help.brand),
        "text" => td_string!(locale, embed_help.text),
        _ => td_string!(locale, embed_help.background),
    };
    match problem {
        ThemeProblem::NotAColour(setting) => td_string!(
            locale,
            embed_help.problem_colour,
            setting = setting_name(setting)
        )
        .to_string(),
        ThemeProblem::NotAFont => td_string!(locale, embed_help.problem_font).to_owned(),
        ThemeProblem::TooLittleContrast(setting, ratio) => td_string!(
            locale,
            embed_help.problem_contrast,
            setting = setting_name(setting),
            ratio = ratio_text(locale, *ratio)
        )
        .to_string(),
    }
}
