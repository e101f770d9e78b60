//! `/console/phases`: the announced timeline, the current phase, whether the phases move by
//! themselves, the workshops' grace period, and moving to the next phase after a confirmation
//! that says what it does.
use crate::api;
use crate::api::{catalogue, process_status};
use crate::failure::failure_text;
use crate::phases::phase_move::{Figures, consequence, next_phase};
use crate::session::use_session;
use crate::workshops::grace_note::WorkshopGraceNote;
use bmk_app::i18n::*;
use bmk_app::labels::{date_label, phase_label};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{Counts, ProcessStatus};

/// The timeline and the next step.
#[component]
pub fn PhasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let process = RwSignal::new(None::<ProcessStatus>);
    let figures = RwSignal::new(Figures::default());
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let announcement = RwSignal::new(String::new());
    let load = move || {
        spawn_local(async move {
            match process_status().await {
                Ok(status) => {
                    process.try_set(Some(status));
                }
                Err(failure) => {
                    problem.try_set(Some(failure_text(i18n.get_locale_untracked(), &failure)));
                }
            }
            let projects = catalogue().await.map(|list| list.len() as u64).unwrap_or(0);
            if let Ok(counts) = api::get::<Counts>("/api/admin/counts").await {
                let of = |status: &str| {
                    counts
                        .proposals_by_status
                        .iter()
                        .find(|count| count.key == status)
                        .map_or(0, |count| count.count)
                };
                figures.try_set(Figures {
                    pending: of("pending"),
                    published: of("published"),
                    projects,
                    ballots: counts.ballots_by_province.iter().map(|c| c.count).sum(),
                });
            }
        })
    };
    load();
    let current = move || process.with(|p| p.as_ref().map(|p| p.phase));
    let next = move || current().and_then(next_phase);
    let move_on = move |_| {
        let Some(phase) = next() else { return };
        spawn_local(async move {
            match api::open_phase(phase).await {
                Ok(status) => {
                    let locale = i18n.get_locale_untracked();
                    announcement.set(
                        td_string!(
                            locale,
                            console.phases.opened,
                            phase = phase_label(locale, phase)
                        )
                        .to_string(),
                    );
                    process.set(Some(status));
                    confirming.set(false);
                    problem.set(None);
                    load();
                }
                Err(failure) => {
                    problem.set(Some(failure_text(i18n.get_locale_untracked(), &failure)))
                }
            }
        });
    };
    let timeline = move || {
        process.with(|p| {
            let Some(p) = p else { return Vec::new() };
            p.schedule
                .iter()
                .map(|window| {
                    let phase = window.phase;
                    let is_current = p.phase == phase;
                    let opens = date_label(&window.opens);
                    let closes = window.closes.as_deref().map(date_label);
                    view! {
                        <li
                            class=if is_current {
                                "timeline-item timeline-item--current"
                            } else {
                                "timeline-item"
                            }
                            aria-current=is_current.then_some("step")
                        >
                            <strong>{move || phase_label(i18n.get_locale(), phase)}</strong>
                            " "
                            <span dir="ltr">
                                {opens.clone()}
                                {closes.clone().map(|closes| format!(" → {closes}"))}
                            </span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let confirmation = move || {
        let to = next()?;
        Some(consequence(i18n.get_locale(), to, figures.get()))
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.phases.title)}</h1>
        <p class="status" role="status" aria-live="polite">
            {announcement}
        </p>
        <p class="status error" role="alert" hidden=move || problem.get().is_none()>
            {move || problem.get()}
        </p>
        <p id="current-phase">
            {move || {
                current()
                    .map(|phase| {
                        td_string!(
                            i18n.get_locale(), console.phases.current, phase = phase_label(i18n.get_locale(), phase)
                        )
                            .to_string()
                    })
            }}
        </p>
        <h2>{t!(i18n, console.phases.timeline)}</h2>
        <ol class="timeline">{timeline}</ol>
        <p class="notice">{t!(i18n, console.phases.closing_rule)}</p>
        <p id="automatic-phases">
            {move || {
                session
                    .current
                    .with(|c| c.as_ref().map(|c| c.automatic_phases))
                    .map(|automatic| {
                        if automatic {
                            td_string!(i18n.get_locale(), console.workshops.phases_automatic)
                        } else {
                            td_string!(i18n.get_locale(), console.workshops.phases_by_hand)
                        }
                    })
            }}
        </p>
        <WorkshopGraceNote />
        <div hidden=move || next().is_none()>
            <button
                type="button"
                id="next-phase"
                hidden=move || confirming.get()
                on:click=move |_| confirming.set(true)
            >
                {move || {
                    next()
                        .map(|phase| {
                            td_string!(
                                i18n.get_locale(), console.phases.open_next, phase = phase_label(i18n.get_locale(), phase)
                            )
                                .to_string()
                        })
                }}
            </button>
            <div
                class="confirm"
                role="alertdialog"
                aria-labelledby="confirm-text"
                hidden=move || !confirming.get()
            >
                <p id="confirm-text">{confirmation}</p>
                <button type="button" id="confirm-phase" on:click=move_on>
                    {t!(i18n, console.confirm)}
                </button>
                <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                    {t!(i18n, console.cancel)}
                </button>
            </div>
        </div>
        <p hidden=move || {
            next().is_some() || current().is_none()
        }>{t!(i18n, console.phases.last)}</p>
    }
}
