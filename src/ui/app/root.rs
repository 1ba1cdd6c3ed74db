//! What the root's effects and command handlers share: the reducer, the link to storage, and the
//! newest state for timers and listeners that outlive a render.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::domain::DossierId;
use crate::platform::browser_storage::BrowserStore;
use crate::platform::crypto::PassphraseKey;
use crate::state::{AppState, Msg};
use crate::storage::dossier_store::{dossier_key, Saver};
use crate::storage::key_value::{KeyValueStore, StorageError};

/// The reducer's state, shared as one `Rc` with the screens and the save timer, so a render
/// copies nothing. Equality is identity: a new state is a new `Rc`.
#[derive(Clone)]
pub struct SharedState(pub Rc<AppState>);

impl PartialEq for SharedState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Reducible for SharedState {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let state = Rc::try_unwrap(self).map(|s| s.0).unwrap_or_else(|rc| rc.0.clone());
        let state = Rc::try_unwrap(state).unwrap_or_else(|rc| (*rc).clone());
        Rc::new(SharedState(Rc::new(state.apply(msg))))
    }
}

/// Storage, what was last written to it, and the keys of the locked dossiers that are open.
pub struct Saving {
    /// `None` when the browser gives no storage (private mode in some browsers).
    pub storage: Option<BrowserStore>,
    /// Set once storage has been read at start.
    pub saver: Option<Saver>,
    /// Only in memory, only while the dossier is open: the passphrase itself is never kept.
    pub keys: HashMap<DossierId, PassphraseKey>,
    /// The debounced save that is waiting, if any.
    pub pending: Option<Timeout>,
    /// Bumped by a wipe: a seal still running when it started must not write afterwards.
    pub epoch: Rc<Cell<u64>>,
}

impl Saving {
    pub fn new() -> Saving {
        Saving {
            storage: BrowserStore::open(),
            saver: None,
            keys: HashMap::new(),
            pending: None,
            epoch: Rc::new(Cell::new(0)),
        }
    }

    /// Writes every dossier that changed since it was last written; a locked one is sealed with
    /// its key first (asynchronously), and one without a key is left to the lock that comes.
    pub fn save(&mut self, state: &AppState) -> Result<(), StorageError> {
        let (Some(storage), Some(saver)) = (&self.storage, &mut self.saver) else {
            return Err(StorageError::Unavailable);
        };
        let mut to_seal = Vec::new();
        saver.save_sealing(storage as &dyn KeyValueStore, &state.dossiers, state.ui_lang, &mut to_seal)?;
        for (id, json) in to_seal {
            let Some(key) = self.keys.get(&id).cloned() else {
                saver.forget(&id);
                continue;
            };
            let (epoch, started) = (self.epoch.clone(), self.epoch.get());
            wasm_bindgen_futures::spawn_local(async move {
                if let (Ok(sealed), Some(storage)) = (key.seal(json.as_bytes()).await, BrowserStore::open()) {
                    if epoch.get() == started {
                        let _ = storage.set(&dossier_key(&id), &sealed.to_json());
                    }
                }
            });
        }
        Ok(())
    }
}

/// The handles every effect and command handler needs, cloned as one.
#[derive(Clone)]
pub struct Root {
    pub reducer: UseReducerHandle<SharedState>,
    pub saving: Rc<RefCell<Saving>>,
    /// The newest state, for timers and listeners created during an earlier render.
    pub latest: Rc<RefCell<Rc<AppState>>>,
}

impl Root {
    pub fn dispatch(&self, msg: Msg) {
        self.reducer.dispatch(msg);
    }

    pub fn state(&self) -> Rc<AppState> {
        self.latest.borrow().clone()
    }
}
