//! The list of every problem at the top of the proposal form after a try to send, each a link
//! to its field.
use super::field_message::summary_line;
use super::fields::element_id;
use super::form_state::ProposalFormState;
use crate::focus::follow_in_page_link;
use crate::i18n::*;
use leptos::prelude::*;

/// The summary, shown once sending was tried while problems remain.
#[component]
pub fn ErrorSummary(
    /// The form.
    form: ProposalFormState,
) -> impl IntoView {
    let i18n = use_i18n();
    let count = move || {
        let count = form.problems.with(Vec::len) as u32;
        td_string!(i18n.get_locale(), propose.summary, count = count).to_string()
    };
    let items = move || {
        let locale = i18n.get_locale();
        form.problems
            .get()
            .into_iter()
            .map(|problem| {
                let id = element_id(problem.field);
                let text = summary_line(locale, problem.field, &form.message(locale, problem));
                view! {
                    <li>
                        <a
                            href=format!("#{id}")
                            on:click=move |event| follow_in_page_link(&event, id)
                        >
                            {text}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    move || {
        form.summary_shown().then(|| {
            view! {
                <div class="error-summary" role="alert">
                    <p>{count}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
