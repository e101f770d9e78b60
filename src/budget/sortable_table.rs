//! The table alternative of a chart: the same figures, sortable by any column with the keyboard,
//! with a caption, row headers and `aria-sort` on the sorted column.
use super::scroll_hint::watch_overflow;
use crate::i18n::*;
use leptos::prelude::*;
use std::cmp::Ordering;

/// A cell: the text shown and the value it sorts by.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Text shown.
    pub text: String,
    /// Sort value: numbers sort as numbers, the rest by text.
    pub sort: SortValue,
}

/// What a column sorts by.
#[derive(Debug, Clone, PartialEq)]
pub enum SortValue {
    /// A number (centimes, inhabitants, tenths of percent…).
    Number(i64),
    /// Text.
    Text(String),
    /// Nothing to compare (sorts last).
    Missing,
}

impl Cell {
    /// A text cell that sorts alphabetically.
    pub fn text(text: impl Into<String>) -> Cell {
        let text = text.into();
        Cell {
            sort: SortValue::Text(text.clone()),
            text,
        }
    }

    /// A cell showing `text` and sorting by `value`.
    pub fn number(text: impl Into<String>, value: i64) -> Cell {
        Cell {
            text: text.into(),
            sort: SortValue::Number(value),
        }
    }

    /// A cell with no figure (shown as a dash).
    pub fn missing() -> Cell {
        Cell {
            text: "—".to_owned(),
            sort: SortValue::Missing,
        }
    }
}

/// Rows ordered by column `column`, ascending or descending; missing values last.
pub fn sorted_rows(mut rows: Vec<Vec<Cell>>, column: usize, ascending: bool) -> Vec<Vec<Cell>> {
    rows.sort_by(|a, b| {
        let (a, b) = (&a[column].sort, &b[column].sort);
        let order = match (a, b) {
            (SortValue::Number(a), SortValue::Number(b)) => a.cmp(b),
            (SortValue::Text(a), SortValue::Text(b)) => a.cmp(b),
            (SortValue::Missing, SortValue::Missing) => Ordering::Equal,
            (SortValue::Missing, _) => return Ordering::Greater,
            (_, SortValue::Missing) => return Ordering::Less,
            (SortValue::Number(_), SortValue::Text(_)) => Ordering::Less,
            (SortValue::Text(_), SortValue::Number(_)) => Ordering::Greater,
        };
        if ascending { order } else { order.reverse() }
    });
    rows
}

/// A table with a caption whose column headings are sort buttons; the first cell of each row
/// is its row header. `footer` (a total) stays last whatever the order.
#[component]
pub fn SortableTable(
    /// Caption read by screen readers and shown above the table.
    caption: String,
    /// Column headings.
    headings: Vec<String>,
    /// Rows of cells, one per heading.
    rows: Vec<Vec<Cell>>,
    /// Optional last row (e.g. the total).
    #[prop(optional)]
    footer: Option<Vec<Cell>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let order = RwSignal::new(None::<(usize, bool)>);
    let scroller = NodeRef::new();
    let overflows = watch_overflow(scroller);
    let shown = move || match order.get() {
        Some((column, ascending)) => sorted_rows(rows.clone(), column, ascending),
        None => rows.clone(),
    };
    let header = headings
        .into_iter()
        .enumerate()
        .map(|(column, heading)| {
            let aria_sort = move || match order.get() {
                Some((sorted, true)) if sorted == column => "ascending",
                Some((sorted, false)) if sorted == column => "descending",
                _ => "none",
            };
            let state = move || match order.get() {
                Some((sorted, true)) if sorted == column => {
                    format!(
                        " ({})",
                        td_string!(i18n.get_locale(), budget.sorted_ascending)
                    )
                }
                Some((sorted, false)) if sorted == column => {
                    format!(
                        " ({})",
                        td_string!(i18n.get_locale(), budget.sorted_descending)
                    )
                }
                _ => String::new(),
            };
            let toggle = move |_| {
                order.update(|order| {
                    *order = match *order {
                        Some((sorted, ascending)) if sorted == column => Some((column, !ascending)),
                        _ => Some((column, column == 0)),
                    }
                })
            };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <button type="button" class="sort-button" on:click=toggle>
                        {heading}
                        <span class="visually-hidden">{state}</span>
                        <span class="sort-arrow" aria-hidden="true">
                            {move || match order.get() {
                                Some((sorted, true)) if sorted == column => "▲",
                                Some((sorted, false)) if sorted == column => "▼",
                                _ => "↕",
                            }}
                        </span>
                    </button>
                </th>
            }
        })
        .collect_view();
    view! {
        <p class="scroll-hint" hidden=move || !overflows.get()>
            {t!(i18n, budget.table_scroll_hint)}
        </p>
        <div class="table-scroll" node_ref=scroller>
            <table class="figures">
                <caption>{caption}</caption>
                <thead>
                    <tr>{header}</tr>
                </thead>
                <tbody>
                    {move || {
                        shown().into_iter().map(|row| view! { <TableRow row /> }).collect_view()
                    }}
                </tbody>
                {footer
                    .map(|row| {
                        view! {
                            <tfoot>
                                <TableRow row />
                            </tfoot>
                        }
                    })}
            </table>
        </div>
    }
}

/// One row: a row header, then data cells.
#[component]
fn TableRow(row: Vec<Cell>) -> impl IntoView {
    let mut cells = row.into_iter();
    let first = cells
        .next()
        .map(|cell| view! { <th scope="row">{cell.text}</th> });
    let rest = cells
        .map(|cell| {
            view! {
                <td>
                    <bdi>{cell.text}</bdi>
                </td>
            }
        })
        .collect_view();
    view! { <tr>{first}{rest}</tr> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(rows: &[Vec<Cell>]) -> Vec<&str> {
        rows.iter().map(|row| row[0].text.as_str()).collect()
    }

    #[test]
    fn numbers_sort_as_numbers_text_by_letters_and_missing_values_last() {
        let rows = vec![
            vec![Cell::text("Béni Mellal"), Cell::number("9 M", 900)],
            vec![Cell::text("Azilal"), Cell::number("10 M", 1_000)],
            vec![Cell::text("Whole region"), Cell::missing()],
            vec![Cell::text("Khouribga"), Cell::number("2 M", 200)],
        ];
        let by_amount = sorted_rows(rows.clone(), 1, true);
        assert_eq!(
            names(&by_amount),
            ["Khouribga", "Béni Mellal", "Azilal", "Whole region"]
        );
        let by_amount_down = sorted_rows(rows.clone(), 1, false);
        assert_eq!(
            names(&by_amount_down),
            ["Azilal", "Béni Mellal", "Khouribga", "Whole region"]
        );
        let by_name = sorted_rows(rows, 0, true);
        assert_eq!(
            names(&by_name),
            ["Azilal", "Béni Mellal", "Khouribga", "Whole region"]
        );
    }
}
