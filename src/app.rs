//! Root component: i18n context, router and the page layout shared by every route.
use crate::components::{
    footer::Footer, header::Header, initial_language::InitialLanguage,
    language_switcher::LanguageSwitcher, route_focus::RouteFocus,
};
use crate::embed::height::HeightReporter;
use crate::embed::mode::provide_embedding;
use crate::embed::theme_file::apply_theme;
use crate::focus::follow_in_page_link;
use crate::i18n::*;
use crate::outbox::notice::OutboxNotice;
use crate::outbox::status::provide_outbox;
use crate::pages::{
    about::AboutPage, budget::BudgetPage, embed_help::EmbedHelpPage, home::HomePage,
    not_found::NotFoundPage, project::ProjectPage, projects::ProjectsPage, proposal::ProposalPage,
    proposals::ProposalsPage, propose::ProposePage, receipt_check::ReceiptCheckPage,
    results::ResultsPage, vote::VotePage, workshop::WorkshopPage,
};
use crate::process::provide_process;
use crate::service_worker::use_manifest_of;
use crate::site_path::base_path;
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
    let embedded = provide_embedding().0;
    if let Some(mode) = embedded.clone() {
        mark_embedded_page();
        apply_theme(mode);
    }
    let language_switcher = embedded.as_ref().is_some_and(|mode| mode.language_switcher);
    let embedded = embedded.is_some();
    provide_process();
    provide_outbox();
    view! {
        <I18nContextProvider enable_cookie=false>
            <InitialLanguage />
            <AppTitle />
            <ManifestLanguage />
            <Router base=base_path()>
                {(!embedded)
                    .then(|| {
                        view! {
                            <a
                                class="skip-link"
                                href="#main"
                                on:click=|event| follow_in_page_link(&event, "main")
                            >
                                {t!(use_i18n(), skip_to_content)}
                            </a>
                            <KioskGuard />
                            <Header />
                        }
                    })}
                {language_switcher
                    .then(|| {
                        view! {
                            <div class="embed-bar">
                                <LanguageSwitcher />
                            </div>
                        }
                    })} {embedded.then(|| view! { <HeightReporter /> })} <RouteFocus />
                <OutboxNotice /> <main id="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/budget") view=BudgetPage />
                        <Route path=path!("/projects") view=ProjectsPage />
                        <Route path=path!("/projects/:slug") view=ProjectPage />
                        <Route path=path!("/propose") view=ProposePage />
                        <Route path=path!("/proposals") view=ProposalsPage />
                        <Route path=path!("/proposals/:number") view=ProposalPage />
                        <Route path=path!("/vote") view=VotePage />
                        <Route path=path!("/vote/check") view=ReceiptCheckPage />
                        <Route path=path!("/results") view=ResultsPage />
                        <Route path=path!("/about") view=AboutPage />
                        <Route path=path!("/workshop") view=WorkshopPage />
                        <Route path=path!("/embed-help") view=EmbedHelpPage />
                    </Routes>
                </main> {(!embedded).then(|| view! { <Footer /> })}
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

/// Marks `<html>` as embedded, for the styles that fit the page to its content's height.
fn mark_embedded_page() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.class_list().add_1("embedded");
    }
}
