//! Keeps a workshop tablet in the workshop loop: while a session runs on the device, any other
//! page (a typed address, the back button) leads back to `/workshop`.
use super::session::WorkshopSession;
use crate::site_path::route_of;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

/// Sends the tablet back to `/workshop` whenever it shows another page during a session.
#[component]
pub fn KioskGuard() -> impl IntoView {
    let pathname = use_location().pathname;
    let navigate = use_navigate();
    Effect::new(move || {
        let outside = pathname.with(|path| !route_of(path).starts_with("/workshop"));
        if outside && WorkshopSession::load().is_some() {
            navigate(
                "/workshop",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}
