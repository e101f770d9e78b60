//! Site header: region and app name, language switcher and main navigation (none on a workshop
//! tablet, so participants stay in the workshop loop).
use crate::components::language_switcher::LanguageSwitcher;
use crate::i18n::*;
use crate::site_path::{app_href, route_of};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let pathname = use_location().pathname;
    let in_workshop = move || pathname.with(|path| route_of(path).starts_with("/workshop"));
    let title = move || {
        view! {
            <span class="site-title__region">{t!(i18n, region_name)}</span>
            <span class="site-title__app">{t!(i18n, app_name)}</span>
        }
    };
    view! {
        <header class="site-header">
            <div class="site-header__top">
                {move || {
                    if in_workshop() {
                        view! { <p class="site-title">{title()}</p> }.into_any()
                    } else {
                        view! {
                            <A href=app_href("/") attr:class="site-title">
                                {title()}
                            </A>
                        }
                            .into_any()
                    }
                }} <LanguageSwitcher />
            </div>
            <Show when=move || !in_workshop()>
                <nav class="site-nav" aria-label=move || td_string!(i18n.get_locale(), nav.label)>
                    <ul>
                        <li>
                            <A href=app_href("/budget")>{t!(i18n, nav.budget)}</A>
                        </li>
                        <li>
                            <A href=app_href("/projects")>{t!(i18n, nav.projects)}</A>
                        </li>
                        <li>
                            <A href=app_href("/propose")>{t!(i18n, nav.propose)}</A>
                        </li>
                        <li>
                            <A href=app_href("/vote")>{t!(i18n, nav.vote)}</A>
                        </li>
                        <li>
                            <A href=app_href("/results")>{t!(i18n, nav.results)}</A>
                        </li>
                        <li>
                            <A href=app_href("/about")>{t!(i18n, nav.about)}</A>
                        </li>
                    </ul>
                </nav>
            </Show>
        </header>
    }
}
