//! Site header: region and app name, language switcher and main navigation.
use crate::components::language_switcher::LanguageSwitcher;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// Header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__top">
                <A href="/" attr:class="site-title">
                    <span class="site-title__region">{t!(i18n, region_name)}</span>
                    <span class="site-title__app">{t!(i18n, app_name)}</span>
                </A>
                <LanguageSwitcher />
            </div>
            <nav class="site-nav" aria-label=move || td_string!(i18n.get_locale(), nav.label)>
                <ul>
                    <li><A href="/budget">{t!(i18n, nav.budget)}</A></li>
                    <li><A href="/projects">{t!(i18n, nav.projects)}</A></li>
                    <li><A href="/propose">{t!(i18n, nav.propose)}</A></li>
                    <li><A href="/vote">{t!(i18n, nav.vote)}</A></li>
                    <li><A href="/results">{t!(i18n, nav.results)}</A></li>
                    <li><A href="/about">{t!(i18n, nav.about)}</A></li>
                </ul>
            </nav>
        </header>
    }
}
