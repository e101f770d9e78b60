//! A failed console call as a sentence in the interface language.
use bmk_app::api::ApiFailure;
use bmk_app::i18n::*;

/// What went wrong, for a staff member: the endpoint's refusal by its stable code, or the network.
pub fn failure_text(locale: Locale, failure: &ApiFailure) -> &'static str {
    match failure.code() {
        Some("unauthorized") => td_string!(locale, console.errors.unauthorized),
        Some("forbidden") => td_string!(locale, console.errors.forbidden),
        Some("too_many_requests") => td_string!(locale, console.errors.too_many_requests),
        Some("conflict") => td_string!(locale, console.errors.conflict),
        Some("invalid_request") => td_string!(locale, console.errors.invalid_request),
        Some("wrong_phase") => td_string!(locale, console.errors.wrong_phase),
        Some("not_found") => td_string!(locale, console.errors.not_found),
        Some("grace_period_out_of_range") => {
            td_string!(locale, console.workshops.error_grace_range)
        }
        Some("grace_period_running") => td_string!(locale, console.workshops.error_grace_running),
        Some(_) => td_string!(locale, console.errors.refused),
        None => td_string!(locale, console.errors.network),
    }
}
