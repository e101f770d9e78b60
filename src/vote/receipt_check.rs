//! Checking a receipt, short or full, against the ballot list published after voting: the
//! choices it stands for, that several ballots share a short form, or that no counted ballot has it.
use super::receipt_text::grouped_receipt;
use crate::api::{catalogue, published_ballots};
use crate::components::field::Field;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::Locale as _;
use pb_core::api::{CatalogueProject, PublishedBallot, ReceiptMatch, find_receipt, project_name};

/// What the check found.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    Nothing,
    Checking,
    /// The full receipt found and the names of its choices.
    Counted(String, Vec<String>),
    /// Several receipts begin with what was typed.
    Several,
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
        let receipt = typed.get_untracked();
        let language = i18n.get_locale_untracked().as_str();
        found.set(Found::Checking);
        spawn_local(async move {
            let answer = match (published_ballots().await, catalogue().await) {
                (Ok(ballots), Ok(projects)) => lookup(&ballots, &projects, &receipt, language),
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
                Found::Counted(receipt, names) => {
                    Some(
                        view! {
                            <p class="check-counted">{t!(i18n, check.counted)}</p>
                            <p class="receipt-code" dir="ltr">
                                <code>{grouped_receipt(&receipt)}</code>
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
                Found::Several => {
                    let text = move || td_string!(i18n.get_locale(), check.several);
                    Some(view! { <p class="status error">{text}</p> }.into_any())
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

/// What the typed receipt finds: the ballot it stands for with the names of its choices in
/// `language`, several ballots sharing its short form, or none.
fn lookup(
    ballots: &[PublishedBallot],
    projects: &[CatalogueProject],
    typed: &str,
    language: &str,
) -> Found {
    match find_receipt(ballots.iter().map(|b| b.receipt.as_str()), typed) {
        ReceiptMatch::One(position) => {
            let ballot = &ballots[position];
            let names = ballot
                .ballot
                .projects()
                .into_iter()
                .map(|id| project_name(projects, id, language).to_owned())
                .collect();
            Found::Counted(ballot.receipt.clone(), names)
        }
        ReceiptMatch::Several(_) => Found::Several,
        ReceiptMatch::Missing => Found::Missing,
    }
}
