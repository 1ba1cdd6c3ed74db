//! The save pipeline: what changed becomes one IndexedDB transaction (locked dossiers sealed
//! first, with the key held while they are open), committed durably; "saved" only after that.
//! Saves run one after the other, so a later save never lands before an earlier one, and a lock's
//! sealed record travels in the same queue, so a plaintext save cannot overtake it. A save that
//! began before a wipe (`epoch`) commits nothing.

use std::rc::Rc;

use super::root::Root;
use crate::domain::{Dossier, DossierId, LockSettings};
use crate::platform::browser_storage::BrowserStore;
use crate::platform::clock;
use crate::platform::crypto::PassphraseKey;
use crate::platform::indexed_db::pairs;
use crate::state::{AppState, Msg};
use crate::storage::catalogue_store::CATALOGUE_KEY;
use crate::storage::dossier_store::{dossier_key, UI_LANG_KEY};
use crate::storage::key_value::{KeyValueStore, StorageError};
use crate::storage::move_in::{wal_to_json, WAL_KEY};
use crate::storage::record_store::{Batch, Change};

/// One save: the plaintext changes, and what is to be sealed (id, JSON, key, lock job).
struct Job {
    state: Rc<AppState>,
    changes: Vec<Change>,
    to_seal: Vec<(DossierId, String, Option<PassphraseKey>, Option<bool>)>,
    catalogue: Option<Option<String>>,
    /// The wipe count when the job was prepared: a wipe since then cancels its commit.
    epoch: u64,
}

/// Why a save did not commit: a message id for the screen, or a wipe that cancelled it.
enum Failed {
    Error(&'static str),
    Wiped,
}

/// Saves now, or after the save that is running.
pub fn save(root: &Root) {
    {
        let mut saving = root.saving.borrow_mut();
        saving.pending.take();
        if saving.busy {
            saving.again = true;
            return;
        }
        saving.busy = true;
    }
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            let Some(job) = prepare(&root) else { break };
            let result = execute(&root, &job).await;
            finish(&root, job, result);
            let mut saving = root.saving.borrow_mut();
            if !std::mem::take(&mut saving.again) {
                break;
            }
        }
        root.saving.borrow_mut().busy = false;
    });
}

/// Saves, and resolves once everything up to now is committed (or failed).
pub async fn save_and_wait(root: &Root) {
    save(root);
    while root.saving.borrow().busy {
        clock::pause(20).await;
    }
}

fn prepare(root: &Root) -> Option<Job> {
    let state = root.state();
    let mut saving = root.saving.borrow_mut();
    let saving = &mut *saving;
    let saver = saving.saver.as_mut()?;
    saving.store.as_ref()?;
    let batch = Batch::default();
    let mut sealing = Vec::new();
    // The saver never errs on a batch: it only records.
    let committed = &saving.committed;
    let unchanged = |d: &Dossier| committed.iter().any(|c| std::ptr::eq(&**c, d));
    let _ = saver.save_changed(&batch, &state.dossiers, state.ui_lang, &mut sealing, &unchanged);
    // A locked dossier without a key here (a copy from another tab) waits for its own lock.
    let mut to_seal = Vec::new();
    for (id, json) in sealing {
        match saving.keys.get(&id) {
            Some(key) => to_seal.push((id, json, Some(key.clone()), None)),
            None => saver.forget(&id),
        }
    }
    // Locked at once by `lock_now`: already off the screen, sealed from the content it had then.
    for (id, json, key) in std::mem::take(&mut saving.relocks) {
        to_seal.retain(|(other, ..)| other != &id);
        to_seal.push((id, json, Some(key), Some(false)));
    }
    for (id, new_lock) in std::mem::take(&mut saving.locks) {
        let Some(dossier) = state.dossier(&id) else { continue };
        let mut sealed: Dossier = dossier.clone();
        if new_lock || sealed.lock.is_none() {
            sealed.lock = Some(sealed.lock.unwrap_or(LockSettings { idle_minutes: LockSettings::DEFAULT_IDLE }));
        }
        let json = serde_json::to_string(&sealed).expect("a dossier always serialises");
        to_seal.retain(|(other, ..)| other != &id);
        to_seal.push((id.clone(), json, saving.keys.get(&id).cloned(), Some(new_lock)));
    }
    let source = state.catalogue.source().map(str::to_owned);
    let catalogue = (saving.catalogue_written.as_ref() != Some(&source)).then_some(source);
    let mut changes = batch.into_changes();
    if let Some(source) = &catalogue {
        changes.push(match source {
            Some(text) => Change::Put(CATALOGUE_KEY.into(), text.clone()),
            None => Change::Remove(CATALOGUE_KEY.into()),
        });
    }
    Some(Job { state, changes, to_seal, catalogue, epoch: saving.epoch.get() })
}

/// Seals what must be sealed and commits everything in one transaction; returns what was
/// committed as `[key, value]` pairs, for the other tabs.
async fn execute(root: &Root, job: &Job) -> Result<js_sys::Array, Failed> {
    let store = root.saving.borrow().store.clone().ok_or(Failed::Error(StorageError::Unavailable.message_id()))?;
    let mut sealed = Vec::new();
    for (id, json, key, _) in &job.to_seal {
        let key = key.as_ref().ok_or(Failed::Error(StorageError::Other("no key".into()).message_id()))?;
        let record = key.seal(json.as_bytes()).await.map_err(|e| Failed::Error(e.message_id()))?;
        sealed.push(Change::Put(dossier_key(id), record.to_json()));
    }
    let pairs = pairs(job.changes.iter().chain(&sealed));
    // Checked right before the commit is started (no await in between): a wipe since this job was
    // prepared means nothing of it may be written back.
    if root.saving.borrow().epoch.get() != job.epoch {
        return Err(Failed::Wiped);
    }
    store.commit_pairs(&pairs).await.map_err(|e| Failed::Error(e.message_id()))?;
    Ok(pairs)
}

fn finish(root: &Root, job: Job, result: Result<js_sys::Array, Failed>) {
    if matches!(result, Err(Failed::Wiped)) || root.saving.borrow().epoch.get() != job.epoch {
        // Wiped meanwhile: nothing to retry, announce or tell other tabs.
        return;
    }
    let mut saving = root.saving.borrow_mut();
    let mut msgs = Vec::new();
    match &result {
        Ok(pairs) => {
            saving.committed = job.state.dossiers.clone();
            if let Some(source) = job.catalogue {
                saving.catalogue_written = Some(source);
            }
            for (id, _, _, lock) in &job.to_seal {
                match lock {
                    Some(true) => {
                        if let Some(saver) = saving.saver.as_mut() {
                            saver.end_lock(id);
                        }
                        let now = crate::platform::clock::now();
                        msgs.push(Msg::LockSet { id: id.clone(), idle_minutes: LockSettings::DEFAULT_IDLE, now });
                    }
                    Some(false) => {
                        if let Some(saver) = saving.saver.as_mut() {
                            saver.forget(id);
                        }
                        saving.keys.remove(id);
                        msgs.push(Msg::Relocked(id.clone()));
                    }
                    None => {}
                }
            }
            super::tabs::tell_other_tabs(&saving, pairs);
            // A newer write-ahead entry may exist; this commit covers everything up to it.
            if let Some(local) = BrowserStore::open() {
                let _ = local.remove(WAL_KEY);
            }
        }
        Err(err) => {
            if let Some(saver) = saving.saver.as_mut() {
                saver.retry(&job.changes);
                for (id, _, _, lock) in &job.to_seal {
                    saver.forget(id);
                    if *lock == Some(true) {
                        saver.end_lock(id);
                    }
                }
            }
            if let Failed::Error(message_id) = err {
                msgs.push(Msg::SaveFailed(message_id));
            }
        }
    }
    let more = saving.again || saving.pending.is_some();
    drop(saving);
    let state = root.state();
    let all_saved = result.is_ok() && !more && msgs.is_empty() && !state_changed(&state, &job.state);
    if all_saved && (state.unsaved || state.save_error.is_some()) {
        msgs.push(Msg::SaveSucceeded);
    }
    for msg in msgs {
        root.dispatch(msg);
    }
    if result.is_ok() {
        super::saving::refresh_room(root);
    }
}

/// Whether the dossiers, language or catalogue differ between two states (by identity).
pub fn state_changed(a: &AppState, b: &AppState) -> bool {
    a.ui_lang != b.ui_lang
        || a.dossiers.len() != b.dossiers.len()
        || a.dossiers.iter().zip(&b.dossiers).any(|(x, y)| !Rc::ptr_eq(x, y))
        || a.catalogue.source().map(str::as_ptr) != b.catalogue.source().map(str::as_ptr)
}

/// Seals every open locked dossier whose content changed, at once rather than debounced, so
/// that when the page goes the write-ahead entry has its sealed form (a locked dossier is never
/// written there in plain text): a close loses at most what changed while a seal was running, a
/// few milliseconds. Seals run one after the other; a wipe meanwhile (`epoch`) drops the result.
pub fn seal_ahead(root: &Root) {
    {
        let mut saving = root.saving.borrow_mut();
        if saving.sealing_ahead {
            saving.ahead_again = true;
            return;
        }
        saving.sealing_ahead = true;
    }
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            let (todo, epoch) = {
                let state = root.state();
                let mut saving = root.saving.borrow_mut();
                let saving = &mut *saving;
                // Forget what is neither open and locked nor waiting to be sealed by a lock.
                let relocks = &saving.relocks;
                saving.sealed_ahead.retain(|(d, _)| still_locked(&state, relocks, &d.id));
                let todo: Vec<(Rc<Dossier>, PassphraseKey)> = state
                    .dossiers
                    .iter()
                    .filter(|d| d.lock.is_some() && !saving.sealed_ahead.iter().any(|(s, _)| Rc::ptr_eq(s, d)))
                    .filter_map(|d| Some((d.clone(), saving.keys.get(&d.id)?.clone())))
                    .collect();
                (todo, saving.epoch.get())
            };
            for (dossier, key) in todo {
                // On every keystroke: the evaluations, most of a big dossier, are not written again
                // (the saver's text of them, which the debounced save uses too).
                let Some(json) = root.saving.borrow_mut().saver.as_mut().map(|s| s.json_of(&dossier)) else { continue };
                let Ok(sealed) = key.seal(json.as_bytes()).await else { continue };
                let mut saving = root.saving.borrow_mut();
                if saving.epoch.get() != epoch {
                    break;
                }
                saving.sealed_ahead.retain(|(s, _)| s.id != dossier.id);
                saving.sealed_ahead.push((dossier, sealed.to_json()));
            }
            let mut saving = root.saving.borrow_mut();
            if !std::mem::take(&mut saving.ahead_again) {
                saving.sealing_ahead = false;
                break;
            }
        }
    });
}

/// Whether a dossier sealed ahead is still to be kept sealed: open with a lock (not one whose
/// lock was removed since), or locked at once and waiting for its seal.
fn still_locked(state: &AppState, relocks: &[(DossierId, String, PassphraseKey)], id: &DossierId) -> bool {
    state.dossier(id).map_or_else(|| relocks.iter().any(|(other, ..)| other == id), |d| d.lock.is_some())
}

/// The page is going away: what is not known to be committed goes to localStorage at once (a
/// synchronous write that the browser keeps), then the normal save starts. A locked dossier goes
/// there only in its sealed form (from [`seal_ahead`]), with its date beside it, which the
/// start needs to tell it from an older or newer stored record.
pub fn write_ahead(root: &Root) {
    let state = root.state();
    let saving = root.saving.borrow();
    if saving.saver.is_none() {
        return;
    }
    let mut changes: Vec<Change> = state
        .dossiers
        .iter()
        .filter(|d| d.lock.is_none() && !saving.committed.iter().any(|c| Rc::ptr_eq(c, d)))
        .map(|d| Change::Put(dossier_key(&d.id), serde_json::to_string(&**d).expect("a dossier always serialises")))
        .collect();
    changes.extend(
        saving
            .committed
            .iter()
            .filter(|c| state.dossier(&c.id).is_none() && !state.locked.contains(&c.id))
            .map(|c| Change::Remove(dossier_key(&c.id))),
    );
    // Locked ones (open, or locked at once and not yet committed) in their sealed form.
    let mut dates = Vec::new();
    for (sealed_content, sealed) in &saving.sealed_ahead {
        let committed = saving.committed.iter().any(|c| Rc::ptr_eq(c, sealed_content));
        if committed || !still_locked(&state, &saving.relocks, &sealed_content.id) {
            continue;
        }
        let key = dossier_key(&sealed_content.id);
        dates.push((key.clone(), sealed_content.updated));
        changes.push(Change::Put(key, sealed.clone()));
    }
    drop(saving);
    if !changes.is_empty() || state.loaded {
        changes.push(Change::Put(UI_LANG_KEY.into(), state.ui_lang.code().into()));
        if let Some(local) = BrowserStore::open() {
            let _ = local.set(WAL_KEY, &wal_to_json(&changes, &dates));
        }
    }
    if state.loaded {
        save(root);
    }
}
