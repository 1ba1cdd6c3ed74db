//! Saving: only the dossiers that changed, and the ones deleted since.

use std::borrow::Borrow;
use std::collections::BTreeMap;

use super::{dossier_key, Loaded, DOSSIER_PREFIX, UI_LANG_KEY};
use crate::domain::{Dossier, DossierId, Lang};
use crate::storage::dossier_json::DossierJson;
use crate::storage::key_value::{KeyValueStore, StorageError};
use crate::storage::record_store::Change;

/// Remembers what was last written, so each save writes only changed dossiers and removes the
/// ones deleted since.
#[derive(Default)]
pub struct Saver {
    pub(super) written: BTreeMap<DossierId, String>,
    /// Each changed dossier's JSON is made with its evaluations' text kept from the last save:
    /// the large dossier's save went from about 128 to about 10 ms of serialising at 4x CPU.
    json: BTreeMap<DossierId, DossierJson>,
    ui_lang: Option<Lang>,
    /// Dossiers being locked right now: their sealed record is on its way, so no plaintext of
    /// them may be written meanwhile (it would land over the sealed one).
    locking: Vec<DossierId>,
}

impl Saver {
    /// A saver that knows what is stored now (right after [`load_all`](super::load_all)).
    pub fn after_load(loaded: &Loaded) -> Saver {
        let mut saver = Saver { ui_lang: loaded.ui_lang, ..Saver::default() };
        for d in &loaded.dossiers {
            saver.mark_written(d);
        }
        saver
    }

    /// The dossier's JSON as `serde_json::to_string` writes it, its evaluations' text kept from
    /// the last time (by the saves and by sealing ahead alike): written once at load, a big
    /// dossier's first save then no longer serialises every evaluation again.
    pub fn json_of(&mut self, dossier: &Dossier) -> String {
        self.json.entry(dossier.id.clone()).or_default().write(dossier)
    }

    /// Forgets what was written (after [`wipe_all`](super::wipe_all)), so nothing is removed twice.
    pub fn forget_all(&mut self) {
        self.written.clear();
        self.json.clear();
        self.ui_lang = None;
    }

    /// From now until [`Saver::end_lock`], this dossier is never written in the clear.
    pub fn begin_lock(&mut self, id: &DossierId) {
        if !self.locking.contains(id) {
            self.locking.push(id.clone());
        }
    }

    pub fn end_lock(&mut self, id: &DossierId) {
        self.locking.retain(|other| other != id);
    }

    /// A commit of these changes failed: they count as unsaved again, so the next save retries.
    pub fn retry(&mut self, changes: &[Change]) {
        for change in changes {
            if change.key() == UI_LANG_KEY {
                self.ui_lang = None;
            }
            let Some(id) = change.key().strip_prefix(DOSSIER_PREFIX).map(|id| DossierId(id.to_owned())) else {
                continue;
            };
            match change {
                Change::Put(..) => {
                    self.written.remove(&id);
                }
                // Marked as written with nothing, so a save removes it again if it is still gone.
                #[allow(clippy::map_entry)] // `entry` would add its own code to the wasm
                Change::Remove(_) => {
                    if !self.written.contains_key(&id) {
                        self.written.insert(id, String::new());
                    }
                }
            }
        }
    }

    /// Forgets one dossier without touching its record (it was locked: the record is sealed).
    pub fn forget(&mut self, id: &DossierId) {
        self.written.remove(id);
        self.json.remove(id);
    }

    /// Records that storage already holds this dossier as it is (just unlocked).
    pub fn mark_written(&mut self, dossier: &Dossier) {
        let json = self.json_of(dossier);
        self.written.insert(dossier.id.clone(), json);
    }

    /// Writes what changed. On error, what was not written stays marked as unsaved, so the next
    /// attempt tries again. Locked dossiers are never written in the clear: their changed JSON is
    /// returned in `to_seal` for the caller to encrypt and write (and to [`Saver::forget`] if that
    /// fails, so it is tried again).
    pub fn save(
        &mut self,
        store: &dyn KeyValueStore,
        dossiers: &[impl Borrow<Dossier>],
        ui_lang: Lang,
    ) -> Result<usize, StorageError> {
        self.save_sealing(store, dossiers, ui_lang, &mut Vec::new())
    }

    pub fn save_sealing(
        &mut self,
        store: &dyn KeyValueStore,
        dossiers: &[impl Borrow<Dossier>],
        ui_lang: Lang,
        to_seal: &mut Vec<(DossierId, String)>,
    ) -> Result<usize, StorageError> {
        self.save_changed(store, dossiers, ui_lang, to_seal, &|_| false)
    }

    /// As [`Saver::save_sealing`], without even serialising the dossiers `unchanged` knows are
    /// as last written (the app knows by identity: with 300 dossiers, serialising every one on
    /// every save was a visible pause).
    pub fn save_changed(
        &mut self,
        store: &dyn KeyValueStore,
        dossiers: &[impl Borrow<Dossier>],
        ui_lang: Lang,
        to_seal: &mut Vec<(DossierId, String)>,
        unchanged: &dyn Fn(&Dossier) -> bool,
    ) -> Result<usize, StorageError> {
        let mut writes = 0;
        if self.ui_lang != Some(ui_lang) {
            store.set(UI_LANG_KEY, ui_lang.code())?;
            self.ui_lang = Some(ui_lang);
        }
        // Removals first: they free space for the writes.
        let gone: Vec<DossierId> =
            self.written.keys().filter(|id| !dossiers.iter().any(|d| &d.borrow().id == *id)).cloned().collect();
        for id in gone {
            store.remove(&dossier_key(&id))?;
            self.written.remove(&id);
            self.json.remove(&id);
            writes += 1;
        }
        for dossier in dossiers {
            let dossier: &Dossier = dossier.borrow();
            if unchanged(dossier) && self.written.contains_key(&dossier.id) {
                continue;
            }
            let json = self.json_of(dossier);
            if self.locking.contains(&dossier.id) && dossier.lock.is_none() {
                continue;
            }
            if self.written.get(&dossier.id) != Some(&json) {
                if dossier.lock.is_some() {
                    to_seal.push((dossier.id.clone(), json.clone()));
                    self.written.insert(dossier.id.clone(), json);
                    continue;
                }
                store.set(&dossier_key(&dossier.id), &json)?;
                self.written.insert(dossier.id.clone(), json);
                writes += 1;
            }
        }
        Ok(writes)
    }
}
