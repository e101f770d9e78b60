//! `/console/results`: the outcome as the results page will show it, previewed by administrators
//! once the vote has closed, its publication, and the downloads.
use crate::api;
use crate::api::{api_href, catalogue, process_status};
use crate::failure::failure_text;
use crate::phases::phase_move::{Figures, consequence};
use bmk_app::api::ApiFailure;
use bmk_app::i18n::*;
use bmk_app::results::outcome::Outcome;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{CatalogueProject, Phase, ProcessStatus, Results};

/// The preview (or the published outcome), the publication and the downloads.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let process = RwSignal::new(None::<ProcessStatus>);
    let preview = RwSignal::new(None::<Result<(Results, Vec<CatalogueProject>), ApiFailure>>);
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let announcement = RwSignal::new(String::new());
    let load = move || {
        spawn_local(async move {
            if let Ok(status) = process_status().await {
                process.try_set(Some(status));
            }
            let outcome = match api::get::<Results>("/api/admin/results/preview").await {
                Ok(results) => catalogue().await.map(|projects| (results, projects)),
                Err(failure) => Err(failure),
            };
            preview.try_set(Some(outcome));
        })
    };
    load();
    let phase = move || process.with(|p| p.as_ref().map(|p| p.phase));
    let published = move || phase().is_some_and(Phase::voting_has_ended);
    let publishable =
        move || phase() == Some(Phase::Voting) && preview.with(|p| matches!(p, Some(Ok(_))));
    let publish = move |_| {
        spawn_local(async move {
            let locale = i18n.get_locale_untracked();
            match api::open_phase(Phase::Results).await {
                Ok(status) => {
                    announcement.set(td_string!(locale, console.results.published).to_owned());
                    process.set(Some(status));
                    confirming.set(false);
                    problem.set(None);
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let confirmation = move || {
        let ballots = preview.with(|p| match p {
            Some(Ok((results, _))) => results.ballots,
            _ => 0,
        });
        let figures = Figures {
            ballots,
            ..Figures::default()
        };
        consequence(i18n.get_locale(), Phase::Results, figures)
    };
    let outcome = move || {
        let status = process.get()?;
        match preview.get()? {
            Ok((results, projects)) => Some(
                view! {
                    <section class="results-preview" aria-labelledby="preview-title">
                        <h2 id="preview-title">
                            {move || {
                                if published() {
                                    td_string!(i18n.get_locale(), console.results.public_title)
                                } else {
                                    td_string!(i18n.get_locale(), console.results.preview_title)
                                }
                            }}
                        </h2>
                        <Outcome results projects process=status />
                    </section>
                }
                .into_any(),
            ),
            Err(failure) if failure.code() == Some("results_not_available") => Some(
                view! { <p id="results-not-yet">{t!(i18n, console.results.not_yet)}</p> }
                    .into_any(),
            ),
            Err(failure) => Some(
                view! {
                    <p class="status error" role="alert">
                        {move || failure_text(i18n.get_locale(), &failure)}
                    </p>
                }
                .into_any(),
            ),
        }
    };
    let download = |path: &'static str, file: &'static str, label: fn(Locale) -> &'static str| {
        view! {
            <li>
                <a href=api_href(path) download=file>
                    {move || label(i18n.get_locale())}
                </a>
            </li>
        }
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.results.title)}</h1>
        <p>{t!(i18n, console.results.intro)}</p>
        <p class="status" role="status" aria-live="polite">
            {announcement}
        </p>
        <p class="status error" role="alert" hidden=move || problem.get().is_none()>
            {move || problem.get()}
        </p>
        <div hidden=move || !publishable()>
            <button
                type="button"
                id="publish-results"
                hidden=move || confirming.get()
                on:click=move |_| confirming.set(true)
            >
                {t!(i18n, console.results.publish)}
            </button>
            <div
                class="confirm"
                role="alertdialog"
                aria-labelledby="publish-text"
                hidden=move || !confirming.get()
            >
                <p id="publish-text">{confirmation}</p>
                <button type="button" id="confirm-publish" on:click=publish>
                    {t!(i18n, console.confirm)}
                </button>
                <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                    {t!(i18n, console.cancel)}
                </button>
            </div>
        </div>
        <section aria-labelledby="downloads-title" hidden=move || !published()>
            <h2 id="downloads-title">{t!(i18n, console.results.downloads)}</h2>
            <ul class="downloads">
                {download(
                    "/api/admin/export/ballots.pb",
                    "ballots.pb",
                    |locale| td_string!(locale, console.results.ballots_pb),
                )}
                {download(
                    "/api/admin/export/ballots.csv",
                    "ballots.csv",
                    |locale| td_string!(locale, console.results.ballots_csv),
                )}
                {download(
                    "/api/admin/export/results.csv",
                    "results.csv",
                    |locale| td_string!(locale, console.results.results_csv),
                )}
            </ul>
        </section>
        {outcome}
    }
}
