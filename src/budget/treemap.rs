//! Treemap of spending: one tile per value, its area proportional to the amount. The picture is
//! an SVG image with a title and description; over it, each tile is a real button (Tab, Enter,
//! Space, click or tap) placed with logical insets, so the layout mirrors in right-to-left pages.
use leptos::prelude::*;
use pb_core::chart::{LabelMetrics, label_fits, squarify};

/// Height of the layout for a width of 100.
const ASPECT_HEIGHT: f64 = 75.0;
/// The tiles' text at the page's text size on a treemap `width` CSS pixels wide: a tile whose
/// text would not fit shows none; its button keeps its name, and the table gives every figure.
fn label_metrics(width: f64) -> LabelMetrics {
    LabelMetrics {
        pixels_per_unit: width / 100.0,
        font_px: 16.0,
        char_em: 0.66,
        line_em: 1.2,
        padding_px: 4.0,
    }
}

/// The treemap's width on this screen: the page's column (the window less its padding), at most
/// 40rem.
fn treemap_width() -> f64 {
    let window_width = window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .unwrap_or(360.0);
    (window_width - 32.0).clamp(100.0, 640.0)
}

/// A layout length (0–100) in tenths, for the SVG drawn at 1000 units wide; integers keep
/// float formatting out of the app.
fn per_mille(length: f64) -> i64 {
    (length * 10.0).round() as i64
}

/// A layout length (0–100) as a CSS percentage with two decimals, e.g. `39.43%`.
fn percent(length: f64) -> String {
    let hundredths = (length * 100.0).round() as i64;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// One tile's content.
#[derive(Debug, Clone, PartialEq)]
pub struct TreemapItem {
    /// Dimension value the tile stands for.
    pub key: String,
    /// Name shown.
    pub label: String,
    /// Amount (the area).
    pub centimes: i64,
    /// Whether choosing the tile opens a level below it.
    pub drillable: bool,
    /// Amount as text.
    pub amount: String,
    /// Share of the whole as text.
    pub share: String,
}

/// The treemap. `on_choose` receives a drillable tile's key; the other tiles are not buttons.
#[component]
pub fn Treemap(
    /// Title (the accessible name of the picture).
    title: String,
    /// Description read by screen readers.
    description: String,
    /// Tiles, largest first.
    items: Vec<TreemapItem>,
    /// Called with the key of the chosen tile, when tiles can be chosen.
    on_choose: Option<Callback<String>>,
) -> impl IntoView {
    let list = on_choose.is_none();
    let values: Vec<f64> = items.iter().map(|item| item.centimes as f64).collect();
    let tiles = squarify(&values, 100.0, ASPECT_HEIGHT);
    let labels = label_metrics(treemap_width());
    let rects = tiles
        .iter()
        .map(|tile| {
            view! {
                <rect
                    class=format!("tile-fill colour-{}", tile.index % 8)
                    x=per_mille(tile.x)
                    y=per_mille(tile.y)
                    width=per_mille(tile.w)
                    height=per_mille(tile.h)
                />
            }
        })
        .collect_view();
    let buttons = tiles
        .iter()
        .map(|tile| {
            let item = items[tile.index].clone();
            // Set through the CSS object model: the page's Content-Security-Policy refuses
            // inline style attributes.
            let start = percent(tile.x);
            let top = percent(tile.y / ASPECT_HEIGHT * 100.0);
            let width = percent(tile.w);
            let height = percent(tile.h / ASPECT_HEIGHT * 100.0);
            let roomy = label_fits(tile, &labels, &item.label, &item.amount);
            let class = if roomy { "tile" } else { "tile tile-small" };
            // The name read out is the visible text, then the share (WCAG 2.5.3, label in name).
            let text = view! {
                <span class="tile-name">{item.label.clone()}</span>
                " "
                <span class="tile-amount">
                    <bdi>{item.amount.clone()}</bdi>
                </span>
                <span class="visually-hidden">{format!(", {}", item.share)}</span>
            };
            match on_choose.filter(|_| item.drillable) {
                Some(choose) => {
                    let key = item.key.clone();
                    view! {
                        <button
                            type="button"
                            class=class
                            style:inset-inline-start=start
                            style:top=top
                            style:width=width
                            style:height=height
                            data-key=item.key
                            on:click=move |_| choose.run(key.clone())
                        >
                            {text}
                        </button>
                    }
                    .into_any()
                }
                None => view! {
                    <div
                        class=class
                        style:inset-inline-start=start
                        style:top=top
                        style:width=width
                        style:height=height
                        role=list.then_some("listitem")
                        data-key=item.key
                    >
                        {text}
                    </div>
                }
                .into_any(),
            }
        })
        .collect_view();
    let container_role = if list { "list" } else { "group" };
    view! {
        <div class="treemap">
            <svg
                class="treemap-picture"
                role="img"
                aria-labelledby="treemap-title treemap-desc"
                viewBox=format!("0 0 1000 {}", per_mille(ASPECT_HEIGHT))
                preserveAspectRatio="none"
            >
                <title id="treemap-title">{title.clone()}</title>
                <desc id="treemap-desc">{description}</desc>
                {rects}
            </svg>
            <div class="treemap-tiles" role=container_role aria-label=title>
                {buttons}
            </div>
        </div>
    }
}
