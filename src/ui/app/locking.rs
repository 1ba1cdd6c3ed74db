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
use crate::platform::browser_storage::BrowserStore;
use crate::platform::clock;
use crate::platform::crypto::PassphraseKey;
use crate::platform::indexed_db::IndexedDbStore;
use crate::state::Msg;
use crate::storage::dossier_store::dossier_key;
use crate::storage::key_value::{KeyValueStore, StorageError};
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

/// Locks a dossier: it leaves the screen and memory at once (fail closed: whatever happens to the
/// seal, nobody sees it any more; its stored record is already sealed, as every save of a locked
/// dossier is), and its current content goes into the save queue to be sealed and committed in
/// order with every other save. A seal or a commit that fails is an error on screen; the record
/// then keeps what was last committed.
pub fn lock_now(root: &Root, id: DossierId) {
    let state = root.state();
    let Some(dossier) = state.dossier(&id).filter(|d| d.lock.is_some()) else { return };
    let json = serde_json::to_string(dossier).expect("a dossier always serialises");
    let key = {
        let mut saving = root.saving.borrow_mut();
        // Forgotten first, so the next save does not take its absence for a deletion.
        if let Some(saver) = &mut saving.saver {
            saver.forget(&id);
        }
        saving.locks.retain(|(other, _)| other != &id);
        saving.keys.remove(&id)
    };
    root.dispatch(Msg::Relocked(id.clone()));
    // No key here (a copy taken in from another tab): nothing to seal, its record is sealed.
    let Some(key) = key else { return };
    root.saving.borrow_mut().relocks.push((id, json, key));
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

/// A locked dossier locks itself after its idle time without a touch or a key press. A hidden
/// tab's timers run late (or not at all), so the time is checked again the moment the tab is
/// shown: a dossier past its time locks before it can be seen.
#[hook]
pub fn use_idle_lock(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let last_activity = Rc::new(Cell::new(clock::millis()));
        let window = gloo::utils::window();
        let touch = |name: &'static str| {
            let last_activity = last_activity.clone();
            EventListener::new(&window, name, move |_| last_activity.set(clock::millis()))
        };
        let listeners = [touch("pointerdown"), touch("keydown"), touch("input")];
        let check = {
            let (root, last_activity) = (root.clone(), last_activity.clone());
            move || lock_idle(&root, clock::millis() - last_activity.get())
        };
        let on_wake = {
            let check = check.clone();
            let root = root.clone();
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if !gloo::utils::document().hidden() {
                    check();
                } else if root.state().lock_on_hide {
                    lock_idle(&root, f64::INFINITY);
                }
            })
        };
        let on_show = {
            let check = check.clone();
            EventListener::new(&window, "pageshow", move |_| check())
        };
        let interval = Interval::new(5_000, check);
        move || drop((listeners, on_wake, on_show, interval))
    });
}

/// The device setting "lock when the tab is hidden", under its own key.
/// Kept in localStorage (read at start before anything else), never moved into IndexedDB.
pub use crate::storage::move_in::LOCK_ON_HIDE_KEY;

pub fn store_lock_on_hide(_root: &Root, on: bool) {
    if let Some(store) = BrowserStore::open() {
        let _ = if on { store.set(LOCK_ON_HIDE_KEY, "1") } else { store.remove(LOCK_ON_HIDE_KEY) };
    }
}

/// Locks every open locked dossier whose idle time has passed.
fn lock_idle(root: &Root, idle_ms: f64) {
    for d in root.state().dossiers.iter() {
        if let Some(lock) = d.lock {
            if idle_ms >= f64::from(lock.idle_minutes) * 60_000.0 {
                lock_now(root, d.id.clone());
            }
        }
    }
}
