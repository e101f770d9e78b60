//! `/console/projects`: the projects on the ballot, the feasible proposals put on it in one step,
//! and replacing them from a pabulib `.pb` file or a JSON list, before the vote opens.
use crate::api;
use crate::api::{catalogue, process_status};
use crate::failure::failure_text;
use crate::review::ballot_builder::BallotBuilder;
use bmk_app::api::ApiFailure;
use bmk_app::i18n::*;
use bmk_app::labels::{dirhams, province_label};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{CatalogueProject, ProcessStatus};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The content type a project file is sent as: JSON for a `.json` file, else pabulib text.
pub fn content_type_of(file_name: &str) -> &'static str {
    if file_name.to_ascii_lowercase().ends_with(".json") {
        "application/json"
    } else {
        "text/plain; charset=utf-8"
    }
}

/// The list and the import.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let projects = RwSignal::new(None::<Result<Vec<CatalogueProject>, ApiFailure>>);
    let problem = RwSignal::new(None::<String>);
    let announcement = RwSignal::new(String::new());
    let process = RwSignal::new(None::<ProcessStatus>);
    spawn_local(async move {
        projects.try_set(Some(catalogue().await));
        if let Ok(status) = process_status().await {
            process.try_set(Some(status));
        }
    });
    let built = Callback::new(move |ballot: Vec<CatalogueProject>| {
        let locale = i18n.get_locale_untracked();
        announcement.set(
            td_string!(locale, console.projects.imported, projects = ballot.len()).to_string(),
        );
        projects.set(Some(Ok(ballot)));
    });
    let builder = move || {
        process
            .get()
            .filter(|status| status.phase.projects_can_change())
            .map(|process| view! { <BallotBuilder process on_done=built /> })
    };
    let import = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        spawn_local(async move {
            let locale = i18n.get_locale_untracked();
            let Some(text) = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
            else {
                problem.set(Some(
                    td_string!(locale, console.projects.unreadable).to_owned(),
                ));
                return;
            };
            let sent = api::put_text::<Vec<CatalogueProject>>(
                "/api/admin/projects",
                content_type_of(&file.name()),
                text,
            )
            .await;
            match sent {
                Ok(list) => {
                    announcement.set(
                        td_string!(locale, console.projects.imported, projects = list.len())
                            .to_string(),
                    );
                    problem.set(None);
                    projects.set(Some(Ok(list)));
                }
                Err(failure) => {
                    let mut text = failure_text(locale, &failure).to_owned();
                    if let ApiFailure::Refused(detail) = &failure {
                        for field in &detail.fields {
                            text.push_str(&format!("\n{}: {:?}", field.field, field.code));
                        }
                        if detail.fields.is_empty() && detail.code.as_str() != "wrong_phase" {
                            text.push_str(&format!("\n{}", detail.message));
                        }
                    }
                    problem.set(Some(text));
                }
            }
        });
    };
    let rows = move || {
        projects
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|project| {
                let province = project.province.clone().unwrap_or_default();
                let cost = project.cost;
                view! {
                    <tr>
                        <th scope="row" dir="ltr">
                            {project.id.clone()}
                        </th>
                        <td>
                            <bdi>
                                {project.name_in(i18n.get_locale_untracked().as_str()).to_owned()}
                            </bdi>
                        </td>
                        <td>{move || province_label(i18n.get_locale(), &province)}</td>
                        <td>{move || dirhams(i18n.get_locale(), cost)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.projects.title)}</h1>
        <p>{t!(i18n, console.projects.intro)}</p>
        <p class="status" role="status" aria-live="polite">
            {announcement}
        </p>
        {builder}
        <h2>{t!(i18n, console.projects.import_title)}</h2>
        <div class="field">
            <label for="projects-file">{t!(i18n, console.projects.file)}</label>
            <p class="field-help" id="projects-file-help">
                {t!(i18n, console.projects.file_help)}
            </p>
            <input
                type="file"
                id="projects-file"
                accept=".pb,.json,text/plain,application/json"
                aria-describedby="projects-file-help"
                on:change=import
            />
        </div>
        <p class="status error audit-change" role="alert" hidden=move || problem.get().is_none()>
            {move || problem.get()}
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="projects-caption">
            <table class="data-table" id="ballot-projects">
                <caption id="projects-caption">{t!(i18n, console.projects.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, console.projects.id)}</th>
                        <th scope="col">{t!(i18n, console.projects.name)}</th>
                        <th scope="col">{t!(i18n, console.codes.province)}</th>
                        <th scope="col">{t!(i18n, console.moderation.cost)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::content_type_of;

    #[test]
    fn a_json_file_goes_as_json_and_anything_else_as_pabulib_text() {
        assert_eq!(content_type_of("projets.JSON"), "application/json");
        assert!(content_type_of("ballot.pb").starts_with("text/plain"));
    }
}
