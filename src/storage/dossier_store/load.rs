//! Reading every dossier, and wiping them all.

use super::{DOSSIER_PREFIX, UI_LANG_KEY};
use crate::domain::{Dossier, DossierId, Lang};
use crate::storage::key_value::{KeyValueStore, StorageError};
use crate::storage::migration::load_dossier;
use crate::storage::sealed::{SealedError, SealedParts};

/// A stored record that could not be read. It stays in storage untouched; the user is told.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableRecord {
    pub key: String,
    pub message_id: &'static str,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub dossiers: Vec<Dossier>,
    /// Dossiers stored encrypted: only their ids are known until unlocked.
    pub locked: Vec<DossierId>,
    pub unreadable: Vec<UnreadableRecord>,
    pub ui_lang: Option<Lang>,
}

/// Reads every dossier. Records that cannot be read are listed, and left exactly as they are.
/// Records of an older schema are migrated in memory; the stored original is only replaced by
/// the next save, after the migration has succeeded.
pub fn load_all(store: &dyn KeyValueStore) -> Result<Loaded, StorageError> {
    let mut records = Vec::new();
    for key in store.keys()? {
        if let Some(value) = store.get(&key)? {
            records.push((key, value));
        }
    }
    Ok(load_records(&records))
}

/// The one load path: every record read at start (from IndexedDB in the app) goes through here.
pub fn load_records(records: &[(String, String)]) -> Loaded {
    let mut loaded = Loaded::default();
    for (key, raw) in records {
        if key == UI_LANG_KEY {
            loaded.ui_lang = Lang::from_code(raw);
        }
        let Some(id) = key.strip_prefix(DOSSIER_PREFIX) else { continue };
        let key = key.clone();
        match SealedParts::from_json(raw) {
            Ok(_) => {
                loaded.locked.push(DossierId(id.to_owned()));
                continue;
            }
            // Sealed by a newer Trede: say so, not that the data has no version.
            Err(SealedError::Version(_)) => {
                loaded.unreadable.push(UnreadableRecord { key, message_id: "load-error-too-new" });
                continue;
            }
            Err(_) => {}
        }
        match load_dossier(raw) {
            Ok((dossier, _migrated)) if dossier.id.0 == id => loaded.dossiers.push(dossier),
            Ok(_) => loaded.unreadable.push(UnreadableRecord { key, message_id: "load-error-invalid" }),
            Err(err) => loaded.unreadable.push(UnreadableRecord { key, message_id: err.message_id() }),
        }
    }
    loaded
}

/// Removes every dossier record from the store, readable or not (end of a meeting on a shared
/// tablet). Settings such as the screen language stay.
pub fn wipe_all(store: &dyn KeyValueStore) -> Result<usize, StorageError> {
    let keys: Vec<String> = store.keys()?.into_iter().filter(|k| k.starts_with(DOSSIER_PREFIX)).collect();
    for key in &keys {
        store.remove(key)?;
    }
    Ok(keys.len())
}
