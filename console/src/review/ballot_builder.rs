//! The feasible proposals as editable ballot projects, put on the ballot together in one step.
use crate::api;
use crate::failure::failure_text;
use crate::review::project_draft::ProjectDraft;
use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::i18n::*;
use bmk_app::labels::{province_choices, sector_label};
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{BallotFromProposals, CatalogueProject, ModeratedProposal, ProcessStatus};

/// One form over every feasible proposal; `on_done` receives the ballot after the step.
#[component]
pub fn BallotBuilder(
    /// The process, for its provinces and sectors.
    process: ProcessStatus,
    /// Called with the whole ballot once the endpoint has stored it.
    on_done: Callback<Vec<CatalogueProject>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let drafts = RwSignal::new(None::<Vec<ProjectDraft>>);
    let titles = RwSignal::new(Vec::<(i64, String)>::new());
    let problem = RwSignal::new(None::<String>);
    let load = move || {
        spawn_local(async move {
            let answer =
                api::get::<Vec<ModeratedProposal>>("/api/admin/proposals?status=published").await;
            let feasible: Vec<ModeratedProposal> = answer
                .unwrap_or_default()
                .into_iter()
                .filter(ProjectDraft::may_become_a_project)
                .collect();
            titles.try_set(
                feasible
                    .iter()
                    .map(|p| (p.proposal.id, p.proposal.title.clone()))
                    .collect(),
            );
            drafts.try_set(Some(feasible.iter().map(ProjectDraft::of).collect()));
        })
    };
    load();
    let process = StoredValue::new(process);
    let chosen_count = move || {
        drafts.with(|d| {
            d.as_ref()
                .map_or(0, |d| d.iter().filter(|d| d.chosen).count())
        })
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let locale = i18n.get_locale_untracked();
        let chosen: Vec<ProjectDraft> = drafts
            .get_untracked()
            .unwrap_or_default()
            .into_iter()
            .filter(|draft| draft.chosen)
            .collect();
        if chosen.is_empty() {
            problem.set(Some(
                td_string!(locale, console.build.none_chosen).to_owned(),
            ));
            return;
        }
        let mut projects = Vec::with_capacity(chosen.len());
        for draft in &chosen {
            match draft.to_project() {
                Some(project) => projects.push(project),
                None => {
                    problem.set(Some(
                        td_string!(locale, console.build.bad_cost, id = draft.proposal_id)
                            .to_string(),
                    ));
                    return;
                }
            }
        }
        spawn_local(async move {
            let body = BallotFromProposals { projects };
            let path = "/api/admin/projects/from-proposals";
            match api::send::<_, Vec<CatalogueProject>>(Method::POST, path, Some(&body)).await {
                Ok(ballot) => {
                    problem.set(None);
                    on_done.run(ballot);
                    load();
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure).to_owned())),
            }
        });
    };
    // Rebuilt only when the proposals change, not on each keystroke (which would lose focus).
    let ids = Memo::new(move |_| {
        drafts.with(|d| {
            d.iter()
                .flatten()
                .map(|draft| draft.proposal_id)
                .collect::<Vec<_>>()
        })
    });
    let rows = move || {
        ids.get()
            .into_iter()
            .enumerate()
            .map(|(index, id)| {
                let title = titles.with_untracked(|t| {
                    t.iter()
                        .find(|(n, _)| *n == id)
                        .map(|(_, title)| title.clone())
                        .unwrap_or_default()
                });
                let edit = move |change: &dyn Fn(&mut ProjectDraft)| {
                    drafts.update(|d| {
                        if let Some(draft) = d.as_mut().and_then(|d| d.get_mut(index)) {
                            change(draft);
                        }
                    })
                };
                let read = move |pick: fn(&ProjectDraft) -> String| {
                    drafts.with(|d| d.as_ref().map(|d| pick(&d[index])).unwrap_or_default())
                };
                let sector_boxes = process
                    .with_value(|p| p.sectors.clone())
                    .into_iter()
                    .map(|sector| {
                        let key = sector.clone();
                        let checked = move || {
                            drafts.with(|d| {
                                d.as_ref().is_some_and(|d| d[index].sectors.contains(&key))
                            })
                        };
                        let toggled = sector.clone();
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |event| {
                                        let on = event_target_checked(&event);
                                        let sector = toggled.clone();
                                        edit(
                                            &move |draft| {
                                                draft.sectors.retain(|s| *s != sector);
                                                if on {
                                                    draft.sectors.push(sector.clone());
                                                }
                                            },
                                        );
                                    }
                                />
                                {move || sector_label(i18n.get_locale(), &sector)}
                            </label>
                        }
                    })
                    .collect_view();
                let provinces = Signal::derive(move || {
                    process.with_value(|p| province_choices(i18n.get_locale(), &p.provinces))
                });
                view! {
                    <fieldset class="build-row" id=format!("build-{id}")>
                        <legend>
                            <span dir="ltr">{format!("#{id} ")}</span>
                            <bdi>{title}</bdi>
                        </legend>
                        <label class="choice">
                            <input
                                type="checkbox"
                                class="build-choose"
                                prop:checked=move || {
                                    drafts.with(|d| d.as_ref().is_some_and(|d| d[index].chosen))
                                }
                                on:change=move |event| {
                                    let on = event_target_checked(&event);
                                    edit(&move |draft| draft.chosen = on);
                                }
                            />
                            {move || {
                                td_string!(i18n.get_locale(), console.build.choose, id = id)
                                    .to_string()
                            }}
                        </label>
                        <div class="field">
                            <label for=format!(
                                "build-{id}-name",
                            )>{t!(i18n, console.build.name)}</label>
                            <input
                                type="text"
                                id=format!("build-{id}-name")
                                dir="auto"
                                prop:value=move || read(|d| d.name.clone())
                                on:input=move |event| {
                                    let text = event_target_value(&event);
                                    edit(&move |draft| draft.name = text.clone());
                                }
                            />
                        </div>
                        <div class="field">
                            <label for=format!(
                                "build-{id}-description",
                            )>{t!(i18n, console.build.description)}</label>
                            <textarea
                                id=format!("build-{id}-description")
                                rows="3"
                                dir="auto"
                                prop:value=move || read(|d| d.description.clone())
                                on:input=move |event| {
                                    let text = event_target_value(&event);
                                    edit(&move |draft| draft.description = text.clone());
                                }
                            ></textarea>
                        </div>
                        <div class="field">
                            <label for=format!(
                                "build-{id}-cost",
                            )>{t!(i18n, console.build.cost)}</label>
                            <input
                                type="text"
                                inputmode="numeric"
                                id=format!("build-{id}-cost")
                                prop:value=move || read(|d| d.cost.clone())
                                on:input=move |event| {
                                    let text = event_target_value(&event);
                                    edit(&move |draft| draft.cost = text.clone());
                                }
                            />
                        </div>
                        <div class="field">
                            <label for=format!(
                                "build-{id}-province",
                            )>{t!(i18n, console.codes.province)}</label>
                            <ChoiceSelect
                                attr:id=format!("build-{id}-province")
                                choices=provinces
                                value=Signal::derive(move || read(|d| d.province.clone()))
                                on_pick=Callback::new(move |province: String| {
                                    edit(&move |draft| draft.province = province.clone());
                                })
                            />
                        </div>
                        <fieldset>
                            <legend>{t!(i18n, console.build.sectors)}</legend>
                            {sector_boxes}
                        </fieldset>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let empty = move || drafts.with(|d| d.as_ref().is_some_and(Vec::is_empty));
    view! {
        <section aria-labelledby="build-title">
            <h2 id="build-title">{t!(i18n, console.build.title)}</h2>
            <p>{t!(i18n, console.build.intro)}</p>
            <p hidden=move || !empty()>{t!(i18n, console.build.empty)}</p>
            <form on:submit=submit novalidate hidden=empty>
                {rows}
                <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                    {move || problem.get()}
                </p>
                <button type="submit" id="build-ballot">
                    {move || {
                        td_string!(i18n.get_locale(), console.build.submit, count = chosen_count())
                            .to_string()
                    }}
                </button>
            </form>
        </section>
    }
}
