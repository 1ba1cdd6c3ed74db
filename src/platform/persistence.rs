//! Asks the browser to keep this site's storage ("persistent" instead of "best-effort").

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// `Some(true)` when the data is (now) persistent, `Some(false)` when the browser declined,
/// `None` when the browser has no such API.
pub async fn request_persistent_storage() -> Option<bool> {
    let storage = gloo::utils::window().navigator().storage();
    if let Ok(promise) = storage.persisted() {
        if JsFuture::from(promise).await.ok()?.as_bool() == Some(true) {
            return Some(true);
        }
    }
    let granted = JsFuture::from(storage.persist().ok()?).await.ok()?;
    granted.dyn_ref::<js_sys::Boolean>().map(|b| b.value_of())
}
