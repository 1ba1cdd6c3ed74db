//! "Einde gesprek": the device forgets every client. At once, not debounced: the next person at
//! this tablet must find nothing.
//!
//! In this tab, synchronously: the waiting save is dropped, saves and seals still running are
//! cancelled (`epoch`: the save queue commits nothing it prepared before), the keys and locks
//! leave memory, every `trede.` key leaves localStorage, and the reducer resets every screen.
//! Then the IndexedDB records go, and a check reads both stores again and says what is left.
//! Other tabs hear it on the BroadcastChannel (and through the `storage` event's signal key) and
//! do the same without writing back. The boot script (`tools/post_build.mjs`) removes this app's
//! caches and service worker and reports what it could not remove.

use gloo::events::EventListener;
use yew::prelude::*;

use super::root::Root;
use super::saving;
use crate::platform::browser_storage::BrowserStore;
use crate::state::Msg;
use crate::storage::key_value::StorageError;
use crate::storage::record_store::RecordStore;
use crate::storage::wipe::{leftovers, wipe_device};

/// Wipes this tab and the device; `signal`: tell the other tabs (not when told by one).
pub fn wipe(root: &Root, signal: bool) {
    {
        let mut saving = root.saving.borrow_mut();
        saving.pending.take();
        saving.epoch.set(saving.epoch.get() + 1);
        saving.keys.clear();
        saving.locks.clear();
        saving.relocks.clear();
        saving.committed.clear();
        saving.sealed_ahead.clear();
        saving::forget_written(root, &mut saving);
        if signal {
            super::tabs::tell_wipe(&saving);
        }
    }
    if let Some(local) = BrowserStore::open() {
        let _ = wipe_device(&local, signal);
    }
    root.dispatch(Msg::WipeAll);
    if signal {
        if let Ok(event) = web_sys::CustomEvent::new("trede-wipe") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut left = Vec::new();
        let store = root.saving.borrow().store.clone();
        match saving::wipe_everything(&root).await {
            // No IndexedDB in this browser: nothing was stored there.
            Err(StorageError::Unavailable) if store.is_none() => {}
            Err(err) => left.push(format!("error: {}", err.message_id())),
            Ok(()) => {}
        }
        if let Some(store) = store {
            match store.read_all().await {
                Ok(records) if !records.is_empty() => left.push(format!("records: {}", records.len())),
                Ok(_) => {}
                Err(err) => left.push(format!("records: {}", err.message_id())),
            }
        }
        if let Some(local) = BrowserStore::open() {
            left.extend(leftovers(&local));
        }
        left.dedup();
        root.dispatch(Msg::WipeChecked(left));
    });
}

/// The boot script's report: how many of this app's caches and service workers it could not
/// remove.
#[hook]
pub fn use_wipe_report(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "trede-wipe-checked", move |event| {
            let left = js_sys::Reflect::get(event, &"detail".into()).ok().and_then(|d| d.as_f64()).unwrap_or(0.0);
            if left > 0.0 {
                root.dispatch(Msg::WipeChecked(vec![format!("caches and service workers: {left}")]));
            }
        });
        move || drop(listener)
    });
}
