//! The decisions on one pending proposal: publish it, refuse it with a reason from the list or a
//! written one, or merge it into a published duplicate after comparing them side by side.
use crate::api;
use crate::failure::failure_text;
use crate::moderation::reasons::{Reason, reason_to_send};
use bmk_app::i18n::*;
use bmk_app::labels::{dirhams, province_label, sector_label};
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ModeratedProposal, Moderation, PublishedProposal};

/// Which decision is being prepared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The three buttons.
    Choose,
    /// The reasons for a refusal.
    Reject,
    /// The duplicate to merge into.
    Merge,
}

/// The buttons and panels of one pending proposal; `on_done` receives the sentence announcing the
/// decision once the endpoint has recorded it.
#[component]
pub fn Decision(
    /// The pending proposal.
    proposal: ModeratedProposal,
    /// The published proposals it may be merged into.
    published: Vec<PublishedProposal>,
    /// Called after a recorded decision.
    on_done: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = proposal.proposal.id;
    let step = RwSignal::new(Step::Choose);
    let chosen = RwSignal::new(None::<Reason>);
    let written = RwSignal::new(String::new());
    let target = RwSignal::new(None::<i64>);
    let problem = RwSignal::new(None::<&'static str>);
    let decide = move |decision: Moderation, done: String| {
        spawn_local(async move {
            let path = format!("/api/admin/proposals/{id}/moderation");
            match api::send::<_, ModeratedProposal>(Method::POST, &path, Some(&decision)).await {
                Ok(_) => {
                    problem.set(None);
                    on_done.run(done);
                }
                Err(failure) => {
                    problem.set(Some(failure_text(i18n.get_locale_untracked(), &failure)))
                }
            }
        });
    };
    let publish = move |_| {
        let locale = i18n.get_locale_untracked();
        decide(
            Moderation::Publish,
            td_string!(locale, console.moderation.published_done, id = id).to_string(),
        );
    };
    let reject = move |_| {
        let locale = i18n.get_locale_untracked();
        match reason_to_send(chosen.get(), &written.get()) {
            Some(reason) => decide(
                Moderation::Reject { reason },
                td_string!(locale, console.moderation.rejected_done, id = id).to_string(),
            ),
            None => problem.set(Some(td_string!(locale, console.moderation.reason_needed))),
        }
    };
    let merge = move |_| {
        let locale = i18n.get_locale_untracked();
        match target.get() {
            Some(into) => decide(
                Moderation::Merge { into },
                td_string!(locale, console.moderation.merged_done, id = id, into = into)
                    .to_string(),
            ),
            None => problem.set(Some(td_string!(locale, console.moderation.target_needed))),
        }
    };
    let reasons = Reason::ALL
        .into_iter()
        .map(|reason| {
            let input_id = format!("reason-{id}-{}", reason.key());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=format!("reason-{id}")
                        value=reason.key()
                        on:change=move |_| chosen.set(Some(reason))
                    />
                    <label for=input_id>{move || reason.text(i18n.get_locale())}</label>
                </div>
            }
        })
        .collect_view();
    let this = proposal.proposal.clone();
    let targets = published.clone();
    let side_by_side = move || {
        let other = target
            .get()
            .and_then(|into| targets.iter().find(|p| p.id == into).cloned())?;
        Some(view! {
            <div class="side-by-side">
                <ProposalSummary proposal=this.clone() />
                <ProposalSummary proposal=other />
            </div>
        })
    };
    let options = published
        .iter()
        .filter(|p| p.id != id)
        .map(|p| view! { <option value=p.id.to_string()>{format!("{} — {}", p.id, p.title)}</option> })
        .collect_view();
    let written_id = format!("reason-{id}-written");
    let target_id = format!("merge-{id}-target");
    view! {
        <div
            class="decision"
            role="group"
            aria-label=move || {
                td_string!(i18n.get_locale(), console.moderation.decide, id = id).to_string()
            }
        >
            <div class="decision-buttons" hidden=move || step.get() != Step::Choose>
                <button type="button" on:click=publish>
                    {t!(i18n, console.moderation.publish)}
                </button>
                <button type="button" class="secondary" on:click=move |_| step.set(Step::Reject)>
                    {t!(i18n, console.moderation.reject)}
                </button>
                <button type="button" class="secondary" on:click=move |_| step.set(Step::Merge)>
                    {t!(i18n, console.moderation.merge)}
                </button>
            </div>
            <fieldset hidden=move || step.get() != Step::Reject>
                <legend>{t!(i18n, console.moderation.reason_legend)}</legend>
                {reasons}
                <div class="choice">
                    <input
                        type="radio"
                        id=format!("reason-{id}-other")
                        name=format!("reason-{id}")
                        value="other"
                        on:change=move |_| chosen.set(None)
                    />
                    <label for=format!(
                        "reason-{id}-other",
                    )>{t!(i18n, console.moderation.reason_free)}</label>
                </div>
                <label for=written_id.clone()>{t!(i18n, console.moderation.reason_written)}</label>
                <textarea
                    id=written_id
                    maxlength="1000"
                    prop:value=written
                    on:input=move |e| {
                        written.set(event_target_value(&e));
                        chosen.set(None);
                    }
                ></textarea>
                <button type="button" on:click=reject>
                    {t!(i18n, console.moderation.confirm_reject)}
                </button>
                <button type="button" class="secondary" on:click=move |_| step.set(Step::Choose)>
                    {t!(i18n, console.cancel)}
                </button>
            </fieldset>
            <div class="merge" hidden=move || step.get() != Step::Merge>
                <label for=target_id.clone()>{t!(i18n, console.moderation.merge_into)}</label>
                <select
                    id=target_id
                    on:change=move |e| target.set(event_target_value(&e).parse().ok())
                >
                    <option value="">{t!(i18n, console.moderation.pick_target)}</option>
                    {options}
                </select>
                {side_by_side}
                <button type="button" on:click=merge>
                    {t!(i18n, console.moderation.confirm_merge)}
                </button>
                <button type="button" class="secondary" on:click=move |_| step.set(Step::Choose)>
                    {t!(i18n, console.cancel)}
                </button>
            </div>
            <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get()}
            </p>
        </div>
    }
}

/// A proposal's text and figures, for reading or comparing.
#[component]
pub fn ProposalSummary(proposal: PublishedProposal) -> impl IntoView {
    let i18n = use_i18n();
    let PublishedProposal {
        id,
        title,
        description,
        province,
        commune,
        sector,
        estimated_cost,
        submitted_on,
        ..
    } = proposal;
    view! {
        <article class="proposal-summary">
            <h3>{format!("{id} · ")} <bdi>{title}</bdi></h3>
            <p dir="auto">{description}</p>
            <dl>
                <dt>{t!(i18n, console.moderation.place)}</dt>
                <dd>
                    {move || province_label(i18n.get_locale(), &province)} " · "
                    <bdi>{commune.clone()}</bdi>
                </dd>
                <dt>{t!(i18n, console.moderation.sector)}</dt>
                <dd>{move || sector_label(i18n.get_locale(), &sector)}</dd>
                <dt>{t!(i18n, console.moderation.cost)}</dt>
                <dd>{move || dirhams(i18n.get_locale(), estimated_cost)}</dd>
                <dt>{t!(i18n, console.moderation.submitted)}</dt>
                <dd>{submitted_on}</dd>
            </dl>
        </article>
    }
}
