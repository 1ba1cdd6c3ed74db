//! What the root's effects and command handlers share: the reducer, the link to storage, and the
//! newest state for timers and listeners that outlive a render.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, Lang};
use crate::platform::crypto::PassphraseKey;
use crate::platform::indexed_db::IndexedDbStore;
use crate::state::{AppState, Msg};
use crate::storage::dossier_store::Saver;

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
#[derive(Default)]
pub struct Saving {
    /// IndexedDB, once opened at start; `None` before, or when the browser gives no storage.
    pub store: Option<IndexedDbStore>,
    /// Set once storage has been read at start.
    pub saver: Option<Saver>,
    /// Only in memory, only while the dossier is open: the passphrase itself is never kept.
    pub keys: HashMap<DossierId, PassphraseKey>,
    /// The debounced save that is waiting, if any.
    pub pending: Option<Timeout>,
    /// When the waiting save is due (`clock::millis`): each change moves it; the one timer
    /// checks it when it fires instead of a new timer per keystroke.
    pub due: f64,
    /// Locks asked for and not yet committed (`true`: a new lock, `false`: locking it now).
    pub locks: Vec<(DossierId, bool)>,
    /// Dossiers locked at once by the idle lock or "lock now": already off the screen, their
    /// content then and their key, to be sealed and committed by the next save.
    pub relocks: Vec<(DossierId, String, PassphraseKey)>,
    /// A save is running (saves run one after the other, so a later one never lands first).
    pub busy: bool,
    /// A change came while a save was running: save again when it ends.
    pub again: bool,
    /// The catalogue text last committed (`None`: the built-in one).
    pub catalogue_written: Option<Option<String>>,
    /// What the newest commit covered, by identity: the write-ahead entry holds what differs.
    pub committed: Vec<Rc<Dossier>>,
    /// The open locked dossiers sealed as soon as they changed (the content sealed, by identity,
    /// and its sealed record): what the write-ahead entry takes for them when the page goes.
    pub sealed_ahead: Vec<(Rc<Dossier>, String)>,
    /// Sealing ahead is running; `ahead_again`: a change came meanwhile.
    pub sealing_ahead: bool,
    pub ahead_again: bool,
    /// What the autosave last looked at, to tell a change from a re-render.
    pub seen: Option<(Vec<Rc<Dossier>>, Lang, Option<usize>)>,
    /// Tells the other tabs of this browser what was committed.
    pub channel: Option<web_sys::BroadcastChannel>,
    /// Bumped by a wipe: a save or seal still running when it started must not commit afterwards.
    pub epoch: Rc<Cell<u64>>,
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
