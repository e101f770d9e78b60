//! IndexedDB, the browser's durable database, as futures: the submissions waiting to be sent
//! (`outbox`) and the key that seals them (`keys`). Writes return once their transaction is
//! committed, so what they stored survives a closed tab or a restarted tablet.
use js_sys::{Array, Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DATABASE: &str = "bmk";
const VERSION: u32 = 1;
/// Store of the queued submissions, keyed by their idempotency key.
pub const OUTBOX: &str = "outbox";
/// Store of the sealing key.
pub const KEYS: &str = "keys";

/// An open connection, closed when dropped (connections left open would pile up).
pub struct Connection(IdbDatabase);

impl std::ops::Deref for Connection {
    type Target = IdbDatabase;
    fn deref(&self) -> &IdbDatabase {
        &self.0
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Opens the database, creating its stores on first use.
pub async fn open() -> Result<Connection, JsValue> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or("IndexedDB is not available")?;
    let request = factory.open_with_u32(DATABASE, VERSION)?;
    let create_stores = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let Some(request) = event
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
        else {
            return;
        };
        let Ok(database) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
            return;
        };
        let existing = database.object_store_names();
        for store in [OUTBOX, KEYS] {
            if !existing.contains(store) {
                let _ = database.create_object_store(store);
            }
        }
    });
    request.set_onupgradeneeded(Some(create_stores.as_ref().unchecked_ref()));
    let database = finished(&request).await;
    request.set_onupgradeneeded(None);
    Ok(Connection(database?.dyn_into()?))
}

/// The value stored under `key` (`undefined` if none).
pub async fn get(database: &IdbDatabase, store: &str, key: &str) -> Result<JsValue, JsValue> {
    let transaction = database.transaction_with_str(store)?;
    let request = transaction
        .object_store(store)?
        .get(&JsValue::from_str(key))?;
    finished(&request).await
}

/// Every key and value of a store, in key order.
pub async fn entries(
    database: &IdbDatabase,
    store: &str,
) -> Result<Vec<(String, JsValue)>, JsValue> {
    let transaction = database.transaction_with_str(store)?;
    let object_store = transaction.object_store(store)?;
    let keys = object_store.get_all_keys()?;
    let values = object_store.get_all()?;
    let keys: Array = finished(&keys).await?.dyn_into()?;
    let values: Array = finished(&values).await?.dyn_into()?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, value)))
        .collect())
}

/// Stores `value` under `key`, replacing what was there.
pub async fn put(
    database: &IdbDatabase,
    store: &str,
    key: &str,
    value: &JsValue,
) -> Result<(), JsValue> {
    write(database, store, |s| {
        s.put_with_key(value, &JsValue::from_str(key))
    })
    .await
}

/// Stores `value` under `key` only if nothing is there yet (fails otherwise).
pub async fn add(
    database: &IdbDatabase,
    store: &str,
    key: &str,
    value: &JsValue,
) -> Result<(), JsValue> {
    write(database, store, |s| {
        s.add_with_key(value, &JsValue::from_str(key))
    })
    .await
}

/// Removes what is stored under `key`.
pub async fn delete(database: &IdbDatabase, store: &str, key: &str) -> Result<(), JsValue> {
    write(database, store, |s| s.delete(&JsValue::from_str(key))).await
}

/// Runs one write request on `store` and waits until its transaction is committed.
async fn write(
    database: &IdbDatabase,
    store: &str,
    request: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<(), JsValue> {
    let transaction =
        database.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)?;
    request(&transaction.object_store(store)?)?;
    committed(&transaction).await
}

/// The result of a request once it succeeded.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let done = Promise::new(&mut |resolve: Function, reject: Function| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(done).await?;
    request.result()
}

/// Waits until a write transaction is committed.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let done = Promise::new(&mut |resolve: Function, reject: Function| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(done).await.map(|_| ())
}
