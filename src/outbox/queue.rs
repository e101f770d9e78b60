//! The outbox: submissions that could not be sent yet, kept in IndexedDB under their idempotency
//! key until the endpoint has answered. What is sent (path, token, body) is sealed; only what the
//! queue shows (kind, time, refusal) is kept readable.
use super::database::{self, OUTBOX};
use super::seal::{Sealed, seal, sealing_key, unseal};
use js_sys::{Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// What a queued submission is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// A ballot.
    Ballot,
    /// A proposal.
    Proposal,
}

/// What can be shown of a queued submission without opening it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// Ballot or proposal.
    pub kind: Kind,
    /// When it was queued (milliseconds since 1970).
    pub queued_at_ms: f64,
    /// The workshop session it was made in, if any.
    pub workshop_session: Option<String>,
    /// The stable error code of the endpoint's refusal, once refused.
    pub refusal: Option<String>,
}

/// The sealed part: where the submission goes and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    /// API path, e.g. `/api/ballots`.
    pub path: String,
    /// The workshop token to send it with, if it was made in a workshop.
    pub workshop_token: Option<String>,
    /// The JSON body.
    pub body: serde_json::Value,
}

/// A queued submission as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    /// Its idempotency key.
    pub key: String,
    /// What can be shown of it.
    pub label: Label,
}

/// Keeps a submission until it is sent (durable once this returns).
pub async fn enqueue(key: &str, label: &Label, letter: &Letter) -> Result<(), JsValue> {
    let database = database::open().await?;
    let sealing = sealing_key(&database).await?;
    let plain = serde_json::to_vec(letter).map_err(|e| e.to_string())?;
    let sealed = seal(&sealing, &plain).await?;
    database::put(&database, OUTBOX, key, &stored(label, &sealed)?).await
}

/// Every queued submission, oldest key first.
pub async fn queued() -> Result<Vec<Queued>, JsValue> {
    let database = database::open().await?;
    Ok(database::entries(&database, OUTBOX)
        .await?
        .into_iter()
        .filter_map(|(key, value)| {
            let label = label_of(&value)?;
            Some(Queued { key, label })
        })
        .collect())
}

/// Opens the sealed part of a queued submission.
pub async fn letter(key: &str) -> Result<Letter, JsValue> {
    let database = database::open().await?;
    let value = database::get(&database, OUTBOX, key).await?;
    let plain = unseal(&sealing_key(&database).await?, &sealed_of(&value)?).await?;
    serde_json::from_slice(&plain).map_err(|e| e.to_string().into())
}

/// Records the endpoint's refusal of a queued submission (kept, to be shown, until dismissed).
pub async fn mark_refused(key: &str, code: &str) -> Result<(), JsValue> {
    let database = database::open().await?;
    let value = database::get(&database, OUTBOX, key).await?;
    let mut label = label_of(&value).ok_or("unreadable label")?;
    label.refusal = Some(code.to_owned());
    database::put(
        &database,
        OUTBOX,
        key,
        &stored(&label, &sealed_of(&value)?)?,
    )
    .await
}

/// Forgets a queued submission (sent, or a refusal dismissed).
pub async fn remove(key: &str) -> Result<(), JsValue> {
    let database = database::open().await?;
    database::delete(&database, OUTBOX, key).await
}

fn stored(label: &Label, sealed: &Sealed) -> Result<JsValue, JsValue> {
    let object = Object::new();
    let label = serde_json::to_string(label).map_err(|e| e.to_string())?;
    Reflect::set(&object, &"label".into(), &label.into())?;
    Reflect::set(
        &object,
        &"nonce".into(),
        &Uint8Array::from(sealed.nonce.as_slice()),
    )?;
    Reflect::set(
        &object,
        &"sealed".into(),
        &Uint8Array::from(sealed.bytes.as_slice()),
    )?;
    Ok(object.into())
}

/// The readable label of a stored submission.
fn label_of(value: &JsValue) -> Option<Label> {
    serde_json::from_str(&Reflect::get(value, &"label".into()).ok()?.as_string()?).ok()
}

/// The sealed part of a stored submission.
fn sealed_of(value: &JsValue) -> Result<Sealed, JsValue> {
    Ok(Sealed {
        nonce: bytes_of(value, "nonce")?,
        bytes: bytes_of(value, "sealed")?,
    })
}

fn bytes_of(value: &JsValue, field: &str) -> Result<Vec<u8>, JsValue> {
    Ok(Reflect::get(value, &field.into())?
        .dyn_into::<Uint8Array>()?
        .to_vec())
}
