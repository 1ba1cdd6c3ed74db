//! "Einde gesprek": everything this app keeps in a key-value store leaves it, other tabs are told,
//! and afterwards the store is read again to check that nothing is left. The dossiers go through
//! the dossier store's own [`wipe_all`](super::dossier_store::wipe_all), so this part does not
//! depend on how dossiers are laid out; every other key of the app (`trede.` and nothing else)
//! goes by its prefix.

use super::dossier_store::{load_all, wipe_all};
use super::key_value::KeyValueStore;

/// Every key this app writes starts so; other keys of the origin are not ours.
pub const APP_PREFIX: &str = "trede.";
/// Written and removed at once: the `storage` event tells every other tab to drop its state.
pub const WIPE_SIGNAL_KEY: &str = "trede.wiped";

/// What a wipe found left afterwards, by kind (`dossiers`, `locked`, `unreadable`, or a key);
/// empty when nothing is left.
pub type Leftovers = Vec<String>;

/// Removes every dossier and every other key of the app, tells other tabs (`signal`), then
/// checks. An error on the way is not fatal: the check reports what it left behind.
pub fn wipe_device(store: &dyn KeyValueStore, signal: bool) -> Leftovers {
    let _ = wipe_all(store);
    if let Ok(keys) = store.keys() {
        for key in keys.iter().filter(|k| k.starts_with(APP_PREFIX)) {
            let _ = store.remove(key);
        }
    }
    if signal && store.set(WIPE_SIGNAL_KEY, "1").is_ok() {
        let _ = store.remove(WIPE_SIGNAL_KEY);
    }
    leftovers(store)
}

/// What of the app is still in the store.
pub fn leftovers(store: &dyn KeyValueStore) -> Leftovers {
    let mut left = Vec::new();
    match load_all(store) {
        Ok(loaded) => {
            for (kind, count) in [
                ("dossiers", loaded.dossiers.len()),
                ("locked", loaded.locked.len()),
                ("unreadable", loaded.unreadable.len()),
            ] {
                if count > 0 {
                    left.push(format!("{kind}: {count}"));
                }
            }
        }
        Err(_) => left.push("storage".into()),
    }
    match store.keys() {
        Ok(keys) => left.extend(keys.into_iter().filter(|k| k.starts_with(APP_PREFIX))),
        Err(_) => left.push("storage".into()),
    }
    left.dedup();
    left
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Dossier, DossierId, Lang};
    use crate::storage::catalogue_store::{save_catalogue, CATALOGUE_KEY};
    use crate::storage::dossier_store::Saver;
    use crate::storage::key_value::MemoryStore;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_wipe_removes_every_key_of_the_app_and_checks_it() {
        let store = MemoryStore::new();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let d = Dossier::new(DossierId("a".into()), "Amina".into(), Lang::Nl, now);
        Saver::default().save(&store, &[d], Lang::En).unwrap();
        save_catalogue(&store, Some("{}")).unwrap();
        store.set("trede.dossier.broken", "{").unwrap();
        store.set("another-app", "theirs").unwrap();
        assert!(!leftovers(&store).is_empty());
        assert_eq!(wipe_device(&store, true), Leftovers::new());
        // Only the other app's key stays: not the language, not the catalogue, not the signal.
        assert_eq!(store.keys().unwrap(), ["another-app"]);
        assert_eq!(store.get(CATALOGUE_KEY).unwrap(), None);
    }

    #[test]
    fn what_is_left_is_named() {
        let store = MemoryStore::new();
        store.set("trede.dossier.x", "{").unwrap();
        store.set("trede.catalogue", "{}").unwrap();
        assert_eq!(leftovers(&store), ["unreadable: 1", "trede.catalogue", "trede.dossier.x"]);
    }
}
