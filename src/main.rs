//! Entry point of the WebAssembly app built by Trunk.

fn main() {
    bmk_app::mount();
}
