//! How dossiers are laid out in a [`KeyValueStore`]: one key per dossier, so a save writes only
//! what changed and a record that cannot be read never blocks the others.

use std::borrow::Borrow;
use std::collections::BTreeMap;

use crate::domain::migration::load_dossier;
use crate::domain::{Dossier, DossierId, Lang};
use crate::state::UnreadableRecord;

use super::sealed::SealedParts;
use super::storage::{KeyValueStore, StorageError};

pub const DOSSIER_PREFIX: &str = "trede.dossier.";
pub const UI_LANG_KEY: &str = "trede.ui-lang";
/// The text of the offer catalogue loaded by this OCMW (absent: the built-in one).
pub const CATALOGUE_KEY: &str = "trede.catalogue";

/// The stored catalogue file text, if any (checked again when it is used).
pub fn load_catalogue(store: &dyn KeyValueStore) -> Result<Option<String>, StorageError> {
    store.get(CATALOGUE_KEY)
}

/// Stores the chosen catalogue's file text, or removes it for the built-in one.
pub fn save_catalogue(store: &dyn KeyValueStore, source: Option<&str>) -> Result<(), StorageError> {
    match source {
        Some(text) => store.set(CATALOGUE_KEY, text),
        None => store.remove(CATALOGUE_KEY),
    }
}

pub fn dossier_key(id: &DossierId) -> String {
    format!("{DOSSIER_PREFIX}{}", id.0)
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
    let mut loaded =
        Loaded { ui_lang: store.get(UI_LANG_KEY)?.as_deref().and_then(Lang::from_code), ..Loaded::default() };
    for key in store.keys()? {
        let Some(id) = key.strip_prefix(DOSSIER_PREFIX) else { continue };
        let Some(raw) = store.get(&key)? else { continue };
        if SealedParts::from_json(&raw).is_ok() {
            loaded.locked.push(DossierId(id.to_owned()));
            continue;
        }
        match load_dossier(&raw) {
            Ok((dossier, _migrated)) if dossier.id.0 == id => loaded.dossiers.push(dossier),
            Ok(_) => loaded.unreadable.push(UnreadableRecord { key, message_id: "load-error-invalid" }),
            Err(err) => loaded.unreadable.push(UnreadableRecord { key, message_id: err.message_id() }),
        }
    }
    Ok(loaded)
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

/// What to do when another tab (or window) of this browser changed a dossier's record.
#[derive(Clone, Debug, PartialEq)]
pub enum Reconcile {
    /// Nothing to do (it is what we wrote ourselves, or not a dossier).
    Ignore,
    /// We had no unsaved change: take the other tab's version.
    Adopt(Box<Dossier>),
    /// The other tab deleted it and we had no unsaved change: let it go.
    Remove(DossierId),
    /// Both changed it: ours stays here, theirs is kept as a copy, and the user is told.
    KeepBoth(Box<Dossier>),
    /// The other tab locked it: it leaves this tab's memory too.
    Locked(DossierId),
}

/// Decides how to take in a change another tab made to `key` (`new_value` None: removed).
/// `ours` is this tab's version in memory; the saver knows what this tab last wrote.
pub fn reconcile(key: &str, new_value: Option<&str>, ours: Option<&Dossier>, saver: &Saver) -> Reconcile {
    let Some(id) = key.strip_prefix(DOSSIER_PREFIX).map(|id| DossierId(id.to_owned())) else {
        return Reconcile::Ignore;
    };
    let last_written = saver.written.get(&id);
    let ours_unsaved = match (ours, last_written) {
        (Some(d), Some(written)) => &serde_json::to_string(d).expect("a dossier always serialises") != written,
        (Some(_), None) => true,
        (None, _) => false,
    };
    let Some(value) = new_value else {
        return if ours.is_some() && !ours_unsaved { Reconcile::Remove(id) } else { Reconcile::Ignore };
    };
    if last_written.map(String::as_str) == Some(value) {
        return Reconcile::Ignore;
    }
    if SealedParts::from_json(value).is_ok() {
        return Reconcile::Locked(id);
    }
    match load_dossier(value) {
        Ok((theirs, _)) if theirs.id == id => {
            if ours_unsaved {
                Reconcile::KeepBoth(Box::new(theirs))
            } else {
                Reconcile::Adopt(Box::new(theirs))
            }
        }
        _ => Reconcile::Ignore,
    }
}

/// Remembers what was last written, so each save writes only changed dossiers and removes the
/// ones deleted since.
#[derive(Default)]
pub struct Saver {
    written: BTreeMap<DossierId, String>,
    ui_lang: Option<Lang>,
}

impl Saver {
    /// A saver that knows what is stored now (right after [`load_all`]).
    pub fn after_load(loaded: &Loaded) -> Saver {
        let written = loaded
            .dossiers
            .iter()
            .map(|d| (d.id.clone(), serde_json::to_string(d).expect("a dossier always serialises")))
            .collect();
        Saver { written, ui_lang: loaded.ui_lang }
    }

    /// Forgets what was written (after [`wipe_all`]), so nothing is removed twice.
    pub fn forget_all(&mut self) {
        self.written.clear();
    }

    /// Forgets one dossier without touching its record (it was locked: the record is sealed).
    pub fn forget(&mut self, id: &DossierId) {
        self.written.remove(id);
    }

    /// Records that storage already holds this dossier as it is (just unlocked).
    pub fn mark_written(&mut self, dossier: &Dossier) {
        self.written.insert(dossier.id.clone(), serde_json::to_string(dossier).expect("a dossier always serialises"));
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
            writes += 1;
        }
        for dossier in dossiers {
            let dossier: &Dossier = dossier.borrow();
            let json = serde_json::to_string(dossier).expect("a dossier always serialises");
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::storage::MemoryStore;
    use chrono::{TimeZone, Utc};

    #[test]
    fn the_chosen_catalogue_is_stored_apart_from_dossiers() {
        let store = MemoryStore::new();
        assert_eq!(load_catalogue(&store).unwrap(), None);
        save_catalogue(&store, Some("{\"format\":\"trede-catalogue\"}")).unwrap();
        assert_eq!(load_catalogue(&store).unwrap().as_deref(), Some("{\"format\":\"trede-catalogue\"}"));
        assert!(load_all(&store).unwrap().unreadable.is_empty(), "not mistaken for a dossier");
        save_catalogue(&store, None).unwrap();
        assert_eq!(load_catalogue(&store).unwrap(), None);
    }

    fn dossier(id: &str, name: &str) -> Dossier {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        Dossier::new(DossierId(id.into()), name.into(), Lang::Nl, now)
    }

    #[test]
    fn saves_only_what_changed_and_loads_it_back() {
        let store = MemoryStore::new();
        let mut saver = Saver::default();
        let mut list = vec![dossier("a", "Amina"), dossier("b", "Bram")];
        assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 2);
        assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 0, "nothing changed");
        list[1].client_name = "Bram V".into();
        assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 1);
        let loaded = load_all(&store).unwrap();
        assert_eq!(loaded.ui_lang, Some(Lang::En));
        let mut names: Vec<_> = loaded.dossiers.iter().map(|d| d.client_name.clone()).collect();
        names.sort();
        assert_eq!(names, ["Amina", "Bram V"]);
    }

    #[test]
    fn deleted_dossiers_leave_storage() {
        let store = MemoryStore::new();
        let mut saver = Saver::default();
        saver.save(&store, &[dossier("a", "A"), dossier("b", "B")], Lang::Nl).unwrap();
        saver.save(&store, &[dossier("b", "B")], Lang::Nl).unwrap();
        assert_eq!(store.get("trede.dossier.a").unwrap(), None);
        assert!(store.get("trede.dossier.b").unwrap().is_some());
    }

    #[test]
    fn unreadable_records_are_reported_and_never_touched() {
        let store = MemoryStore::new();
        store.set("trede.dossier.x", "{not json").unwrap();
        store.set("trede.dossier.y", r#"{"schema_version":99}"#).unwrap();
        store.set("other.app", "ignored").unwrap();
        let mut saver = Saver::default();
        saver.save(&store, &[dossier("a", "A")], Lang::Nl).unwrap();
        let loaded = load_all(&store).unwrap();
        assert_eq!(loaded.dossiers.len(), 1);
        let reported: Vec<_> = loaded.unreadable.iter().map(|u| (u.key.as_str(), u.message_id)).collect();
        assert_eq!(reported, [("trede.dossier.x", "load-error-not-json"), ("trede.dossier.y", "load-error-too-new")]);
        let mut saver = Saver::after_load(&loaded);
        saver.save(&store, &loaded.dossiers, Lang::Nl).unwrap();
        assert_eq!(store.get("trede.dossier.x").unwrap().as_deref(), Some("{not json"));
        assert_eq!(store.get("trede.dossier.y").unwrap().as_deref(), Some(r#"{"schema_version":99}"#));
    }

    #[test]
    fn wiping_removes_every_dossier_record_and_keeps_settings() {
        let store = MemoryStore::new();
        let mut saver = Saver::default();
        saver.save(&store, &[dossier("a", "A"), dossier("b", "B")], Lang::En).unwrap();
        store.set("trede.dossier.broken", "{").unwrap();
        assert_eq!(wipe_all(&store).unwrap(), 3);
        saver.forget_all();
        assert_eq!(store.keys().unwrap(), [UI_LANG_KEY]);
        assert_eq!(saver.save(&store, &[] as &[Dossier], Lang::En).unwrap(), 0);
    }

    #[test]
    fn locked_dossiers_are_handed_back_for_sealing_never_written_in_the_clear() {
        let store = MemoryStore::new();
        let mut saver = Saver::default();
        let mut locked = dossier("l", "Zahra");
        locked.lock = Some(crate::domain::LockSettings { idle_minutes: 10 });
        let mut to_seal = Vec::new();
        saver.save_sealing(&store, &[dossier("a", "A"), locked.clone()], Lang::Nl, &mut to_seal).unwrap();
        assert_eq!(to_seal.len(), 1);
        assert_eq!(to_seal[0].0, locked.id);
        assert!(to_seal[0].1.contains("Zahra"));
        assert_eq!(store.get("trede.dossier.l").unwrap(), None, "no plaintext of a locked dossier");
        // A sealed record loads as locked, and forgetting it never deletes it.
        let sealed = crate::platform::sealed::SealedParts {
            iterations: crate::platform::sealed::ITERATIONS,
            salt: vec![1; 16],
            iv: vec![2; 12],
            check: vec![3; 32],
            ciphertext: vec![4; 64],
        };
        store.set("trede.dossier.l", &sealed.to_json()).unwrap();
        saver.forget(&locked.id);
        saver.save(&store, &[dossier("a", "A")], Lang::Nl).unwrap();
        let loaded = load_all(&store).unwrap();
        assert_eq!(loaded.locked, [DossierId("l".into())]);
        assert_eq!(loaded.dossiers.len(), 1);
        assert!(loaded.unreadable.is_empty());
    }

    #[test]
    fn another_tab_s_change_is_taken_in_without_losing_either_version() {
        let store = MemoryStore::new();
        let mut saver = Saver::default();
        let ours = dossier("a", "Amina");
        saver.save(&store, std::slice::from_ref(&ours), Lang::Nl).unwrap();
        let key = "trede.dossier.a";
        let mut theirs = ours.clone();
        theirs.client_name = "Amina (other tab)".into();
        let theirs_json = serde_json::to_string(&theirs).unwrap();

        // Nothing unsaved here: take theirs.
        assert_eq!(reconcile(key, Some(&theirs_json), Some(&ours), &saver), Reconcile::Adopt(Box::new(theirs.clone())));
        // Our own write coming back is ignored.
        let ours_json = serde_json::to_string(&ours).unwrap();
        assert_eq!(reconcile(key, Some(&ours_json), Some(&ours), &saver), Reconcile::Ignore);
        // Both changed: keep both.
        let mut edited = ours.clone();
        edited.client_name = "Amina (this tab)".into();
        assert_eq!(
            reconcile(key, Some(&theirs_json), Some(&edited), &saver),
            Reconcile::KeepBoth(Box::new(theirs.clone()))
        );
        // Deleted there: gone here too, unless we changed it meanwhile.
        assert_eq!(reconcile(key, None, Some(&ours), &saver), Reconcile::Remove(ours.id.clone()));
        assert_eq!(reconcile(key, None, Some(&edited), &saver), Reconcile::Ignore);
        // A new dossier from the other tab is simply taken in.
        let other = dossier("b", "Bram");
        let other_json = serde_json::to_string(&other).unwrap();
        assert_eq!(reconcile("trede.dossier.b", Some(&other_json), None, &saver), Reconcile::Adopt(Box::new(other)));
        // Other keys and garbage are ignored.
        assert_eq!(reconcile("trede.ui-lang", Some("en"), None, &saver), Reconcile::Ignore);
        assert_eq!(reconcile(key, Some("{broken"), Some(&ours), &saver), Reconcile::Ignore);
    }

    #[test]
    fn a_record_under_the_wrong_key_is_not_trusted() {
        let store = MemoryStore::new();
        store.set("trede.dossier.q", &serde_json::to_string(&dossier("other", "O")).unwrap()).unwrap();
        let loaded = load_all(&store).unwrap();
        assert!(loaded.dossiers.is_empty());
        assert_eq!(loaded.unreadable[0].message_id, "load-error-invalid");
    }

    #[test]
    fn a_full_disk_is_reported_and_retried() {
        let list = vec![dossier("a", &"x".repeat(120)), dossier("b", &"y".repeat(120)), dossier("c", &"z".repeat(120))];
        let one = dossier_key(&list[0].id).len() + serde_json::to_string(&list[0]).unwrap().len();
        // Room for the language setting and two dossiers, not three.
        let store = MemoryStore::with_limit(2 * one + one / 2);
        let mut saver = Saver::default();
        assert_eq!(saver.save(&store, &list, Lang::Nl), Err(StorageError::Full));
        assert!(store.get("trede.dossier.c").unwrap().is_none());
        // The user deletes b; c, which did not fit before, is written now.
        let result = saver.save(&store, &[list[0].clone(), list[2].clone()], Lang::Nl);
        assert_eq!(result, Ok(2));
        assert!(store.get("trede.dossier.b").unwrap().is_none());
        assert!(store.get("trede.dossier.c").unwrap().is_some());
    }
}
