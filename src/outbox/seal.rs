//! Sealing of queued submissions (AES-GCM): the key is made by the browser, kept in IndexedDB as
//! a non-extractable key that no script can read out, so the stored bytes alone show nothing of a
//! participant's code or choices.
use super::database::{self, KEYS};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, IdbDatabase, SubtleCrypto};

const KEY_NAME: &str = "outbox";
const ALGORITHM: &str = "AES-GCM";

/// Sealed bytes and the nonce they were sealed with.
pub struct Sealed {
    /// The 12-byte nonce.
    pub nonce: Vec<u8>,
    /// The encrypted text with its authentication tag.
    pub bytes: Vec<u8>,
}

/// The device's sealing key, made on first use.
pub async fn sealing_key(database: &IdbDatabase) -> Result<CryptoKey, JsValue> {
    if let Ok(key) = database::get(database, KEYS, KEY_NAME).await?.dyn_into() {
        return Ok(key);
    }
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let made = subtle()?.generate_key_with_object(
        &AesKeyGenParams::new(ALGORITHM, 256),
        false,
        &usages,
    )?;
    let key: CryptoKey = JsFuture::from(made).await?.dyn_into()?;
    // Another tab may have stored its key first: then that one is the key.
    if database::add(database, KEYS, KEY_NAME, &key).await.is_err() {
        return database::get(database, KEYS, KEY_NAME).await?.dyn_into();
    }
    Ok(key)
}

/// Seals `plain` with a fresh random nonce.
pub async fn seal(key: &CryptoKey, plain: &[u8]) -> Result<Sealed, JsValue> {
    let mut nonce = vec![0u8; 12];
    web_sys::window()
        .ok_or("no window")?
        .crypto()?
        .get_random_values_with_u8_array(&mut nonce)?;
    let params = AesGcmParams::new(ALGORITHM, &Uint8Array::from(nonce.as_slice()));
    let sealed =
        JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(&params, key, plain)?).await?;
    Ok(Sealed {
        nonce,
        bytes: Uint8Array::new(&sealed).to_vec(),
    })
}

/// The plain bytes of a sealed value (an error if they were altered).
pub async fn unseal(key: &CryptoKey, sealed: &Sealed) -> Result<Vec<u8>, JsValue> {
    let params = AesGcmParams::new(ALGORITHM, &Uint8Array::from(sealed.nonce.as_slice()));
    let plain =
        JsFuture::from(subtle()?.decrypt_with_object_and_u8_array(&params, key, &sealed.bytes)?)
            .await?;
    Ok(Uint8Array::new(&plain).to_vec())
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    Ok(web_sys::window().ok_or("no window")?.crypto()?.subtle())
}
