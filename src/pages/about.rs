//! About page: the region's commitments this platform carries out, languages, open data.
use crate::i18n::*;
use leptos::prelude::*;

/// About page (route `/about`).
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, about.title)}</h1>
            <p class="lead">{t!(i18n, about.intro)}</p>
            <h2>{t!(i18n, about.commitments_title)}</h2>
            <ul>
                <li>{t!(i18n, about.commitment_budget)}</li>
                <li>{t!(i18n, about.commitment_pdr)}</li>
                <li>{t!(i18n, about.commitment_data)}</li>
                <li>{t!(i18n, about.commitment_input)}</li>
            </ul>
            <h2>{t!(i18n, about.languages_title)}</h2>
            <p>{t!(i18n, about.languages_text)}</p>
            <h2>{t!(i18n, about.data_title)}</h2>
            <p>{t!(i18n, about.data_text)}</p>
        </section>
    }
}
