//! `/console/workshops`: a token for a workshop's tablet (shown once), the tokens with the
//! ballots and proposals each sent, revoking a token, and its grace period after the vote closes.
use crate::api;
use crate::failure::failure_text;
use crate::workshops::morocco_time::{moment_from_input, moment_label};
use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use bmk_app::labels::date_label;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{
    MAX_WORKSHOP_LABEL_CHARS, WorkshopGrace, WorkshopToken, WorkshopTokenRequest,
    WorkshopTokenSummary,
};

/// The form, the token just issued, the list and the grace period form.
#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let i18n = use_i18n();
    let tokens = RwSignal::new(Vec::<WorkshopTokenSummary>::new());
    let label = RwSignal::new(String::new());
    let grace = RwSignal::new(String::new());
    let issued = RwSignal::new(None::<WorkshopToken>);
    let problem = RwSignal::new(None::<&'static str>);
    let announcement = RwSignal::new(String::new());
    let revoking = RwSignal::new(None::<i64>);
    let grace_token = RwSignal::new(String::new());
    let grace_until = RwSignal::new(String::new());
    let grace_problem = RwSignal::new(None::<&'static str>);
    let load = move || {
        spawn_local(async move {
            match api::get::<Vec<WorkshopTokenSummary>>("/api/admin/workshops").await {
                Ok(list) => {
                    tokens.try_set(list);
                }
                Err(failure) => {
                    problem.try_set(Some(failure_text(i18n.get_locale_untracked(), &failure)));
                }
            }
        })
    };
    load();
    let label_of = move |id: i64| {
        tokens.with_untracked(|list| {
            list.iter()
                .find(|token| token.id == id)
                .map(|token| token.label.clone())
                .unwrap_or_default()
        })
    };
    let issue = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let locale = i18n.get_locale_untracked();
        let name = label.get().trim().to_owned();
        if name.is_empty() {
            problem.set(Some(td_string!(locale, console.workshops.missing_label)));
            return;
        }
        let typed = grace.get();
        let grace_until = match typed.trim() {
            "" => None,
            typed => match moment_from_input(typed) {
                Some(moment) => Some(moment),
                None => {
                    problem.set(Some(td_string!(locale, console.workshops.bad_grace)));
                    return;
                }
            },
        };
        let request = WorkshopTokenRequest {
            label: name,
            grace_until,
        };
        spawn_local(async move {
            match api::send::<_, WorkshopToken>(
                Method::POST,
                "/api/admin/workshops",
                Some(&request),
            )
            .await
            {
                Ok(token) => {
                    announcement.set(
                        td_string!(
                            locale,
                            console.workshops.issued_done,
                            label = token.label.clone()
                        )
                        .to_string(),
                    );
                    issued.set(Some(token));
                    problem.set(None);
                    label.set(String::new());
                    grace.set(String::new());
                    load();
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let revoke = move |id: i64| {
        let name = label_of(id);
        spawn_local(async move {
            let path = format!("/api/admin/workshops/{id}/revoke");
            let locale = i18n.get_locale_untracked();
            match api::send::<(), WorkshopTokenSummary>(Method::POST, &path, None).await {
                Ok(_) => {
                    announcement.set(
                        td_string!(locale, console.workshops.revoked_done, label = name)
                            .to_string(),
                    );
                    revoking.set(None);
                    load();
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let send_grace = move |id: i64, until: Option<String>| {
        spawn_local(async move {
            let path = format!("/api/admin/workshops/{id}/grace");
            let locale = i18n.get_locale_untracked();
            let body = WorkshopGrace { grace_until: until };
            match api::send::<_, WorkshopTokenSummary>(Method::PUT, &path, Some(&body)).await {
                Ok(token) => {
                    let done = match &token.grace_until {
                        Some(end) => td_string!(
                            locale,
                            console.workshops.grace_set_done,
                            label = token.label.clone(),
                            time = moment_label(end)
                        )
                        .to_string(),
                        None => td_string!(
                            locale,
                            console.workshops.grace_cleared_done,
                            label = token.label.clone()
                        )
                        .to_string(),
                    };
                    announcement.set(done);
                    grace_problem.set(None);
                    grace_until.set(String::new());
                    load();
                }
                Err(failure) => grace_problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let chosen_token = move || grace_token.get().parse::<i64>().ok();
    let set_grace = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let locale = i18n.get_locale_untracked();
        match (chosen_token(), moment_from_input(grace_until.get().trim())) {
            (Some(id), Some(until)) => send_grace(id, Some(until)),
            _ => grace_problem.set(Some(td_string!(locale, console.workshops.grace_missing))),
        }
    };
    let clear_grace = move |_| match chosen_token() {
        Some(id) => send_grace(id, None),
        None => grace_problem.set(Some(td_string!(
            i18n.get_locale_untracked(),
            console.workshops.token_missing
        ))),
    };
    let rows = move || {
        tokens
            .get()
            .into_iter()
            .map(|token| token_row(token, revoking, revoke))
            .collect_view()
    };
    let active_choices = Signal::derive(move || {
        tokens.with(|list| {
            list.iter()
                .filter(|token| token.revoked_at.is_none())
                .map(|token| (token.id.to_string(), token.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1 id="page-title">{t!(i18n, console.workshops.title)}</h1>
        <p class="status" role="status" aria-live="polite">
            {announcement}
        </p>
        <p>{t!(i18n, console.workshops.intro)}</p>
        <h2>{t!(i18n, console.workshops.new_token)}</h2>
        <form class="console-form" novalidate=true on:submit=issue>
            <Field
                id="workshop-label"
                label=move || td_string!(i18n.get_locale(), console.workshops.label)
                help=move || td_string!(i18n.get_locale(), console.workshops.label_help)
            >
                <input
                    type="text"
                    maxlength=MAX_WORKSHOP_LABEL_CHARS
                    prop:value=label
                    on:input=move |e| label.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="workshop-grace"
                label=move || td_string!(i18n.get_locale(), console.workshops.grace)
                help=move || td_string!(i18n.get_locale(), console.workshops.grace_help)
            >
                <input
                    type="datetime-local"
                    prop:value=grace
                    on:input=move |e| grace.set(event_target_value(&e))
                />
            </Field>
            <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get()}
            </p>
            <button type="submit" id="issue-token">
                {t!(i18n, console.workshops.issue)}
            </button>
        </form>
        {move || {
            issued
                .get()
                .map(|token| {
                    view! {
                        <div class="one-time-password" role="status">
                            <p>
                                {td_string!(
                                    i18n.get_locale(), console.workshops.token_for, label = token.label.clone()
                                )
                                    .to_string()}
                            </p>
                            <p>
                                <code id="new-workshop-token" dir="ltr">
                                    {token.token}
                                </code>
                            </p>
                            <p>{t!(i18n, console.workshops.shown_once)}</p>
                        </div>
                    }
                })
        }}
        <h2>{t!(i18n, console.workshops.tokens)}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="workshops-caption">
            <table class="data-table" id="workshops">
                <caption id="workshops-caption">{t!(i18n, console.workshops.tokens)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, console.workshops.label)}</th>
                        <th scope="col">{t!(i18n, console.workshops.created)}</th>
                        <th scope="col">{t!(i18n, console.workshops.ballots)}</th>
                        <th scope="col">{t!(i18n, console.workshops.proposals)}</th>
                        <th scope="col">{t!(i18n, console.workshops.grace_column)}</th>
                        <th scope="col">{t!(i18n, console.workshops.state)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2>{t!(i18n, console.workshops.grace_title)}</h2>
        <p class="notice">{t!(i18n, console.workshops.grace_rule)}</p>
        <form class="console-form" id="grace-form" novalidate=true on:submit=set_grace>
            <Field
                id="grace-token"
                label=move || td_string!(i18n.get_locale(), console.workshops.grace_token)
            >
                <ChoiceSelect
                    choices=active_choices
                    empty=move || td_string!(i18n.get_locale(), console.workshops.pick_token)
                    value=grace_token
                    on_pick=move |picked| grace_token.set(picked)
                />
            </Field>
            <Field
                id="grace-until"
                label=move || td_string!(i18n.get_locale(), console.workshops.grace_end)
                help=move || td_string!(i18n.get_locale(), console.workshops.grace_help)
            >
                <input
                    type="datetime-local"
                    prop:value=grace_until
                    on:input=move |e| grace_until.set(event_target_value(&e))
                />
            </Field>
            <p class="status error" role="alert" hidden=move || grace_problem.get().is_none()>
                {move || grace_problem.get()}
            </p>
            <div class="decision-buttons">
                <button type="submit" id="set-grace">
                    {t!(i18n, console.workshops.grace_set)}
                </button>
                <button type="button" class="secondary" id="clear-grace" on:click=clear_grace>
                    {t!(i18n, console.workshops.grace_clear)}
                </button>
            </div>
        </form>
    }
}

/// A token's row: label, day issued, what it sent, grace period, and its state with the revoke
/// button and its confirmation.
fn token_row(
    token: WorkshopTokenSummary,
    revoking: RwSignal<Option<i64>>,
    revoke: impl Fn(i64) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = token.id;
    let name = token.label.clone();
    let grace = token.grace_until.as_deref().map(moment_label);
    let state = match token.revoked_at {
        Some(at) => view! {
            <span class="revoked">
                {t!(i18n, console.workshops.revoked)} " " <span dir="ltr">{moment_label(&at)}</span>
            </span>
        }
        .into_any(),
        None => view! {
            {t!(i18n, console.workshops.active)}
            " "
            <button
                type="button"
                class="secondary"
                hidden=move || revoking.get() == Some(id)
                on:click=move |_| revoking.set(Some(id))
            >
                {t!(i18n, console.workshops.revoke)}
            </button>
            <span class="confirm" role="alertdialog" hidden=move || revoking.get() != Some(id)>
                {move || {
                    td_string!(
                        i18n.get_locale(), console.workshops.revoke_confirm, label = name.clone()
                    )
                        .to_string()
                }}
                " "
                <button type="button" class="danger" on:click=move |_| revoke(id)>
                    {t!(i18n, console.confirm)}
                </button>
                <button type="button" class="secondary" on:click=move |_| revoking.set(None)>
                    {t!(i18n, console.cancel)}
                </button>
            </span>
        }
        .into_any(),
    };
    view! {
        <tr data-workshop=id>
            <th scope="row">
                <bdi>{token.label}</bdi>
            </th>
            <td dir="ltr">{date_label(&token.created_on)}</td>
            <td>{token.ballots}</td>
            <td>{token.proposals}</td>
            <td>
                {match grace {
                    Some(end) => view! { <span dir="ltr">{end}</span> }.into_any(),
                    None => t!(i18n, console.workshops.no_grace).into_any(),
                }}
            </td>
            <td>{state}</td>
        </tr>
    }
}
