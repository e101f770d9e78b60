//! Second step: the projects as checkboxes under the rules, the budget bar, every broken rule
//! explained before going on (pb-core's check, the same the endpoint runs), and an
//! announcement to screen readers after each change.
use super::booth::{Booth, Step};
use super::budget_bar::BudgetBar;
use super::budget_status::budget_status;
use super::violation_message::violation_message;
use crate::focus::focus_element;
use crate::i18n::*;
use crate::labels::{dirhams, list_separator, province_label, sector_label};
use crate::site_path::app_href;
use crate::workshop::kiosk_mode::KioskMode;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use leptos_router::components::A;
use pb_core::election::Ballot;
use pb_core::validation::validate_ballot;

/// The choice of projects.
#[component]
pub fn ChooseStep(booth: Booth) -> impl IntoView {
    let i18n = use_i18n();
    let election_projects = StoredValue::new(booth.election_projects());
    let ballot_rules = StoredValue::new(booth.ballot_rules());
    let status = Memo::new(move |_| {
        booth.projects.with_value(|projects| {
            booth.rules.with_value(|rules| {
                booth
                    .draft
                    .with(|d| budget_status(projects, &d.chosen, rules))
            })
        })
    });
    let violations = Memo::new(move |_| {
        let ballot = Ballot::Approval {
            projects: booth.draft.with(|d| d.chosen.clone()),
        };
        election_projects.with_value(|projects| {
            ballot_rules.with_value(|rules| {
                validate_ballot(&ballot, projects, rules)
                    .err()
                    .unwrap_or_default()
            })
        })
    });
    let announcement = RwSignal::new(String::new());
    let toggle = move |id: String| {
        booth.draft.update(|d| d.toggle(&id));
        let locale = i18n.get_locale_untracked();
        let added = booth.draft.with_untracked(|d| d.chosen.contains(&id));
        let name = booth.name_of(&id, locale);
        let change = if added {
            td_string!(locale, vote.announce_added, project = name).to_string()
        } else {
            td_string!(locale, vote.announce_removed, project = name).to_string()
        };
        let state = status.with_untracked(|s| match s.left() {
            Some(left) => td_string!(
                locale,
                vote.announce_left,
                left = dirhams(locale, left),
                count = s.count
            )
            .to_string(),
            None => td_string!(locale, vote.bar_count, count = s.count).to_string(),
        });
        let problems: Vec<String> = violations.with_untracked(|v| {
            v.iter()
                .map(|v| violation_message(locale, v, &|id| booth.name_of(id, locale)))
                .collect()
        });
        announcement.set(
            [change, state]
                .into_iter()
                .chain(problems)
                .collect::<Vec<_>>()
                .join(" "),
        );
    };
    let go_review = move |_| {
        if violations.with_untracked(|v| v.is_empty()) {
            booth.go(Step::Review);
        } else {
            focus_element("ballot-problems");
        }
    };
    let rules_text = move || {
        let locale = i18n.get_locale();
        status.with(|s| {
            let mut parts = Vec::new();
            if let Some(max) = s.max_count {
                parts.push(td_string!(locale, vote.rules_max, count = max).to_string());
            }
            if let Some(limit) = s.limit {
                parts.push(
                    td_string!(locale, vote.rules_budget, limit = dirhams(locale, limit))
                        .to_string(),
                );
            }
            parts.join(" ")
        })
    };
    let in_kiosk = use_context::<KioskMode>().is_some();
    let items = move || {
        let locale = i18n.get_locale();
        booth
            .projects
            .get_value()
            .into_iter()
            .map(|project| {
                let id = project.id.clone();
                let input_id = format!("choice-{}", project.id);
                let checked_id = project.id.clone();
                let hint_id = project.id.clone();
                let chosen_id = project.id.clone();
                let checked = move || booth.draft.with(|d| d.chosen.contains(&checked_id));
                let chosen = move || booth.draft.with(|d| d.chosen.contains(&chosen_id));
                let cost = project.cost;
                let too_dear = move || {
                    !booth.draft.with(|d| d.chosen.contains(&hint_id))
                        && status.with(|s| s.left().is_some_and(|left| cost > left))
                };
                let place = project
                    .province
                    .as_deref()
                    .map(|p| province_label(locale, p))
                    .unwrap_or_else(|| td_string!(locale, projects.whole_region).to_owned());
                let sectors = project
                    .sectors
                    .iter()
                    .map(|s| sector_label(locale, s))
                    .collect::<Vec<_>>()
                    .join(list_separator(locale));
                let details = app_href(&format!("/projects/{}", project.id));
                let name = project.name_in(locale.as_str()).to_owned();
                let description = project.description_in(locale.as_str()).to_owned();
                view! {
                    <li class="choice" class:choice--chosen=chosen>
                        <input type="checkbox" id=input_id.clone() prop:checked=checked
                            aria-describedby=format!("{input_id}-facts")
                            on:change=move |_| toggle(id.clone()) />
                        <label for=input_id.clone()>
                            <span class="choice__name" dir="auto">{name}</span>
                            <span class="choice__facts" id=format!("{input_id}-facts")>
                                <bdi>{dirhams(locale, cost)}</bdi> " · " {place} " · " {sectors}
                                {move || too_dear().then(|| view! {
                                    <span class="choice__hint">
                                        " · " {td_string!(locale, vote.more_than_left)}
                                    </span>
                                })}
                            </span>
                        </label>
                        {if in_kiosk {
                            // A workshop tablet keeps the participant on the ballot.
                            (!description.is_empty()).then(|| view! {
                                <details class="choice__details">
                                    <summary>{td_string!(locale, vote.details)}</summary>
                                    <p dir="auto">{description}</p>
                                </details>
                            }).into_any()
                        } else {
                            view! {
                                <A href=details attr:class="choice__details">
                                    {td_string!(locale, vote.details)}
                                </A>
                            }
                            .into_any()
                        }}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="booth-step">
            <h2 id="step-title" tabindex="-1">{t!(i18n, vote.choose_title)}</h2>
            <p>{rules_text}</p>
            <fieldset class="choices">
                <legend class="visually-hidden">{t!(i18n, vote.choose_title)}</legend>
                <ul class="choice-list">{items}</ul>
            </fieldset>
            <div class="ballot-problems" id="ballot-problems" tabindex="-1"
                class:ballot-problems--empty=move || violations.with(|v| v.is_empty())>
                {move || {
                    let locale = i18n.get_locale();
                    violations.get().iter().map(|v| {
                        let text = violation_message(locale, v, &|id| booth.name_of(id, locale));
                        view! { <p class="status error">{text}</p> }
                    }).collect_view()
                }}
            </div>
            <div class="visually-hidden" role="status" aria-live="polite" id="budget-announcement">
                {move || announcement.get()}
            </div>
            <div class="booth-footer">
                <BudgetBar status />
                <div class="actions">
                    <button type="button" class="button button--secondary"
                        on:click=move |_| booth.go(Step::Code)>
                        {t!(i18n, vote.back_to_code)}
                    </button>
                    <button type="button" class="button" id="go-review" on:click=go_review>
                        {t!(i18n, vote.to_review)}
                    </button>
                </div>
            </div>
        </div>
    }
}
