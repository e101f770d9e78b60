//! Root component: i18n context, router and the page layout shared by every route.
use crate::components::{footer::Footer, header::Header, initial_language::InitialLanguage};
use crate::i18n::*;
use crate::outbox::notice::OutboxNotice;
use crate::outbox::status::provide_outbox;
use crate::pages::{
    about::AboutPage, budget::BudgetPage, home::HomePage, not_found::NotFoundPage,
    project::ProjectPage, projects::ProjectsPage, propose::ProposePage,
    receipt_check::ReceiptCheckPage, results::ResultsPage, vote::VotePage, workshop::WorkshopPage,
};
use crate::process::provide_process;
use crate::service_worker::use_manifest_of;
use crate::workshop::kiosk_guard::KioskGuard;
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole application: language context, header, routed main content and footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_process();
    provide_outbox();
    view! {
        <I18nContextProvider enable_cookie=false>
            <InitialLanguage />
            <AppTitle />
            <ManifestLanguage />
            <Router>
                <a class="skip-link" href="#main">{t!(use_i18n(), skip_to_content)}</a>
                <KioskGuard />
                <Header />
                <OutboxNotice />
                <main id="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/budget") view=BudgetPage />
                        <Route path=path!("/projects") view=ProjectsPage />
                        <Route path=path!("/projects/:slug") view=ProjectPage />
                        <Route path=path!("/propose") view=ProposePage />
                        <Route path=path!("/vote") view=VotePage />
                        <Route path=path!("/vote/check") view=ReceiptCheckPage />
                        <Route path=path!("/results") view=ResultsPage />
                        <Route path=path!("/about") view=AboutPage />
                        <Route path=path!("/workshop") view=WorkshopPage />
                    </Routes>
                </main>
                <Footer />
            </Router>
        </I18nContextProvider>
    }
}

/// Keeps the document title in the current language.
#[component]
fn AppTitle() -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        format!(
            "{} — {}",
            td_string!(i18n.get_locale(), app_name),
            td_string!(i18n.get_locale(), region_name)
        )
    };
    view! { <Title text=title /> }
}

/// Keeps the web manifest in the current language.
#[component]
fn ManifestLanguage() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move || use_manifest_of(i18n.get_locale().as_ref()));
}
