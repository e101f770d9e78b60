//! Participatory-budgeting web app of the Béni Mellal-Khénifra region: shell, pages and i18n.
#![allow(non_snake_case)]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod api;
pub mod app;
pub mod browser_storage;
pub mod budget;
pub mod components;
pub mod embed;
pub mod focus;
pub mod labels;
pub mod language;
pub mod outbox;
pub mod pages;
pub mod process;
pub mod process_steps;
pub mod projects;
pub mod proposals;
pub mod propose;
pub mod results;
pub mod service_worker;
pub mod site_path;
#[cfg(test)]
mod test_process;
pub mod vote;
pub mod workshop;

/// Mounts the whole app into `<body>`; called once by the binary.
pub fn mount() {
    console_error_panic_hook::set_once();
    service_worker::register_service_worker();
    remove_loading_shell();
    leptos::mount::mount_to_body(app::App);
}

/// Removes index.html's `#app-loading` (the site's name shown while the app downloads).
fn remove_loading_shell() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-loading") {
        shell.remove();
    }
}
