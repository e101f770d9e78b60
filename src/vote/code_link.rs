//! A voter code carried by a link or a QR code, `/vote#code=XXXXX-XXXXX-C`: in the fragment, so
//! it is never sent to a server; the booth reads it once and removes it from the address bar.
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// The code of a fragment `#code=…` (the whole rest of it; the code step then reads it).
pub fn code_from_fragment(hash: &str) -> Option<String> {
    let code = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("code=")?;
    (!code.is_empty()).then(|| code.to_owned())
}

/// The code in the page's fragment, if any, after replacing the address by its path and query
/// (so the code stays in no back/forward entry, nor in a bookmark or link made afterwards).
// Kept out of the booth's code by the optimiser: that measured a few hundred bytes smaller.
#[inline(never)]
pub fn take_code_from_address() -> Option<String> {
    let href = window().location().href().ok()?;
    let (here, hash) = href.split_once('#')?;
    let code = code_from_fragment(hash)?;
    let _ = window()
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(here));
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_read_from_the_fragment_with_or_without_its_hash_sign() {
        for hash in ["#code=K7M2Q-9XB4T-K", "code=K7M2Q-9XB4T-K"] {
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
