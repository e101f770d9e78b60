//! `/console/proposals`: the moderation queue: counts per state, search and filters, and the
//! decisions on each pending proposal.
use crate::api;
use crate::api::process_status;
use crate::failure::failure_text;
use crate::moderation::decision::{Decision, ProposalSummary};
use crate::moderation::queue_filter::{QueueFilter, count_with};
use crate::moderation::{STATUSES, status_name};
use bmk_app::api::ApiFailure;
use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::components::field::Field;
use bmk_app::focus::focus_after_render;
use bmk_app::i18n::*;
use bmk_app::labels::{province_choices, sector_choices};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ModeratedProposal, ProcessStatus, ProposalStatus};

/// The queue, pending proposals first.
#[component]
pub fn ProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let proposals = RwSignal::new(None::<Result<Vec<ModeratedProposal>, ApiFailure>>);
    let process = RwSignal::new(None::<ProcessStatus>);
    let filter = RwSignal::new(QueueFilter {
        status: Some(ProposalStatus::Pending),
        ..QueueFilter::default()
    });
    let announcement = RwSignal::new(String::new());
    let load = move || {
        spawn_local(async move {
            let answer = api::get::<Vec<ModeratedProposal>>("/api/admin/proposals").await;
            proposals.try_set(Some(answer));
        })
    };
    load();
    spawn_local(async move {
        if let Ok(status) = process_status().await {
            process.try_set(Some(status));
        }
    });
    let on_done = Callback::new(move |done: String| {
        announcement.set(done);
        // The decided proposal's buttons are gone: the focus goes to the sentence saying what
        // was done.
        focus_after_render("queue-status");
        load();
    });
    let list = move || proposals.get().and_then(Result::ok).unwrap_or_default();
    let tabs = STATUSES
        .into_iter()
        .map(|status| {
            view! {
                <li>
                    <button
                        type="button"
                        class="tab"
                        aria-pressed=move || {
                            (filter.with(|f| f.status) == Some(status)).to_string()
                        }
                        on:click=move |_| filter.update(|f| f.status = Some(status))
                    >
                        {move || status_name(i18n.get_locale(), status)}
                        " "
                        <span class="count">{move || count_with(&list(), status)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let provinces = Signal::derive(move || {
        process.with(|p| {
            p.as_ref()
                .map(|p| province_choices(i18n.get_locale(), &p.provinces))
                .unwrap_or_default()
        })
    });
    let sectors = Signal::derive(move || {
        process.with(|p| {
            p.as_ref()
                .map(|p| sector_choices(i18n.get_locale(), &p.sectors))
                .unwrap_or_default()
        })
    });
    let shown = move || {
        let all = list();
        let published: Vec<_> = all
            .iter()
            .filter(|p| p.status == ProposalStatus::Published)
            .map(|p| p.proposal.clone())
            .collect();
        let rows: Vec<_> = filter.with(|f| all.iter().filter(|p| f.admits(p)).cloned().collect());
        if rows.is_empty() {
            return view! { <p id="queue-empty">{t!(i18n, console.moderation.empty)}</p> }
                .into_any();
        }
        rows.into_iter()
            .map(|row| {
                let status = row.status;
                let reason = row.rejection_reason.clone();
                let merged_into = row.merged_into;
                let decision = (status == ProposalStatus::Pending).then(|| {
                    view! { <Decision proposal=row.clone() published=published.clone() on_done /> }
                });
                view! {
                    <li class="queue-item" data-proposal=row.proposal.id>
                        <ProposalSummary proposal=row.proposal.clone() />
                        <p class="queue-status">
                            {move || status_name(i18n.get_locale(), status)}
                            {merged_into.map(|into| format!(" → {into}"))}
                        </p>
                        {reason
                            .map(|reason| {
                                view! {
                                    <p class="queue-reason" dir="auto">
                                        {reason}
                                    </p>
                                }
                            })}
                        {decision}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let problem = move || {
        proposals.with(|answer| match answer {
            Some(Err(failure)) => Some(failure_text(i18n.get_locale(), failure)),
            _ => None,
        })
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.moderation.title)}</h1>
        <p class="status" id="queue-status" role="status" aria-live="polite" tabindex="-1">
            {announcement}
        </p>
        <p class="status error" role="alert" hidden=move || problem().is_none()>
            {problem}
        </p>
        <ul
            class="tabs"
            aria-label=move || td_string!(i18n.get_locale(), console.moderation.states)
        >
            {tabs}
            <li>
                <button
                    type="button"
                    class="tab"
                    aria-pressed=move || filter.with(|f| f.status.is_none()).to_string()
                    on:click=move |_| filter.update(|f| f.status = None)
                >
                    {t!(i18n, console.moderation.all)}
                    " "
                    <span class="count">{move || list().len()}</span>
                </button>
            </li>
        </ul>
        <div class="queue-filters" role="search">
            <Field
                id="queue-search"
                label=move || td_string!(i18n.get_locale(), console.moderation.search)
            >
                <input
                    type="search"
                    on:input=move |e| filter.update(|f| f.text = event_target_value(&e))
                />
            </Field>
            <Field
                id="queue-province"
                label=move || td_string!(i18n.get_locale(), console.moderation.province)
            >
                <ChoiceSelect
                    choices=provinces
                    empty=move || td_string!(i18n.get_locale(), console.moderation.any)
                    value=Signal::derive(move || filter.with(|f| f.province.clone()))
                    on_pick=move |province| filter.update(|f| f.province = province)
                />
            </Field>
            <Field
                id="queue-sector"
                label=move || td_string!(i18n.get_locale(), console.moderation.sector)
            >
                <ChoiceSelect
                    choices=sectors
                    empty=move || td_string!(i18n.get_locale(), console.moderation.any)
                    value=Signal::derive(move || filter.with(|f| f.sector.clone()))
                    on_pick=move |sector| filter.update(|f| f.sector = sector)
                />
            </Field>
        </div>
        <ul class="queue">{shown}</ul>
    }
}
