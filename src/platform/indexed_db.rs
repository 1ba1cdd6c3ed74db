//! IndexedDB behind [`RecordStore`], on web-sys's own bindings (no wrapper crate: a few requests
//! turned into promises is all the app needs, and each crate adds to the first visit).
//!
//! One database `trede`, one object store `records`, key → text. Every commit is one
//! `readwrite` transaction with `durability: "strict"`, and resolves only on `complete`.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction};

use crate::storage::key_value::StorageError;
use crate::storage::record_store::{Change, RecordStore};

pub const DB_NAME: &str = "trede";
const DB_VERSION: u32 = 1;
const STORE: &str = "records";

#[derive(Clone)]
pub struct IndexedDbStore {
    db: IdbDatabase,
}

fn error_name(err: &JsValue) -> String {
    Reflect::get(err, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

fn classify(err: JsValue) -> StorageError {
    // An event (request or transaction error): its target's error names the cause.
    let cause = Reflect::get(&err, &"target".into())
        .ok()
        .and_then(|t| Reflect::get(&t, &"error".into()).ok())
        .filter(|e| !e.is_null() && !e.is_undefined())
        .unwrap_or(err);
    match error_name(&cause).as_str() {
        "QuotaExceededError" => StorageError::Full,
        "SecurityError" | "InvalidStateError" => StorageError::Unavailable,
        other => StorageError::Other(other.to_owned()),
    }
}

/// A request's result, once it succeeded.
async fn request(req: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(classify)?;
    req.result().map_err(classify)
}

/// Resolves when the transaction is committed (`complete`), fails when it errs or aborts.
async fn completed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map(drop)
        .map_err(|e| tx.error().map(JsValue::from).map_or_else(|| classify(e), classify))
}

impl IndexedDbStore {
    /// Opens (and at first creates) the database; `Unavailable` where the browser refuses it.
    pub async fn open() -> Result<IndexedDbStore, StorageError> {
        let factory = gloo::utils::window().indexed_db().ok().flatten().ok_or(StorageError::Unavailable)?;
        let open: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(classify)?;
        let on_upgrade = Closure::once_into_js(move |event: web_sys::Event| {
            let db = event.target().and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok()).and_then(|r| r.result().ok());
            if let Some(db) = db.and_then(|db| db.dyn_into::<IdbDatabase>().ok()) {
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        let db: IdbDatabase = request(&open).await?.dyn_into().map_err(|_| StorageError::Unavailable)?;
        Ok(IndexedDbStore { db })
    }

    /// A transaction on the records (`write`: readwrite), `strict` durability.
    fn transaction(&self, write: bool) -> Result<(IdbTransaction, IdbObjectStore), StorageError> {
        // Called by name: web-sys offers the options argument only behind its unstable flag.
        let method: Function = Reflect::get(&self.db, &"transaction".into()).map_err(classify)?.unchecked_into();
        let options = js_sys::Object::new();
        Reflect::set(&options, &"durability".into(), &"strict".into()).map_err(classify)?;
        let mode = if write { "readwrite" } else { "readonly" };
        let tx: IdbTransaction =
            method.call3(&self.db, &STORE.into(), &mode.into(), &options).map_err(classify)?.unchecked_into();
        let store = tx.object_store(STORE).map_err(classify)?;
        Ok((tx, store))
    }

    /// One record.
    pub async fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let (_tx, store) = self.transaction(false)?;
        let req = store.get(&key.into()).map_err(classify)?;
        Ok(request(&req).await?.as_string())
    }

    /// The durability the browser gives a write transaction ("strict": committed to disk before
    /// `complete`); for the browser test that checks what the README promises.
    pub fn write_durability(&self) -> Result<String, StorageError> {
        let (tx, _) = self.transaction(true)?;
        let durability = Reflect::get(&tx, &"durability".into()).map_err(classify)?;
        tx.abort().map_err(classify)?;
        durability.as_string().ok_or(StorageError::Unavailable)
    }

    /// Closes the connection (before the database is deleted).
    pub fn close(&self) {
        self.db.close();
    }
}

impl RecordStore for IndexedDbStore {
    async fn read_all(&self) -> Result<Vec<(String, String)>, StorageError> {
        let (_tx, store) = self.transaction(false)?;
        let keys_req = store.get_all_keys().map_err(classify)?;
        let values_req = store.get_all().map_err(classify)?;
        let keys: Array = request(&keys_req).await?.unchecked_into();
        let values: Array = request(&values_req).await?.unchecked_into();
        Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
    }

    async fn commit(&self, changes: &[Change]) -> Result<(), StorageError> {
        self.commit_pairs(&pairs(changes)).await
    }

    async fn clear(&self) -> Result<(), StorageError> {
        let (tx, store) = self.transaction(true)?;
        store.clear().map_err(classify)?;
        completed(&tx).await
    }
}

/// Changes as `[key, value]` pairs of JS strings (`null`: removed). A big dossier's text is
/// turned into a JS string once, for the commit and the message to other tabs alike: each turn
/// decodes all of it (about 11 ms for the large dossier at 4x CPU slowdown).
pub fn pairs<'a>(changes: impl IntoIterator<Item = &'a Change>) -> Array {
    changes
        .into_iter()
        .map(|change| Array::of2(&change.key().into(), &change.value().map_or(JsValue::NULL, JsValue::from_str)))
        .collect()
}

impl IndexedDbStore {
    /// Commits `[key, value]` pairs (see [`pairs`]) as one transaction.
    pub async fn commit_pairs(&self, pairs: &Array) -> Result<(), StorageError> {
        if pairs.length() == 0 {
            return Ok(());
        }
        let (tx, store) = self.transaction(true)?;
        for pair in pairs.iter() {
            let pair: Array = pair.unchecked_into();
            let (key, value) = (pair.get(0), pair.get(1));
            let done = if value.is_null() { store.delete(&key) } else { store.put_with_key(&value, &key) };
            if let Err(err) = done {
                let _ = tx.abort();
                return Err(classify(err));
            }
        }
        completed(&tx).await
    }
}

/// How much this site stores and may store, in bytes (`None` where the browser does not say).
pub async fn estimate() -> Option<(f64, f64)> {
    let promise = gloo::utils::window().navigator().storage().estimate().ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    let field = |name: &str| Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}
