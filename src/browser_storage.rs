//! The browser's storages: `localStorage` (kept across visits) and `sessionStorage` (this tab
//! only), read and written as JSON. A full or disabled storage only loses what it would have kept.
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Which storage to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Across visits, on this device (`localStorage`).
    OnDevice,
    /// In this tab until it is closed (`sessionStorage`).
    InTab,
}

/// The storage itself, if the browser allows it.
pub fn storage(kept: Kept) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match kept {
        Kept::OnDevice => window.local_storage(),
        Kept::InTab => window.session_storage(),
    }
    .ok()
    .flatten()
}

/// The text stored under `key`.
pub fn load_text(kept: Kept, key: &str) -> Option<String> {
    storage(kept)?.get_item(key).ok().flatten()
}

/// Stores `text` under `key`.
pub fn save_text(kept: Kept, key: &str, text: &str) {
    if let Some(storage) = storage(kept) {
        let _ = storage.set_item(key, text);
    }
}

/// The value stored as JSON under `key`; an unreadable value counts as absent.
pub fn load_json<T: DeserializeOwned>(kept: Kept, key: &str) -> Option<T> {
    serde_json::from_str(&load_text(kept, key)?).ok()
}

/// Stores `value` as JSON under `key`.
pub fn save_json<T: Serialize>(kept: Kept, key: &str, value: &T) {
    if let Ok(text) = serde_json::to_string(value) {
        save_text(kept, key, &text);
    }
}

/// Forgets what is stored under `key`.
pub fn remove(kept: Kept, key: &str) {
    if let Some(storage) = storage(kept) {
        let _ = storage.remove_item(key);
    }
}

/// The idempotency key for sending `body`: the key of the last sending if it carried the same
/// body (a retry, which the endpoint then answers once), else `fresh`.
pub fn retry_key<T: PartialEq>(
    last_sent: &Option<(String, T)>,
    body: &T,
    fresh: impl FnOnce() -> String,
) -> String {
    match last_sent {
        Some((key, sent)) if sent == body => key.clone(),
        _ => fresh(),
    }
}

/// A new random idempotency key (32 hexadecimal digits) for one submission, from the browser's
/// secure random source where it has one.
pub fn new_idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    let secure = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !secure {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
