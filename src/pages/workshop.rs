//! The workshop page (route `/workshop`): opening a session on a shared tablet, then the
//! participant loop for as long as the session runs.
use crate::i18n::*;
use crate::workshop::kiosk::Kiosk;
use crate::workshop::session::WorkshopSession;
use crate::workshop::setup::SessionSetup;
use leptos::prelude::*;

/// The setup form without a session, the kiosk with one.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = RwSignal::new(WorkshopSession::load());
    move || match session.get() {
        Some(session) => view! { <Kiosk session /> }.into_any(),
        None => view! {
            <section class="page" aria-labelledby="page-title">
                <h1 id="page-title">{t!(i18n, workshop.title)}</h1>
                <SessionSetup on_open=move |opened| session.set(Some(opened)) />
            </section>
        }
        .into_any(),
    }
}
