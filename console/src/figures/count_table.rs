//! A list of counts as bars (a picture for the eye, hidden from screen readers) beside the table
//! that gives the same figures.
use leptos::prelude::*;
use pb_core::api::Count;

/// The width of each bar, in percent of the largest count.
pub fn bar_widths(counts: &[Count]) -> Vec<u64> {
    let largest = counts.iter().map(|count| count.count).max().unwrap_or(0);
    counts
        .iter()
        .map(|count| (count.count * 100).checked_div(largest).unwrap_or(0))
        .collect()
}

/// Bars and table of `counts`; `label` names each key (a province, a day, a status) in the
/// interface language.
#[component]
pub fn CountTable(
    /// The table's caption.
    #[prop(into)]
    caption: Signal<String>,
    /// The heading of the key column.
    #[prop(into)]
    key_heading: Signal<String>,
    /// The heading of the count column.
    #[prop(into)]
    count_heading: Signal<String>,
    /// The counts.
    #[prop(into)]
    counts: Signal<Vec<Count>>,
    /// Names a key.
    label: Callback<String, String>,
    /// Said when there is nothing to count yet.
    #[prop(into)]
    empty: Signal<String>,
) -> impl IntoView {
    let bars = move || {
        let counts = counts.get();
        let widths = bar_widths(&counts);
        counts
            .into_iter()
            .zip(widths)
            .map(|(count, width)| {
                view! {
                    <div class="figure-bar">
                        <span class="figure-bar__label">{label.run(count.key.clone())}</span>
                        <span class="figure-bar__bar" style:inline-size=format!("{width}%")></span>
                        <span class="figure-bar__value">{count.count}</span>
                    </div>
                }
            })
            .collect_view()
    };
    let rows = move || {
        counts
            .get()
            .into_iter()
            .map(|count| {
                view! {
                    <tr>
                        <th scope="row">{label.run(count.key.clone())}</th>
                        <td>{count.count}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="figure">
            <p hidden=move || counts.with(|c| !c.is_empty())>{empty}</p>
            <div class="figure-bars" aria-hidden="true" hidden=move || counts.with(Vec::is_empty)>
                {bars}
            </div>
            <table class="figure-table" hidden=move || counts.with(Vec::is_empty)>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{key_heading}</th>
                        <th scope="col">{count_heading}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(key: &str, count: u64) -> Count {
        Count {
            key: key.to_owned(),
            count,
        }
    }

    #[test]
    fn the_largest_count_fills_the_width_and_the_others_follow() {
        assert_eq!(
            bar_widths(&[count("Azilal", 50), count("Khénifra", 200), count("x", 0)]),
            vec![25, 100, 0]
        );
        assert_eq!(bar_widths(&[count("a", 0)]), vec![0]);
        assert!(bar_widths(&[]).is_empty());
    }
}
