//! A voter code carried by a link or a QR code, `/vote#code=XXXXX-XXXXX-C`: in the fragment, so
//! it is never sent to a server; the booth reads it once and removes it from the address bar.
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// The value of `code` in an address's fragment (`#code=…`, among other `&`-separated pairs).
pub fn code_from_fragment(hash: &str) -> Option<String> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("code="))
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
}

/// The code in the page's fragment, if any, after replacing the address by its path and query
/// (so the code stays in no back/forward entry, nor in a bookmark or link made afterwards).
pub fn take_code_from_address() -> Option<String> {
    let location = window().location();
    let code = code_from_fragment(&location.hash().ok()?)?;
    let here = location.pathname().ok()? + &location.search().ok()?;
    let _ = window()
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&here));
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_read_from_the_fragment_among_other_pairs() {
        for hash in [
            "#code=K7M2Q-9XB4T-K",
            "code=K7M2Q-9XB4T-K",
            "#lang=ar&code=K7M2Q-9XB4T-K",
            "#code=K7M2Q-9XB4T-K&x=1",
        ] {
            assert_eq!(
                code_from_fragment(hash).as_deref(),
                Some("K7M2Q-9XB4T-K"),
                "{hash}"
            );
        }
    }

    #[test]
    fn a_fragment_without_a_code_gives_none() {
        for hash in ["", "#", "#code=", "#main", "#xcode=K7M2Q", "#lang=ar"] {
            assert_eq!(code_from_fragment(hash), None, "{hash}");
        }
    }
}
