//! Where the app keeps its records: the browser's IndexedDB in the app
//! (`platform::indexed_db`), the in-memory [`MemoryStore`] in tests. Records are key → text, the
//! same keys and texts as the localStorage of earlier versions (`trede.dossier.<id>`,
//! `trede.ui-lang`, `trede.catalogue`), so the migration only moves them.
//!
//! A save is a [`Batch`] of changes committed in one transaction: all or nothing, and `Ok` only
//! once the browser says the transaction is on disk.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::key_value::{KeyValueStore, MemoryStore, StorageError};

/// One change to one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Put(String, String),
    Remove(String),
}

impl Change {
    pub fn key(&self) -> &str {
        match self {
            Change::Put(key, _) | Change::Remove(key) => key,
        }
    }

    /// The value written, or `None` for a removal.
    pub fn value(&self) -> Option<&str> {
        match self {
            Change::Put(_, value) => Some(value),
            Change::Remove(_) => None,
        }
    }
}

/// Changes collected for one transaction. It is a [`KeyValueStore`] that only records writes, so
/// the plain-Rust savers write into it as they would into a store.
#[derive(Default, Debug)]
pub struct Batch {
    pub changes: std::cell::RefCell<Vec<Change>>,
}

impl Batch {
    pub fn into_changes(self) -> Vec<Change> {
        self.changes.into_inner()
    }
}

impl KeyValueStore for Batch {
    fn get(&self, _key: &str) -> Result<Option<String>, StorageError> {
        Ok(None)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.changes.borrow_mut().push(Change::Put(key.to_owned(), value.to_owned()));
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.changes.borrow_mut().push(Change::Remove(key.to_owned()));
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(Vec::new())
    }
}

/// The app's record store. Only `ui/app` holds one; everything else gets records or batches.
#[allow(async_fn_in_trait)]
pub trait RecordStore {
    /// Every record, in key order.
    async fn read_all(&self) -> Result<Vec<(String, String)>, StorageError>;
    /// Applies every change in one transaction; `Ok` only once it is committed durably.
    async fn commit(&self, changes: &[Change]) -> Result<(), StorageError>;
    /// Removes every record the app made.
    async fn clear(&self) -> Result<(), StorageError>;
}

/// The in-memory twin: a commit that does not fit changes nothing (all or nothing).
impl RecordStore for MemoryStore {
    async fn read_all(&self) -> Result<Vec<(String, String)>, StorageError> {
        self.keys()?.into_iter().map(|k| Ok((k.clone(), self.get(&k)?.unwrap_or_default()))).collect()
    }

    async fn commit(&self, changes: &[Change]) -> Result<(), StorageError> {
        let before = self.read_all().await?;
        for change in changes {
            let done = match change {
                Change::Put(key, value) => self.set(key, value),
                Change::Remove(key) => self.remove(key),
            };
            if let Err(err) = done {
                self.clear().await?;
                for (key, value) in &before {
                    self.set(key, value)?;
                }
                return Err(err);
            }
        }
        Ok(())
    }

    async fn clear(&self) -> Result<(), StorageError> {
        for key in self.keys()? {
            self.remove(&key)?;
        }
        Ok(())
    }
}

/// Runs a future that never waits on anything outside it (the in-memory twin) to its end.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut context) {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_is_all_or_nothing() {
        let store = MemoryStore::with_limit(20);
        block_on(store.commit(&[Change::Put("a".into(), "1".into())])).unwrap();
        let too_much = [Change::Put("b".into(), "2".into()), Change::Put("c".into(), "x".repeat(30))];
        assert_eq!(block_on(store.commit(&too_much)), Err(StorageError::Full));
        assert_eq!(block_on(store.read_all()).unwrap(), [("a".to_owned(), "1".to_owned())]);
        block_on(store.commit(&[Change::Remove("a".into())])).unwrap();
        assert!(block_on(store.read_all()).unwrap().is_empty());
    }
}
