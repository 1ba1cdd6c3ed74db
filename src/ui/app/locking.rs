//! Locked dossiers: a key derived from a passphrase, sealing before a dossier leaves memory,
//! unlocking, and the lock that closes a dossier after its idle time.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::root::Root;
use super::store;
use crate::domain::{Dossier, DossierId};
use crate::platform::crypto::PassphraseKey;
use crate::platform::indexed_db::IndexedDbStore;
use crate::state::Msg;
use crate::storage::dossier_store::dossier_key;
use crate::storage::key_value::StorageError;
use crate::storage::migration::load_dossier;
use crate::storage::sealed::SealedParts;

/// Derives a key from a new passphrase, seals the dossier and commits the sealed record; only
/// then is it shown as locked. Until that commit, no plaintext of it is written.
pub fn set_lock(root: &Root, id: DossierId, passphrase: String) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match PassphraseKey::create(&passphrase).await {
            Ok(key) => {
                let mut saving = root.saving.borrow_mut();
                saving.keys.insert(id.clone(), key);
                if let Some(saver) = &mut saving.saver {
                    saver.begin_lock(&id);
                }
                saving.locks.push((id, true));
                drop(saving);
                store::save(&root);
            }
            Err(err) => root.dispatch(Msg::SaveFailed(err.message_id())),
        }
    });
}

/// The key goes with the lock; the reducer then stores the dossier in plain text again.
pub fn remove_lock(root: &Root, id: &DossierId) {
    root.saving.borrow_mut().keys.remove(id);
}

/// Seals the dossier's current content, commits it, and only then lets it leave memory.
pub fn lock_now(root: &Root, id: DossierId) {
    let state = root.state();
    if state.dossier(&id).filter(|d| d.lock.is_some()).is_none() {
        return;
    }
    let mut saving = root.saving.borrow_mut();
    if !saving.keys.contains_key(&id) || saving.locks.iter().any(|(other, _)| other == &id) {
        return;
    }
    saving.locks.push((id, false));
    drop(saving);
    store::save(root);
}

/// Opens a locked dossier with its passphrase; the key stays in memory while it is open.
pub fn unlock(root: &Root, id: DossierId, passphrase: String) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let store = root.saving.borrow().store.clone();
        let msg = match open_sealed(store, &id, &passphrase).await {
            Ok((dossier, key)) => {
                let mut saving = root.saving.borrow_mut();
                saving.keys.insert(id, key);
                if let Some(saver) = &mut saving.saver {
                    saver.mark_written(&dossier);
                }
                Msg::Unlocked(Box::new(dossier))
            }
            Err(message_id) => Msg::UnlockFailed { id, message_id },
        };
        root.dispatch(msg);
    });
}

/// Reads a locked record and opens it with the passphrase; the error is a message id.
async fn open_sealed(
    store: Option<IndexedDbStore>,
    id: &DossierId,
    passphrase: &str,
) -> Result<(Dossier, PassphraseKey), &'static str> {
    let store = store.ok_or(StorageError::Unavailable.message_id())?;
    let raw = store.get(&dossier_key(id)).await.map_err(|e| e.message_id())?.ok_or("load-error-invalid")?;
    let parts = SealedParts::from_json(&raw).map_err(|e| e.message_id())?;
    let key = PassphraseKey::for_sealed(passphrase, &parts).await.map_err(|e| e.message_id())?;
    let plain = key.open(&parts).await.map_err(|e| e.message_id())?;
    let (dossier, _) = load_dossier(&String::from_utf8_lossy(&plain)).map_err(|e| e.message_id())?;
    if &dossier.id != id {
        return Err("load-error-invalid");
    }
    Ok((dossier, key))
}

/// A locked dossier locks itself after its idle time without a touch or a key press.
#[hook]
pub fn use_idle_lock(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let last_activity = Rc::new(Cell::new(js_sys::Date::now()));
        let window = gloo::utils::window();
        let touch = |name: &'static str| {
            let last_activity = last_activity.clone();
            EventListener::new(&window, name, move |_| last_activity.set(js_sys::Date::now()))
        };
        let listeners = [touch("pointerdown"), touch("keydown"), touch("input")];
        let check = Interval::new(5_000, move || {
            let idle_ms = js_sys::Date::now() - last_activity.get();
            for d in root.state().dossiers.iter() {
                if let Some(lock) = d.lock {
                    if idle_ms >= f64::from(lock.idle_minutes) * 60_000.0 {
                        lock_now(&root, d.id.clone());
                    }
                }
            }
        });
        move || drop((listeners, check))
    });
}
