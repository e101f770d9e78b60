//! One labelled form field: the label, an optional help line, the control (the child) and, for a
//! checked field, the line where its problem appears, all linked for assistive technology.
use leptos::prelude::*;
use leptos::tachys::html::attribute::Attribute;
use leptos::text_prop::TextProp;

/// A field around its control: the control gets the field's `id`, and `aria-describedby` names
/// the help and the problem; a field given `problem` also gets `aria-invalid` and the problem line.
#[component]
pub fn Field<C>(
    /// Element id of the control; the help and problem lines are `{id}-help` and `{id}-error`.
    id: &'static str,
    /// The label.
    #[prop(into)]
    label: TextProp,
    /// A line of help under the label.
    #[prop(optional, into)]
    help: Option<TextProp>,
    /// The message of the problem shown now (`None`: none), for a field that is checked.
    #[prop(optional, into)]
    problem: Option<Signal<Option<String>>>,
    /// The control: an `input`, `textarea` or `select`.
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let attributes = control_attributes(id, help.is_some(), problem);
    let control = children.into_inner()().add_any_attr(attributes).into_any();
    frame(id, label, help, problem, control)
}

/// The control's `id`, `aria-describedby` and, for a checked field, `aria-invalid`.
fn control_attributes(
    id: &'static str,
    has_help: bool,
    problem: Option<Signal<Option<String>>>,
) -> impl Attribute + use<> {
    let checked = problem.is_some();
    let problem = problem.unwrap_or_default();
    let invalid = move || problem.with(Option::is_some);
    let described_by = move || {
        let help = has_help.then(|| format!("{id}-help"));
        let error = invalid().then(|| format!("{id}-error"));
        let ids: Vec<String> = [help, error].into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    (
        leptos::attr::id(id),
        leptos::attr::aria_describedby(described_by),
        leptos::attr::aria_invalid(move || checked.then(|| invalid().to_string())),
    )
}

/// The field's markup around its control (not generic, so each use adds little to the download).
fn frame(
    id: &'static str,
    label: TextProp,
    help: Option<TextProp>,
    problem: Option<Signal<Option<String>>>,
    control: AnyView,
) -> AnyView {
    let checked = problem.is_some();
    let problem = problem.unwrap_or_default();
    let invalid = move || problem.with(Option::is_some);
    view! {
        <div class=move || if invalid() { "field field--invalid" } else { "field" }>
            <label for=id>{move || label.get()}</label>
            {help
                .map(|help| {
                    view! {
                        <p class="field-help" id=format!("{id}-help")>
                            {move || help.get()}
                        </p>
                    }
                })}
            {control}
            {checked
                .then(|| {
                    view! {
                        <p class="field-error" id=format!("{id}-error") aria-live="polite">
                            {move || problem.get()}
                        </p>
                    }
                })}
        </div>
    }
    .into_any()
}
