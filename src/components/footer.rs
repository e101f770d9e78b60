//! Site footer.
use crate::i18n::*;
use crate::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;

/// Footer shown on every page.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer.text)}</p>
            <p>
                <A href=app_href("/embed-help")>{t!(i18n, footer.embed)}</A>
            </p>
        </footer>
    }
}
