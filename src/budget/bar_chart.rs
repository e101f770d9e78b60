//! Horizontal bar chart in SVG: one group of bars per row (one bar per series), the label
//! above and the amount after each bar. Bars grow from the reading start, so from the right in
//! Arabic. The SVG is an image with a title and a description; the figures are also in a table.
use leptos::prelude::*;

/// Width of the drawing in SVG units, drawn one unit to a CSS pixel so its text stays at the
/// page's text size whatever the screen's width (it fits the 328 px column of a 360 px phone and
/// shrinks only on narrower ones). Coordinates are whole units, written as integers.
const WIDTH: i64 = 320;
/// Room kept after the longest bar for its amount.
const TEXT_ROOM: i64 = 200;
const LABEL_HEIGHT: i64 = 24;
const BAR_HEIGHT: i64 = 20;
const BAR_GAP: i64 = 4;
const GROUP_GAP: i64 = 12;

/// One labelled group of bars.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    /// Label above the bars.
    pub label: String,
    /// One `(value, text)` per series; negative values draw no bar.
    pub values: Vec<(i64, String)>,
}

/// The chart. `id` makes the title and description ids unique on the page.
#[component]
pub fn BarChart(
    /// Unique prefix of element ids.
    id: &'static str,
    /// Title (also the accessible name).
    title: String,
    /// Description read by screen readers.
    description: String,
    /// The rows.
    groups: Vec<BarGroup>,
    /// Names of the series when there are several (shown as a legend).
    #[prop(optional)]
    legend: Vec<String>,
    /// Whether the page is right-to-left.
    rtl: bool,
) -> impl IntoView {
    let series = groups
        .iter()
        .map(|g| g.values.len())
        .max()
        .unwrap_or(1)
        .max(1) as i64;
    let group_height = LABEL_HEIGHT + series * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
    let height = group_height * groups.len() as i64;
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().map(|(value, _)| *value))
        .max()
        .unwrap_or(0)
        .max(1);
    let along = move |length: i64| if rtl { WIDTH - length } else { 0 };
    let rows = groups
        .into_iter()
        .enumerate()
        .map(|(row, group)| {
            let top = row as i64 * group_height;
            let label_x = if rtl { WIDTH } else { 0 };
            let bars = group
                .values
                .into_iter()
                .enumerate()
                .map(|(index, (value, text))| {
                    let scaled =
                        i128::from(value.max(0)) * i128::from(WIDTH - TEXT_ROOM) / i128::from(max);
                    let length = (scaled as i64).max(1);
                    let y = top + LABEL_HEIGHT + index as i64 * (BAR_HEIGHT + BAR_GAP);
                    let text_x = if rtl { WIDTH - length - 4 } else { length + 4 };
                    view! {
                        <rect
                            class=format!("bar series-{index}")
                            x=along(length)
                            y=y
                            width=length
                            height=BAR_HEIGHT
                        />
                        <text class="bar-value" x=text_x y=y + BAR_HEIGHT - 5>
                            {text}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <text class="bar-label" x=label_x y=top + LABEL_HEIGHT - 6>
                    {group.label}
                </text>
                {bars}
            }
        })
        .collect_view();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let legend = (legend.len() > 1).then(|| {
        view! {
            <ul class="chart-legend" aria-hidden="true">
                {legend
                    .into_iter()
                    .enumerate()
                    .map(|(index, name)| {
                        view! {
                            <li>
                                <span class=format!("swatch series-{index}")></span>
                                {name}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        {legend}
        <svg
            class="bar-chart"
            role="img"
            aria-labelledby=labelled_by
            viewBox=format!("0 0 {WIDTH} {height}")
            width=WIDTH
            height=height
        >
            <title id=title_id>{title}</title>
            <desc id=desc_id>{description}</desc>
            {rows}
        </svg>
    }
}
