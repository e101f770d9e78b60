//! The page for the region's web editors (route `/embed-help`): how to embed the budget or the
//! ballot in their site, with the snippet generator.
use crate::embed::help_form::EmbedHelpForm;
use crate::i18n::*;
use leptos::prelude::*;

/// Heading, explanation and the generator.
#[component]
pub fn EmbedHelpPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page embed-help" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, embed_help.title)}</h1>
            <p class="lead">{t!(i18n, embed_help.intro)}</p>
            <p>{t!(i18n, embed_help.how)}</p>
            <EmbedHelpForm />
        </section>
    }
}
