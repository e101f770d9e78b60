//! Checking a receipt against the ballot list published after voting: the choices it stands for,
//! or that no counted ballot has it.
use super::receipt_text::{grouped_receipt, typed_receipt};
use crate::api::{catalogue, published_ballots};
use crate::components::field::Field;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::Locale as _;
use pb_core::api::{CatalogueProject, PublishedBallot, project_name};

/// What the check found.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    Nothing,
    Checking,
    Counted(Vec<String>),
    Missing,
    Unreachable,
}

/// The receipt field and the answer.
#[component]
pub fn ReceiptCheck() -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let found = RwSignal::new(Found::Nothing);
    let check = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let receipt = typed_receipt(&typed.get_untracked());
        let language = i18n.get_locale_untracked().as_str();
        found.set(Found::Checking);
        spawn_local(async move {
            let answer = match (published_ballots().await, catalogue().await) {
                (Ok(ballots), Ok(projects)) => {
                    match choices_of(&ballots, &projects, &receipt, language) {
                        Some(names) => Found::Counted(names),
                        None => Found::Missing,
                    }
                }
                _ => Found::Unreachable,
            };
            found.set(answer);
        });
    };
    view! {
        <form class="receipt-check" novalidate=true on:submit=check>
            <Field
                id="receipt-input"
                label=move || td_string!(i18n.get_locale(), check.label)
                help=move || td_string!(i18n.get_locale(), check.help)
            >
                <input
                    type="text"
                    dir="ltr"
                    autocomplete="off"
                    spellcheck="false"
                    on:input=move |e| typed.set(event_target_value(&e))
                />
            </Field>
            <button type="submit" class="button">
                {t!(i18n, check.submit)}
            </button>
        </form>
        <div class="check-answer" role="status" aria-live="polite">
            {move || match found.get() {
                Found::Nothing => None,
                Found::Checking => Some(view! { <p>{t!(i18n, check.checking)}</p> }.into_any()),
                Found::Counted(names) => {
                    Some(
                        view! {
                            <p class="check-counted">{t!(i18n, check.counted)}</p>
                            <p class="receipt-code" dir="ltr">
                                <code>
                                    {grouped_receipt(&typed_receipt(&typed.get_untracked()))}
                                </code>
                            </p>
                            {if names.is_empty() {
                                view! { <p>{t!(i18n, check.blank)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul>
                                        {names
                                            .into_iter()
                                            .map(|name| {
                                                view! {
                                                    <li>
                                                        <bdi>{name}</bdi>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                        }
                            .into_any(),
                    )
                }
                Found::Missing => {
                    let text = t!(i18n, check.not_found);
                    Some(view! { <p class="status error">{text}</p> }.into_any())
                }
                Found::Unreachable => {
                    Some(
                        view! { <p class="status error">{t!(i18n, check.unreachable)}</p> }
                            .into_any(),
                    )
                }
            }}
        </div>
    }
}

/// The names in `language` of the projects chosen on the ballot with this receipt, if one was
/// counted.
fn choices_of(
    ballots: &[PublishedBallot],
    projects: &[CatalogueProject],
    receipt: &str,
    language: &str,
) -> Option<Vec<String>> {
    if receipt.is_empty() {
        return None;
    }
    let ballot = ballots
        .iter()
        .find(|b| b.receipt.eq_ignore_ascii_case(receipt))?;
    Some(
        ballot
            .ballot
            .projects()
            .into_iter()
            .map(|id| project_name(projects, id, language).to_owned())
            .collect(),
    )
}
