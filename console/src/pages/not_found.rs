//! An address that is no console page.
use bmk_app::i18n::*;
use bmk_app::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;

/// Says so and links to the overview.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 id="page-title">{t!(i18n, console.not_found)}</h1>
        <p>
            <A href=app_href("/")>{t!(i18n, console.nav.overview)}</A>
        </p>
    }
}
