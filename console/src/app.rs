//! Root of the console: language, session, header and the routed pages, behind sign-in.
use crate::codes::printed::provide_printed_batch;
use crate::nav::{AreaNav, role_name};
use crate::pages::{
    accounts::AccountsPage, audit::AuditPage, codes::CodesPage, not_found::NotFoundPage,
    overview::OverviewPage, password::PasswordPage, phases::PhasesPage, projects::ProjectsPage,
    proposals::ProposalsPage, results::ResultsPage, review::ReviewPage, sign_in::SignInPage,
    slips::SlipsPage, workshops::WorkshopsPage,
};
use crate::session::{provide_session, use_session};
use bmk_app::components::initial_language::InitialLanguage;
use bmk_app::components::language_switcher::LanguageSwitcher;
use bmk_app::i18n::*;
use bmk_app::site_path::base_path;
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole console.
#[component]
pub fn ConsoleApp() -> impl IntoView {
    provide_meta_context();
    provide_session();
    provide_printed_batch();
    view! {
        <I18nContextProvider enable_cookie=false>
            <InitialLanguage />
            <ConsoleTitle />
            <Router base=base_path()>
                <a class="skip-link" href="#main">
                    {t!(use_i18n(), skip_to_content)}
                </a>
                <ConsoleHeader />
                <main id="main" tabindex="-1">
                    <SignedIn>
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=OverviewPage />
                            <Route path=path!("/proposals") view=ProposalsPage />
                            <Route path=path!("/review") view=ReviewPage />
                            <Route path=path!("/projects") view=ProjectsPage />
                            <Route path=path!("/codes") view=CodesPage />
                            <Route path=path!("/codes/print") view=SlipsPage />
                            <Route path=path!("/phases") view=PhasesPage />
                            <Route path=path!("/results") view=ResultsPage />
                            <Route path=path!("/workshops") view=WorkshopsPage />
                            <Route path=path!("/accounts") view=AccountsPage />
                            <Route path=path!("/audit") view=AuditPage />
                            <Route path=path!("/password") view=PasswordPage />
                        </Routes>
                    </SignedIn>
                </main>
            </Router>
        </I18nContextProvider>
    }
}

/// Keeps the document title in the interface language.
#[component]
fn ConsoleTitle() -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        format!(
            "{} — {}",
            td_string!(i18n.get_locale(), console.title),
            td_string!(i18n.get_locale(), app_name)
        )
    };
    view! { <Title text=title /> }
}

/// The console's name, the language, a banner when the endpoint serves the demonstration, and once
/// signed in the account, its areas and signing out.
#[component]
fn ConsoleHeader() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let demo = move || session.current.with(|c| c.as_ref().is_some_and(|c| c.demo));
    let account = move || {
        session.current.get().map(|current| {
            let role = current.account.role;
            view! {
                <p class="console-account">
                    <bdi>{current.account.name.clone()}</bdi>
                    " · "
                    {move || role_name(i18n.get_locale(), role)}
                    {current
                        .account
                        .province
                        .clone()
                        .map(|province| {
                            view! {
                                " · "
                                <bdi>{province}</bdi>
                            }
                        })}
                </p>
                <button type="button" class="secondary" on:click=move |_| session.sign_out()>
                    {t!(i18n, console.sign_out)}
                </button>
                <AreaNav role />
            }
        })
    };
    view! {
        <header class="console-header">
            <Show when=demo>
                <p class="console-demo" role="note">
                    {t!(i18n, console.demo_banner)}
                </p>
            </Show>
            <p class="console-name">
                <strong>{t!(i18n, console.title)}</strong>
                " · "
                {t!(i18n, app_name)}
            </p>
            <LanguageSwitcher />
            {account}
        </header>
    }
}

/// Its children once an account is signed in with its own password; else the sign-in form or
/// the password change a one-time password requires.
#[component]
fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    move || {
        if !session.checked.get() {
            return view! {
                <p class="status" role="status">
                    {t!(i18n, console.loading)}
                </p>
            }
            .into_any();
        }
        match session.current.get() {
            None => view! { <SignInPage /> }.into_any(),
            Some(current) if current.account.password_change_required => {
                view! { <PasswordPage /> }.into_any()
            }
            Some(_) => children().into_any(),
        }
    }
}
