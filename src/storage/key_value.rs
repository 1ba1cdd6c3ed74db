//! A small key-value store trait: the browser's localStorage in the app, a map in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refused to store more (disk or quota full).
    Full,
    /// Storage is switched off or blocked (private mode, policy).
    Unavailable,
    Other(String),
}

impl StorageError {
    pub fn message_id(&self) -> &'static str {
        match self {
            StorageError::Full => "save-error-full",
            StorageError::Unavailable => "save-error-unavailable",
            StorageError::Other(_) => "save-error-other",
        }
    }
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// The in-memory twin, with an optional size limit to play a full disk.
#[derive(Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    limit_bytes: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_limit(limit_bytes: usize) -> Self {
        MemoryStore { entries: RefCell::default(), limit_bytes: Some(limit_bytes) }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries.borrow().iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(limit) = self.limit_bytes {
            if self.used_without(key) + key.len() + value.len() > limit {
                return Err(StorageError::Full);
            }
        }
        self.entries.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_behaves_like_a_map() {
        let store = MemoryStore::new();
        assert_eq!(store.get("a").unwrap(), None);
        store.set("a", "1").unwrap();
        store.set("b", "2").unwrap();
        store.set("a", "3").unwrap();
        assert_eq!(store.get("a").unwrap().as_deref(), Some("3"));
        assert_eq!(store.keys().unwrap(), ["a", "b"]);
        store.remove("a").unwrap();
        assert_eq!(store.keys().unwrap(), ["b"]);
    }

    #[test]
    fn a_full_store_refuses_and_keeps_the_old_value() {
        let store = MemoryStore::with_limit(10);
        store.set("k", "12345").unwrap();
        assert_eq!(store.set("k", "1234567890"), Err(StorageError::Full));
        assert_eq!(store.get("k").unwrap().as_deref(), Some("12345"));
    }
}
