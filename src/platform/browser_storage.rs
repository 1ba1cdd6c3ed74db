//! localStorage behind [`KeyValueStore`]. Only compiled for the browser.

use crate::storage::key_value::{KeyValueStore, StorageError};

pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// `None` when the browser offers no localStorage (blocked by policy or private mode).
    pub fn open() -> Option<BrowserStore> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        Some(BrowserStore { storage })
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    // Browsers name it differently: QuotaExceededError (Chromium, Safari), NS_ERROR_DOM_QUOTA_REACHED.
    let text = js_sys::Reflect::get(&err, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    if text.contains("Quota") || text.contains("QUOTA") {
        StorageError::Full
    } else if text == "SecurityError" {
        StorageError::Unavailable
    } else {
        StorageError::Other(text)
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let len = self.storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = self.storage.key(i).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
