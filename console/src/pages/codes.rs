//! `/console/codes`: a new batch of voter codes for a province and a place, the batches with
//! their codes issued and used, and revoking a batch (a lost box of slips).
use crate::api;
use crate::api::process_status;
use crate::codes::printed::use_printed_batch;
use crate::failure::failure_text;
use crate::session::use_session;
use bmk_app::api::ApiFailure;
use bmk_app::components::choice_select::ChoiceSelect;
use bmk_app::components::field::Field;
use bmk_app::i18n::*;
use bmk_app::labels::{province_choices, province_label};
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use pb_core::api::{
    MAX_CODES_PER_BATCH, VoterCodeBatchCreated, VoterCodeBatchRequest, VoterCodeBatchSummary,
};

/// The form and the batches.
#[component]
pub fn CodesPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let printed = use_printed_batch();
    let navigate = use_navigate();
    let batches = RwSignal::new(None::<Result<Vec<VoterCodeBatchSummary>, ApiFailure>>);
    let provinces = RwSignal::new(Vec::<String>::new());
    let own_province = session
        .current
        .get_untracked()
        .and_then(|current| current.account.province);
    let province = RwSignal::new(own_province.clone().unwrap_or_default());
    let place = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let count = RwSignal::new(String::from("100"));
    let problem = RwSignal::new(None::<&'static str>);
    let announcement = RwSignal::new(String::new());
    let revoking = RwSignal::new(None::<i64>);
    let load = move || {
        spawn_local(async move {
            let answer =
                api::get::<Vec<VoterCodeBatchSummary>>("/api/admin/voter-codes/batches").await;
            batches.try_set(Some(answer));
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
        let locale = i18n.get_locale_untracked();
        let Some(count) = count
            .get()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_CODES_PER_BATCH).contains(n))
        else {
            problem.set(Some(td_string!(locale, console.codes.bad_count)));
            return;
        };
        if province.get().is_empty() || label.get().trim().is_empty() {
            problem.set(Some(td_string!(locale, console.codes.missing)));
            return;
        }
        let request = VoterCodeBatchRequest {
            count,
            label: label.get().trim().to_owned(),
            province: Some(province.get()),
            place: Some(place.get().trim().to_owned()).filter(|p| !p.is_empty()),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::send::<_, VoterCodeBatchCreated>(
                Method::POST,
                "/api/admin/voter-codes",
                Some(&request),
            )
            .await
            {
                Ok(created) => {
                    printed.0.set(Some(created));
                    problem.set(None);
                    navigate("/codes/print", Default::default());
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let revoke = move |id: i64| {
        spawn_local(async move {
            let path = format!("/api/admin/voter-codes/batches/{id}/revoke");
            let locale = i18n.get_locale_untracked();
            match api::send::<(), VoterCodeBatchSummary>(Method::POST, &path, None).await {
                Ok(_) => {
                    announcement.set(
                        td_string!(locale, console.codes.revoked_done, batch = id).to_string(),
                    );
                    revoking.set(None);
                    load();
                }
                Err(failure) => problem.set(Some(failure_text(locale, &failure))),
            }
        });
    };
    let rows = move || {
        batches
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|batch| {
                let id = batch.id;
                let province = batch.province.clone().unwrap_or_default();
                let revoked = batch.revoked_at.clone();
                view! {
                    <tr data-batch=id>
                        <th scope="row">{id}</th>
                        <td>
                            <bdi>{batch.label}</bdi>
                        </td>
                        <td>
                            <bdi>{batch.place.unwrap_or_default()}</bdi>
                        </td>
                        <td>{move || province_label(i18n.get_locale(), &province)}</td>
                        <td>{batch.size}</td>
                        <td>{batch.used}</td>
                        <td>
                            {match revoked {
                                Some(at) => {
                                    view! {
                                        <span class="revoked">
                                            {t!(i18n, console.codes.revoked)} " "
                                            <span dir="ltr">{at}</span>
                                        </span>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <button
                                            type="button"
                                            class="secondary"
                                            hidden=move || revoking.get() == Some(id)
                                            on:click=move |_| revoking.set(Some(id))
                                        >
                                            {t!(i18n, console.codes.revoke)}
                                        </button>
                                        <span
                                            class="confirm"
                                            role="alertdialog"
                                            hidden=move || revoking.get() != Some(id)
                                        >
                                            {td_string!(
                                                i18n.get_locale(), console.codes.revoke_confirm, batch = id
                                            )
                                                .to_string()}
                                            " "
                                            <button
                                                type="button"
                                                class="danger"
                                                on:click=move |_| revoke(id)
                                            >
                                                {t!(i18n, console.confirm)}
                                            </button>
                                            <button
                                                type="button"
                                                class="secondary"
                                                on:click=move |_| revoking.set(None)
                                            >
                                                {t!(i18n, console.cancel)}
                                            </button>
                                        </span>
                                    }
                                        .into_any()
                                }
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let province_list = Signal::derive(move || {
        let all = provinces.get();
        let allowed: Vec<String> = match &own_province {
            Some(own) => all.into_iter().filter(|p| p == own).collect(),
            None => all,
        };
        province_choices(i18n.get_locale(), &allowed)
    });
    view! {
        <h1 id="page-title">{t!(i18n, console.codes.title)}</h1>
        <p class="status" role="status" aria-live="polite">
            {announcement}
        </p>
        <h2>{t!(i18n, console.codes.new_batch)}</h2>
        <form class="console-form" novalidate=true on:submit=submit>
            <Field
                id="batch-province"
                label=move || td_string!(i18n.get_locale(), console.codes.province)
            >
                <ChoiceSelect
                    choices=province_list
                    empty=move || td_string!(i18n.get_locale(), console.codes.pick_province)
                    value=province
                    on_pick=move |picked| province.set(picked)
                />
            </Field>
            <Field
                id="batch-place"
                label=move || td_string!(i18n.get_locale(), console.codes.place)
                help=move || td_string!(i18n.get_locale(), console.codes.place_help)
            >
                <input
                    type="text"
                    maxlength="200"
                    prop:value=place
                    on:input=move |e| place.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="batch-label"
                label=move || td_string!(i18n.get_locale(), console.codes.label)
                help=move || td_string!(i18n.get_locale(), console.codes.label_help)
            >
                <input
                    type="text"
                    maxlength="200"
                    prop:value=label
                    on:input=move |e| label.set(event_target_value(&e))
                />
            </Field>
            <Field
                id="batch-count"
                label=move || td_string!(i18n.get_locale(), console.codes.count)
            >
                <input
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=MAX_CODES_PER_BATCH
                    prop:value=count
                    on:input=move |e| count.set(event_target_value(&e))
                />
            </Field>
            <p class="status error" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get()}
            </p>
            <button type="submit" id="create-batch">
                {t!(i18n, console.codes.create)}
            </button>
        </form>
        <h2>{t!(i18n, console.codes.batches)}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="batches-caption">
            <table class="data-table" id="batches">
                <caption id="batches-caption">{t!(i18n, console.codes.batches)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, console.codes.number)}</th>
                        <th scope="col">{t!(i18n, console.codes.label)}</th>
                        <th scope="col">{t!(i18n, console.codes.place)}</th>
                        <th scope="col">{t!(i18n, console.codes.province)}</th>
                        <th scope="col">{t!(i18n, console.codes.issued)}</th>
                        <th scope="col">{t!(i18n, console.codes.used)}</th>
                        <th scope="col">{t!(i18n, console.codes.state)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
