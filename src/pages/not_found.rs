//! Page shown for any address that matches no route.
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found" with a way back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t!(i18n, not_found.title)}</h1>
            <p class="lead">{t!(i18n, not_found.text)}</p>
            <p>
                <A href="/">{t!(i18n, not_found.back_home)}</A>
            </p>
        </section>
    }
}
