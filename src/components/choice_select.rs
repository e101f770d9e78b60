//! A `select` over a list of choices (value and label), with an optional first, empty choice;
//! placed in a [`Field`](super::field::Field), which labels it.
use leptos::prelude::*;
use leptos::text_prop::TextProp;

/// The `select`: `value` is the chosen value, `on_pick` receives each new one.
#[component]
pub fn ChoiceSelect(
    /// Value and label of each choice, in order.
    #[prop(into)]
    choices: Signal<Vec<(String, String)>>,
    /// The label of a first choice with the empty value (e.g. "All provinces"), if any.
    #[prop(optional, into)]
    empty: Option<TextProp>,
    /// The value chosen now.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value the user picks.
    #[prop(into)]
    on_pick: Callback<String>,
) -> impl IntoView {
    let options = move || {
        choices
            .get()
            .into_iter()
            .map(|(choice, label)| {
                let chosen = choice.clone();
                view! {
                    <option value=choice selected=move || value.with(|v| *v == chosen)>
                        {label}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <select on:change=move |event| {
            on_pick.run(event_target_value(&event))
        }>
            {empty
                .map(|empty| {
                    view! {
                        <option value="" selected=move || value.with(String::is_empty)>
                            {move || empty.get()}
                        </option>
                    }
                })} {options}
        </select>
    }
}
