//! The live preview on `/embed-help`: the very snippet, placed in the page and turned into its
//! iframe by the app's own `embed.js`.
use crate::site_path::app_href;
use js_sys::{Function, Reflect};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Shows the embed of `address` (titled `title`), rebuilt whenever either changes.
#[component]
pub fn EmbedPreview(
    /// The address the snippet links to.
    address: Signal<String>,
    /// The snippet's link text (the iframe's title).
    title: Signal<String>,
) -> impl IntoView {
    let holder = NodeRef::<Div>::new();
    Effect::new(move || {
        let (address, title) = (address.get(), title.get());
        let Some(holder) = holder.get() else {
            return;
        };
        holder.set_inner_html("");
        let Ok(link) = document().create_element("a") else {
            return;
        };
        let _ = link.set_attribute("data-bmk-embed", "");
        let _ = link.set_attribute("href", &address);
        link.set_text_content(Some(&title));
        let _ = holder.append_child(&link);
        embed_links_in(&holder);
    });
    view! { <div class="embed-preview" id="embed-preview" node_ref=holder></div> }
}

/// Runs `embed.js` on the links in `holder`: loads the script the first time (it then embeds
/// every link on the page), calls its `BmkEmbed.scan` afterwards.
fn embed_links_in(holder: &web_sys::HtmlDivElement) {
    let loaded = Reflect::get(&window(), &JsValue::from_str("BmkEmbed"))
        .ok()
        .filter(|value| value.is_object());
    if let Some(embedder) = loaded {
        let scan = Reflect::get(&embedder, &JsValue::from_str("scan"))
            .ok()
            .and_then(|scan| scan.dyn_into::<Function>().ok());
        if let Some(scan) = scan {
            let _ = scan.call1(&embedder, holder);
        }
        return;
    }
    if document().get_element_by_id("embed-script").is_some() {
        return;
    }
    let script = document()
        .create_element("script")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlScriptElement>().ok());
    if let (Some(script), Some(head)) = (script, document().head()) {
        script.set_id("embed-script");
        script.set_src(&app_href("/embed.js"));
        let _ = head.append_child(&script);
    }
}
