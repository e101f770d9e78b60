//! `/console/accounts`: the staff accounts, and a new one with its one-time password, shown once.
use crate::api;
use crate::api::process_status;
use crate::failure::failure_text;
use crate::nav::role_name;
use bmk_app::api::ApiFailure;
use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use bmk_app::labels::province_choices;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{CreatedStaffAccount, NewStaffAccount, StaffAccount, StaffRole};

/// The list and the form.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    let accounts = RwSignal::new(None::<Result<Vec<StaffAccount>, ApiFailure>>);
    let provinces = RwSignal::new(Vec::<String>::new());
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(StaffRole::Moderator);
    let province = RwSignal::new(String::new());
    let created = RwSignal::new(None::<CreatedStaffAccount>);
    let problem = RwSignal::new(None::<&'static str>);
    let load = move || {
        spawn_local(async move {
            let answer = api::get::<Vec<StaffAccount>>("/api/staff/accounts").await;
            accounts.try_set(Some(answer));
        })
    };
    load();
    spawn_local(async move {
        if let Ok(status) = process_status().await {
            provinces.try_set(status.provinces);
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let account = NewStaffAccount {
            name: name.get().trim().to_owned(),
            role: role.get(),
            province: (role.get() == StaffRole::CodeOfficer)
                .then(|| province.get())
                .filter(|p| !p.is_empty()),
        };
        spawn_local(async move {
            match api::send::<_, CreatedStaffAccount>(
                Method::POST,
                "/api/staff/accounts",
                Some(&account),
            )
            .await
            {
                Ok(new) => {
                    created.set(Some(new));
                    name.set(String::new());
                    problem.set(None);
                    load();
                }
                Err(failure) => {
                    let locale = i18n.get_locale_untracked();
                    problem.set(Some(match failure.code() {
                        Some("conflict") => td_string!(locale, console.accounts.taken),
                        Some("invalid_request") => td_string!(locale, console.accounts.invalid),
                        _ => failure_text(locale, &failure),
                    }));
                }
            }
        });
    };
    let rows = move || {
        accounts
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|account| {
                let role = account.role;
                view! {
                    <tr>
                        <th scope="row">
                            <bdi>{account.name}</bdi>
                        </th>
                        <td>{move || role_name(i18n.get_locale(), role)}</td>
                        <td>
                            <bdi>{account.province.unwrap_or_default()}</bdi>
                        </td>
                        <td dir="ltr">{account.created_at}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let role_choices = Signal::derive(move || {
        StaffRole::ALL
            .into_iter()
            .map(|role| {
                (
                    role.as_str().to_owned(),
                    role_name(i18n.get_locale(), role).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let province_list =
        Signal::derive(move || province_choices(i18n.get_locale(), &provinces.get()));
    view! {
        <h1 id="page-title">{t!(i18n, console.accounts.title)}</h1>
        <table class="data-table">
            <caption>{t!(i18n, console.accounts.list)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, console.accounts.name)}</th>
                    <th scope="col">{t!(i18n, console.accounts.role)}</th>
                    <th scope="col">{t!(i18n, console.accounts.province)}</th>
                    <th scope="col">{t!(i18n, console.accounts.created)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <h2>{t!(i18n, console.accounts.new_account)}</h2>
        <form class="console-form" novalidate=true on:submit=submit>
            <Field
                id="account-name"
                label=move || td_string!(i18n.get_locale(), console.accounts.name)
            >
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=name
                    on:input=move |e| name.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="account-role"
                label=move || td_string!(i18n.get_locale(), console.accounts.role)
            >
                <ChoiceSelect
                    choices=role_choices
                    value=Signal::derive(move || role.get().as_str().to_owned())
                    on_pick=move |picked: String| {
                        if let Some(picked) = StaffRole::parse(&picked) {
                            role.set(picked);
                        }
                    }
                />
            </Field>
            <div hidden=move || role.get() != StaffRole::CodeOfficer>
                <Field
                    id="account-province"
                    label=move || td_string!(i18n.get_locale(), console.accounts.province)
                >
                    <ChoiceSelect
                        choices=province_list
                        empty=move || td_string!(i18n.get_locale(), console.accounts.pick_province)
                        value=province
                        on_pick=move |picked| province.set(picked)
                    />
                </Field>
            </div>
            <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get()}
            </p>
            <button type="submit">{t!(i18n, console.accounts.create)}</button>
        </form>
        {move || {
            created
                .get()
                .map(|new| {
                    view! {
                        <div class="one-time-password" role="status">
                            <p>
                                {td_string!(
                                    i18n.get_locale(), console.accounts.created_for, name = new.account.name.clone()
                                )
                                    .to_string()}
                            </p>
                            <p>
                                <code id="one-time-password" dir="ltr">
                                    {new.one_time_password}
                                </code>
                            </p>
                            <p>{t!(i18n, console.accounts.shown_once)}</p>
                        </div>
                    }
                })
        }}
    }
}
