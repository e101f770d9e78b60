//! `/console/audit`: the audit log, newest first, page by page, and its export.
use crate::api::{self, api_href};
use crate::failure::failure_text;
use bmk_app::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::AuditEntry;

/// Entries fetched per page.
const PAGE: usize = 100;

/// The log as a table.
#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let more = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let fetch = move |before: Option<i64>| {
        spawn_local(async move {
            let path = match before {
                Some(before) => format!("/api/staff/audit?limit={PAGE}&before={before}"),
                None => format!("/api/staff/audit?limit={PAGE}"),
            };
            match api::get::<Vec<AuditEntry>>(&path).await {
                Ok(page) => {
                    more.try_set(page.len() == PAGE);
                    entries.try_update(|entries| entries.extend(page));
                }
                Err(failure) => {
                    problem.try_set(Some(failure_text(i18n.get_locale_untracked(), &failure)));
                }
            }
        })
    };
    fetch(None);
    let older = move |_| fetch(entries.with(|entries| entries.last().map(|entry| entry.id)));
    let rows = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                let change = [("before", entry.before), ("after", entry.after)]
                    .into_iter()
                    .filter_map(|(side, value)| value.map(|value| format!("{side}: {value}")))
                    .collect::<Vec<_>>()
                    .join("\n");
                view! {
                    <tr>
                        <td dir="ltr">{entry.at}</td>
                        <td>
                            <bdi>{entry.actor}</bdi>
                        </td>
                        <td dir="ltr">{entry.action}</td>
                        <td>
                            <bdi>{entry.subject}</bdi>
                        </td>
                        <td>
                            <pre class="audit-change" dir="ltr">
                                {change}
                            </pre>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="page-title">{t!(i18n, console.audit.title)}</h1>
        <p>{t!(i18n, console.audit.intro)}</p>
        <p>
            <a href=api_href("/api/staff/audit.csv") download="audit.csv">
                {t!(i18n, console.audit.export)}
            </a>
        </p>
        <p class="status error" role="alert" hidden=move || problem.get().is_none()>
            {move || problem.get()}
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="audit-caption">
            <table class="data-table" id="audit-log">
                <caption id="audit-caption">{t!(i18n, console.audit.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, console.audit.when)}</th>
                        <th scope="col">{t!(i18n, console.audit.who)}</th>
                        <th scope="col">{t!(i18n, console.audit.what)}</th>
                        <th scope="col">{t!(i18n, console.audit.subject)}</th>
                        <th scope="col">{t!(i18n, console.audit.change)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <button type="button" class="secondary" hidden=move || !more.get() on:click=older>
            {t!(i18n, console.audit.older)}
        </button>
    }
}
