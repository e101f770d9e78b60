//! The staff console, its own wasm bundle served at `/console`: the region's administrators,
//! moderators and code officers run a process here without a developer. It reuses the citizen
//! app's library (API types, i18n, language choice, form fields, loader, theme); none of its own
//! code is in the citizen bundle.
#![allow(non_snake_case)]

mod api;
mod app;
mod codes;
mod failure;
mod figures;
mod moderation;
mod nav;
mod pages;
mod phases;
mod review;
mod session;
mod workshops;

fn main() {
    console_error_panic_hook::set_once();
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-loading") {
        shell.remove();
    }
    leptos::mount::mount_to_body(app::ConsoleApp);
}
