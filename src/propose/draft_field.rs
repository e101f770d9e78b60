//! One field of the proposal form bound to the draft: its control (text, long text or choice),
//! label, help and problem, through the shared [`Field`].
use super::fields::{autocomplete, element_id, field_label};
use super::form_state::ProposalFormState;
use crate::components::choice_select::ChoiceSelect;
use crate::components::field::Field;
use crate::i18n::*;
use crate::labels::{province_choices, sector_choices};
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use pb_core::validation::ProposalField;

/// The field `field` of the form, with an optional line of help.
#[component]
pub fn DraftField(
    /// The form.
    form: ProposalFormState,
    /// Which field.
    field: ProposalField,
    /// A line of help under the label.
    #[prop(optional, into)]
    help: Option<TextProp>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = element_id(field);
    let label = move || field_label(i18n.get_locale(), field);
    let problem = Signal::derive(move || {
        let problem = form.shown_problem(field)?;
        Some(form.message(i18n.get_locale(), problem))
    });
    let control = control(form, field);
    match help {
        Some(help) => view! {
            <Field id label problem help>
                {control}
            </Field>
        }
        .into_any(),
        None => view! {
            <Field id label problem>
                {control}
            </Field>
        }
        .into_any(),
    }
}

/// The control of `field`, showing the draft and writing to it.
fn control(form: ProposalFormState, field: ProposalField) -> AnyView {
    let i18n = use_i18n();
    let value = move || form.value(field);
    let edit = move |event| form.edit(field, event_target_value(&event));
    let touch = move |_| form.touch(field);
    let choices = move || {
        let locale = i18n.get_locale();
        form.process.with_value(|process| match field {
            ProposalField::Province => province_choices(locale, &process.provinces),
            _ => sector_choices(locale, &process.sectors),
        })
    };
    match field {
        ProposalField::Description => view! {
            <textarea
                name=field.as_str()
                rows="6"
                prop:value=value
                on:input=edit
                on:blur=touch
            ></textarea>
        }
        .into_any(),
        ProposalField::Province | ProposalField::Sector => view! {
            <ChoiceSelect
                attr:name=field.as_str()
                choices=Signal::derive(choices)
                empty=move || td_string!(i18n.get_locale(), propose.choose)
                value=Signal::derive(value)
                on_pick=move |value| form.edit(field, value)
                on:blur=touch
            />
        }
        .into_any(),
        _ => view! {
            <input
                name=field.as_str()
                type="text"
                inputmode=(field == ProposalField::EstimatedCost).then_some("numeric")
                autocomplete=autocomplete(field)
                prop:value=value
                on:input=edit
                on:blur=touch
            />
        }
        .into_any(),
    }
}
