//! The offer catalogue chosen by this OCMW, stored under its own key beside the dossiers.

use super::key_value::{KeyValueStore, StorageError};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::dossier_store::load_all;
    use crate::storage::key_value::MemoryStore;

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
}
