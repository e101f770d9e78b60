//! Where a followed proposal stands, in plain words: its status, the region's reason when it was
//! not accepted, and the proposal it was combined with (a link).
use super::status_text::status_text;
use crate::i18n::*;
use crate::labels::{date_label, dirhams, province_label, sector_label};
use crate::site_path::app_href;
use leptos::prelude::*;
use pb_core::api::ProposalFollowUp;

/// The page of one followed proposal; every text from the proposal is inserted as text.
#[component]
pub fn FollowUp(proposal: ProposalFollowUp) -> impl IntoView {
    let i18n = use_i18n();
    let ProposalFollowUp {
        id,
        title,
        description,
        province,
        commune,
        sector,
        submitted_on,
        status,
        rejection_reason,
        merged_into,
        feasible,
        review_reason,
        services_cost,
        ..
    } = proposal;
    let facts = move || {
        let locale = i18n.get_locale();
        let mut facts = vec![
            td_string!(locale, follow.submitted, date = date_label(&submitted_on)).to_string(),
            province_label(locale, &province),
        ];
        if !commune.is_empty() {
            facts.push(commune.clone());
        }
        facts.push(sector_label(locale, &sector));
        facts.join(" · ")
    };
    let number = move || td_string!(i18n.get_locale(), follow.number, number = id).to_string();
    let text_shown = !title.is_empty();
    let review = feasible.zip(review_reason).map(|(feasible, reason)| {
        let text = move || {
            let locale = i18n.get_locale();
            let verdict = if feasible {
                td_string!(locale, follow.feasible)
            } else {
                td_string!(locale, follow.not_feasible)
            };
            let mut text = format!("{verdict} {reason}");
            if let Some(cost) = services_cost {
                let label = td_string!(locale, follow.services_cost);
                text.push_str(&format!(" {label} {}", dirhams(locale, cost)));
            }
            text
        };
        view! {
            <p id="follow-review" dir="auto">
                {text}
            </p>
        }
    });
    let merged_into = merged_into.map(|target| {
        let text = move || {
            td_string!(
                i18n.get_locale(),
                follow.merged_into,
                number = target.id,
                title = target.title.clone()
            )
            .to_string()
        };
        view! {
            <p id="follow-merged-into">
                <a class="action-link" href=app_href(&format!("/proposals/{}", target.id))>
                    {text}
                </a>
            </p>
        }
    });
    view! {
        <article class="follow-up">
            {text_shown.then(|| view! { <p class="project-kind">{number}</p> })}
            <h1 id="page-title" dir="auto">
                {if text_shown { title.into_any() } else { number.into_any() }}
            </h1> <p>{facts}</p> <h2>{t!(i18n, follow.status_title)}</h2>
            <p id="follow-status">{move || status_text(i18n.get_locale(), status)}</p>
            {rejection_reason
                .map(|reason| {
                    view! {
                        <h2>{t!(i18n, follow.reason_title)}</h2>
                        <p id="follow-reason" dir="auto">
                            {reason}
                        </p>
                    }
                })} {merged_into} {review}
            {if text_shown {
                view! {
                    <h2>{t!(i18n, projects.description)}</h2>
                    <p dir="auto">{description}</p>
                }
                    .into_any()
            } else {
                view! { <p id="follow-text-withheld">{t!(i18n, follow.text_withheld)}</p> }
                    .into_any()
            }}
        </article>
    }
}
