//! The proposal form: every field labelled, live messages from pb-core's check linked to their
//! field, the draft kept on the device while typing, sending with an idempotency key.
use super::confirmation::Confirmation;
use super::draft::ProposalDraft;
use super::field_message::field_message;
use crate::api::ApiFailure;
use crate::browser_storage::new_idempotency_key;
use crate::focus::focus_element;
use crate::focus::follow_in_page_link;
use crate::i18n::*;
use crate::labels::{dirhams, province_label, sector_label};
use crate::outbox::queue::Kind;
use crate::outbox::status::use_outbox;
use crate::outbox::submission::{Submitted, send_or_queue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::{ProcessStatus, ProposalAccepted};
use pb_core::validation::{FieldError, ProposalRules, validate_proposal};

/// Where the sending stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sending {
    Idle,
    InProgress,
    Failed(ApiFailure),
    /// Received by the endpoint (its answer), or kept on the device to be sent (`None`).
    Received(Option<ProposalAccepted>),
}

/// The fields in form order: name in the API, element id.
const FIELDS: [(&str, &str); 7] = [
    ("title", "proposal-title"),
    ("description", "proposal-description"),
    ("province", "proposal-province"),
    ("commune", "proposal-commune"),
    ("sector", "proposal-sector"),
    ("estimated_cost", "proposal-cost"),
    ("contact", "proposal-contact"),
];

/// Every problem of the draft under the process rules, in field order.
pub fn draft_problems(draft: &ProposalDraft, process: &ProcessStatus) -> Vec<FieldError> {
    let (submission, not_a_number) = draft.submission();
    let rules = ProposalRules {
        provinces: &process.provinces,
        sectors: &process.sectors,
        max_cost: process.max_proposal_cost,
    };
    let mut problems = validate_proposal(&submission, &rules)
        .err()
        .unwrap_or_default();
    if let Some(not_a_number) = not_a_number {
        problems.retain(|problem| problem.field != "estimated_cost");
        problems.push(not_a_number);
    }
    let order = |field: &str| FIELDS.iter().position(|(name, _)| *name == field);
    problems.sort_by_key(|problem| order(&problem.field));
    problems
}

/// The form, or the confirmation once the proposal is received.
#[component]
pub fn ProposalForm(process: ProcessStatus) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let process = StoredValue::new(process);
    let draft = RwSignal::new(ProposalDraft::load());
    let touched = RwSignal::new(Vec::<&'static str>::new());
    let submitted = RwSignal::new(false);
    let sending = RwSignal::new(Sending::Idle);
    let server_problems = RwSignal::new(Vec::<FieldError>::new());
    Effect::new(move || draft.with(ProposalDraft::save));
    let problems = Memo::new(move |_| {
        let mut problems = process.with_value(|process| draft.with(|d| draft_problems(d, process)));
        if problems.is_empty() {
            problems = server_problems.get();
        }
        problems
    });
    let shown_problem = move |field: &'static str| {
        let visible = submitted.get() || touched.with(|t| t.contains(&field));
        visible
            .then(|| problems.with(|all| all.iter().find(|p| p.field == field).cloned()))
            .flatten()
    };
    let message = move |field: &'static str| {
        shown_problem(field).map(|problem| {
            let max = process.with_value(|p| p.max_proposal_cost);
            field_message(i18n.get_locale(), &problem.field, &problem.code, max)
        })
    };
    let touch = move |field: &'static str| {
        touched.update(|t| {
            if !t.contains(&field) {
                t.push(field)
            }
        })
    };
    let edit = move |apply: fn(&mut ProposalDraft, String)| {
        move |event: leptos::ev::Event| {
            server_problems.set(Vec::new());
            let value = event_target_value(&event);
            draft.update(|d| apply(d, value));
        }
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        if sending.get_untracked() == Sending::InProgress {
            return;
        }
        if let Some(first) = problems.with_untracked(|p| p.first().cloned()) {
            focus_element(element_id(&first.field));
            return;
        }
        let (submission, _) = draft.with_untracked(ProposalDraft::submission);
        let key = draft.with_untracked(|d| d.key_for(&submission, new_idempotency_key));
        draft.update(|d| d.sent = Some((key.clone(), submission.clone())));
        sending.set(Sending::InProgress);
        spawn_local(async move {
            match send_or_queue(outbox, Kind::Proposal, "proposals", &key, &submission).await {
                Submitted::Answered(accepted) => {
                    ProposalDraft::clear();
                    sending.set(Sending::Received(Some(accepted)));
                }
                Submitted::Queued => {
                    ProposalDraft::clear();
                    sending.set(Sending::Received(None));
                }
                Submitted::Failed(failure) => {
                    if let ApiFailure::Refused(detail) = &failure {
                        server_problems.set(detail.fields.clone());
                    }
                    sending.set(Sending::Failed(failure));
                }
            }
        });
    };
    let start_again = move || {
        draft.set(ProposalDraft::default());
        touched.set(Vec::new());
        submitted.set(false);
        sending.set(Sending::Idle);
    };
    let field_class = move |field: &'static str| {
        if shown_problem(field).is_some() {
            "field field--invalid"
        } else {
            "field"
        }
    };
    let described_by = move |field: &'static str, help: Option<&'static str>| {
        let error = shown_problem(field).map(|_| format!("{}-error", element_id(field)));
        [help.map(str::to_owned), error]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let invalid = move |field: &'static str| shown_problem(field).is_some().to_string();
    let error_line = move |field: &'static str| {
        view! {
            <p class="field-error" id=format!("{}-error", element_id(field)) aria-live="polite">
                {move || message(field)}
            </p>
        }
    };
    let province_options = move || {
        let locale = i18n.get_locale();
        process.with_value(|p| p.provinces.clone()).into_iter().map(|name| {
            let label = province_label(locale, &name);
            let value = name.clone();
            view! { <option value=name selected=move || draft.with(|d| d.province == value)>{label}</option> }
        }).collect_view()
    };
    let sector_options = move || {
        let locale = i18n.get_locale();
        process.with_value(|p| p.sectors.clone()).into_iter().map(|key| {
            let label = sector_label(locale, &key);
            let value = key.clone();
            view! { <option value=key selected=move || draft.with(|d| d.sector == value)>{label}</option> }
        }).collect_view()
    };
    let cost_help = move || {
        let locale = i18n.get_locale();
        let max = dirhams(locale, process.with_value(|p| p.max_proposal_cost));
        let typical = draft.with(|d| typical_cost(locale, &d.sector));
        let ceiling = td_string!(locale, propose.cost_ceiling, max = max).to_string();
        match typical {
            Some(typical) => format!("{typical} {ceiling}"),
            None => ceiling,
        }
    };
    let form = move || {
        view! {
            <form class="proposal-form" novalidate=true on:submit=send>
                <p class="form-note">{t!(i18n, propose.draft_note)}</p>
                {move || (submitted.get() && problems.with(|p| !p.is_empty())).then(|| view! {
                    <div class="error-summary" role="alert">
                        <p>{move || td_string!(i18n.get_locale(), propose.summary, count = problems.with(|p| p.len()) as u32).to_string()}</p>
                        <ul>
                            {move || problems.get().into_iter().map(|problem| {
                                let id = element_id(&problem.field);
                                let href = format!("#{id}");
                                let max = process.with_value(|p| p.max_proposal_cost);
                                let text = field_message(i18n.get_locale(), &problem.field, &problem.code, max);
                                view! { <li><a href=href on:click=move |event| follow_in_page_link(&event, id)>{text}</a></li> }
                            }).collect_view()}
                        </ul>
                    </div>
                })}
                <div class=move || field_class("title")>
                    <label for="proposal-title">{t!(i18n, propose.field_title)}</label>
                    <p class="field-help" id="proposal-title-help">{t!(i18n, propose.help_title)}</p>
                    <input id="proposal-title" name="title" type="text" autocomplete="off"
                        prop:value=move || draft.with(|d| d.title.clone())
                        aria-invalid=move || invalid("title")
                        aria-describedby=move || described_by("title", Some("proposal-title-help"))
                        on:input=edit(|d, v| d.title = v) on:blur=move |_| touch("title") />
                    {error_line("title")}
                </div>
                <div class=move || field_class("description")>
                    <label for="proposal-description">{t!(i18n, propose.field_description)}</label>
                    <p class="field-help" id="proposal-description-help">{t!(i18n, propose.help_description)}</p>
                    <textarea id="proposal-description" name="description" rows="6"
                        prop:value=move || draft.with(|d| d.description.clone())
                        aria-invalid=move || invalid("description")
                        aria-describedby=move || described_by("description", Some("proposal-description-help"))
                        on:input=edit(|d, v| d.description = v) on:blur=move |_| touch("description")></textarea>
                    {error_line("description")}
                </div>
                <div class=move || field_class("province")>
                    <label for="proposal-province">{t!(i18n, propose.field_province)}</label>
                    <select id="proposal-province" name="province"
                        aria-invalid=move || invalid("province")
                        aria-describedby=move || described_by("province", None)
                        on:change=edit(|d, v| d.province = v) on:blur=move |_| touch("province")>
                        <option value="" selected=move || draft.with(|d| d.province.is_empty())>{t!(i18n, propose.choose)}</option>
                        {province_options}
                    </select>
                    {error_line("province")}
                </div>
                <div class=move || field_class("commune")>
                    <label for="proposal-commune">{t!(i18n, propose.field_commune)}</label>
                    <input id="proposal-commune" name="commune" type="text" autocomplete="address-level2"
                        prop:value=move || draft.with(|d| d.commune.clone())
                        aria-invalid=move || invalid("commune")
                        aria-describedby=move || described_by("commune", None)
                        on:input=edit(|d, v| d.commune = v) on:blur=move |_| touch("commune") />
                    {error_line("commune")}
                </div>
                <div class=move || field_class("sector")>
                    <label for="proposal-sector">{t!(i18n, propose.field_sector)}</label>
                    <select id="proposal-sector" name="sector"
                        aria-invalid=move || invalid("sector")
                        aria-describedby=move || described_by("sector", None)
                        on:change=edit(|d, v| d.sector = v) on:blur=move |_| touch("sector")>
                        <option value="" selected=move || draft.with(|d| d.sector.is_empty())>{t!(i18n, propose.choose)}</option>
                        {sector_options}
                    </select>
                    {error_line("sector")}
                </div>
                <div class=move || field_class("estimated_cost")>
                    <label for="proposal-cost">{t!(i18n, propose.field_cost)}</label>
                    <p class="field-help" id="proposal-cost-help">{cost_help}</p>
                    <input id="proposal-cost" name="estimated_cost" type="text" inputmode="numeric" autocomplete="off"
                        prop:value=move || draft.with(|d| d.estimated_cost.clone())
                        aria-invalid=move || invalid("estimated_cost")
                        aria-describedby=move || described_by("estimated_cost", Some("proposal-cost-help"))
                        on:input=edit(|d, v| d.estimated_cost = v) on:blur=move |_| touch("estimated_cost") />
                    {error_line("estimated_cost")}
                </div>
                <div class=move || field_class("contact")>
                    <label for="proposal-contact">{t!(i18n, propose.field_contact)}</label>
                    <p class="field-help" id="proposal-contact-help">{t!(i18n, propose.help_contact)}</p>
                    <input id="proposal-contact" name="contact" type="text" autocomplete="email"
                        prop:value=move || draft.with(|d| d.contact.clone())
                        aria-invalid=move || invalid("contact")
                        aria-describedby=move || described_by("contact", Some("proposal-contact-help"))
                        on:input=edit(|d, v| d.contact = v) on:blur=move |_| touch("contact") />
                    {error_line("contact")}
                </div>
                <div class="send-status" role="status" aria-live="polite">
                    {move || match sending.get() {
                        Sending::InProgress => Some(view! { <p>{t!(i18n, propose.sending)}</p> }.into_any()),
                        Sending::Failed(failure) => Some(view! {
                            <p class="status error">{move || sending_failure(i18n.get_locale(), &failure)}</p>
                        }.into_any()),
                        _ => None,
                    }}
                </div>
                <button type="submit" class="button" aria-disabled=move || (sending.get() == Sending::InProgress).to_string()>
                    {t!(i18n, propose.send)}
                </button>
            </form>
        }
    };
    // Only receiving swaps the form for the confirmation; sending and failing keep the same
    // form (and the focus) on the page.
    let received = Memo::new(move |_| match sending.get() {
        Sending::Received(accepted) => Some(accepted),
        _ => None,
    });
    move || match received.get() {
        Some(accepted) => view! {
            <Confirmation accepted process=process.get_value() on_again=start_again />
        }
        .into_any(),
        None => form().into_any(),
    }
}

/// The message for a sending that failed; the draft is kept in every case.
fn sending_failure(locale: Locale, failure: &ApiFailure) -> String {
    match failure.code() {
        None => td_string!(locale, propose.failed_network).to_owned(),
        Some("invalid_proposal") => td_string!(locale, propose.failed_invalid).to_owned(),
        Some("wrong_phase") => td_string!(locale, propose.failed_closed).to_owned(),
        Some("too_many_requests") => td_string!(locale, errors.too_many_requests).to_owned(),
        Some(_) => td_string!(locale, propose.failed_unknown).to_owned(),
    }
}

/// The typical cost of projects of a sector, as a sentence.
fn typical_cost(locale: Locale, sector: &str) -> Option<&'static str> {
    Some(match sector {
        "education" => td_string!(locale, cost_guide.education),
        "health" => td_string!(locale, cost_guide.health),
        "roads_transport" => td_string!(locale, cost_guide.roads_transport),
        "water" => td_string!(locale, cost_guide.water),
        "agriculture" => td_string!(locale, cost_guide.agriculture),
        "economic_development" => td_string!(locale, cost_guide.economic_development),
        "culture_youth" => td_string!(locale, cost_guide.culture_youth),
        "environment" => td_string!(locale, cost_guide.environment),
        _ => return None,
    })
}

/// The element id of a field named as in the API.
fn element_id(field: &str) -> &'static str {
    FIELDS
        .iter()
        .find(|(name, _)| *name == field)
        .map(|(_, id)| *id)
        .unwrap_or("proposal-title")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_process::published_process;
    use pb_core::api::Phase;

    fn problems(draft: &ProposalDraft) -> Vec<(String, String)> {
        draft_problems(draft, &published_process(Phase::Proposals))
            .into_iter()
            .map(|problem| (problem.field, problem.code))
            .collect()
    }

    #[test]
    fn an_empty_form_lists_every_required_field_in_form_order() {
        let fields: Vec<String> = problems(&ProposalDraft::default())
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "description",
                "province",
                "commune",
                "sector",
                "estimated_cost"
            ]
        );
    }

    #[test]
    fn a_letter_in_the_cost_is_named_instead_of_a_range_error() {
        let draft = ProposalDraft {
            title: "Bibliothèque du douar".to_owned(),
            description: "Une petite bibliothèque pour les élèves du collège.".to_owned(),
            province: "Azilal".to_owned(),
            commune: "Tabant".to_owned(),
            sector: "education".to_owned(),
            estimated_cost: "1 2O0 000".to_owned(),
            ..Default::default()
        };
        assert_eq!(
            problems(&draft),
            [("estimated_cost".to_owned(), "not_a_number".to_owned())]
        );
        let valid = ProposalDraft {
            estimated_cost: "1 200 000".to_owned(),
            ..draft.clone()
        };
        assert!(problems(&valid).is_empty());
        let too_dear = ProposalDraft {
            estimated_cost: "50 000 001".to_owned(),
            ..draft
        };
        assert_eq!(
            problems(&too_dear),
            [("estimated_cost".to_owned(), "out_of_range".to_owned())]
        );
    }
}
