//! Storage at start and after every change: restore (moving earlier versions' localStorage
//! records and the write-ahead entry into IndexedDB), the debounced save, the write-ahead entry
//! when the page is hidden or closed, the room left, and what the browser says about keeping it.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::root::Root;
use super::store;
use crate::platform::browser_storage::BrowserStore;
use crate::platform::clock;
use crate::platform::indexed_db::{estimate, IndexedDbStore};
use crate::state::Msg;
use crate::storage::catalogue_store::CATALOGUE_KEY;
use crate::storage::dossier_store::{load_records, Loaded, Saver};
use crate::storage::key_value::{KeyValueStore, StorageError};
use crate::storage::move_in::{app_records, move_in, Moved};
use crate::storage::record_store::RecordStore;

/// At most this far behind the last change.
const SAVE_DELAY_MS: u32 = 400;

/// Reads storage once at start. A record that cannot be read is listed and left alone.
#[hook]
pub fn use_restore(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| wasm_bindgen_futures::spawn_local(restore(root)));
}

/// Opens IndexedDB, moves in what localStorage still holds, and reads everything.
async fn restore(root: Root) {
    let opened = IndexedDbStore::open().await;
    let local = BrowserStore::open();
    let moved = match (&opened, &local) {
        (Ok(db), Some(local)) => move_in(db, local).await,
        (Ok(db), None) => db.read_all().await.map(|records| (records, None)),
        (Err(err), _) => Err(err.clone()),
    };
    restored(&root, opened.ok(), local, moved);
}

/// Takes in what start read (not async: the state machine of `restore` stays small).
fn restored(
    root: &Root,
    store: Option<IndexedDbStore>,
    local: Option<BrowserStore>,
    moved: Result<Moved, StorageError>,
) {
    let (records, error) = match moved {
        Ok(moved) => moved,
        // No IndexedDB: what localStorage holds is shown, and kept where it is.
        Err(err) => (local.as_ref().map(|l| app_records(l)).unwrap_or_default(), Some(err)),
    };
    let catalogue = records.iter().find(|(k, _)| k == CATALOGUE_KEY).map(|(_, v)| v.clone());
    // A device setting, kept in localStorage (never moved in).
    let lock_on_hide = local.as_ref().and_then(|l| l.get(super::locking::LOCK_ON_HIDE_KEY).ok().flatten());
    let loaded = load_records(&records);
    drop(records);
    {
        let mut saving = root.saving.borrow_mut();
        saving.saver = Some(Saver::after_load(&loaded));
        saving.catalogue_written = Some(catalogue.clone());
        saving.store = store;
        saving.channel = super::tabs::open_channel(root);
    }
    if let Some(text) = catalogue {
        root.dispatch(Msg::RestoreCatalogue(text));
    }
    if lock_on_hide.is_some() {
        root.dispatch(Msg::LockOnHide(true));
    }
    root.dispatch(Msg::Loaded {
        dossiers: loaded.dossiers,
        unreadable: loaded.unreadable,
        ui_lang: loaded.ui_lang,
        utc_offset: clock::utc_offset(),
    });
    if !loaded.locked.is_empty() {
        root.dispatch(Msg::LockedFound(loaded.locked));
    }
    root.dispatch(Msg::Tick(clock::now()));
    if let Some(err) = error {
        root.dispatch(Msg::SaveFailed(err.message_id()));
    }
    refresh_room(root);
}

/// Saves after every change, debounced, once the start has read storage; a failure is shown
/// until a later save succeeds.
#[hook]
pub fn use_autosave(root: &Root) {
    // The dependency is the shared state itself: equal means the same `Rc`, so no deep compare.
    let state = (*root.reducer).clone();
    let root = root.clone();
    use_effect_with(state, move |state| {
        let state = &state.0;
        if !state.loaded {
            return;
        }
        let catalogue = state.catalogue.source().map(|s| s.as_ptr() as usize);
        let now_seen = (state.dossiers.clone(), state.ui_lang, catalogue);
        let mut saving = root.saving.borrow_mut();
        let changed = match &saving.seen {
            Some((dossiers, lang, cat)) => {
                *lang != now_seen.1
                    || *cat != now_seen.2
                    || dossiers.len() != now_seen.0.len()
                    || dossiers.iter().zip(&now_seen.0).any(|(a, b)| !std::rc::Rc::ptr_eq(a, b))
            }
            None => true,
        };
        let first = saving.seen.is_none();
        if first {
            // Just read from storage: what is stored, so no save needs to serialise it again.
            saving.committed = state.dossiers.clone();
        }
        saving.seen = Some(now_seen);
        if !changed && saving.locks.is_empty() {
            return;
        }
        saving.due = clock::millis() + f64::from(SAVE_DELAY_MS);
        if saving.pending.is_none() {
            saving.pending = Some(save_after(&root, SAVE_DELAY_MS));
        }
        drop(saving);
        if state.dossiers.iter().any(|d| d.lock.is_some()) {
            store::seal_ahead(&root);
        }
        if !first && !state.unsaved {
            root.dispatch(Msg::Unsaved);
        }
    });
}

/// The debounce timer: saves once no change came for `SAVE_DELAY_MS`. Typing moves `due` only,
/// so a keystroke costs no timer of its own (a new timer and a cancelled one each time was about
/// a third of a millisecond per key at 4x CPU slowdown on the large dossier).
fn save_after(root: &Root, ms: u32) -> Timeout {
    let root = root.clone();
    Timeout::new(ms, move || {
        let left = root.saving.borrow().due - clock::millis();
        if left >= 1.0 {
            let later = save_after(&root, left.ceil() as u32);
            root.saving.borrow_mut().pending = Some(later);
        } else {
            store::save(&root);
        }
    })
}

/// Writes what is waiting at once: the write-ahead entry first (synchronous), then the commit.
pub fn flush(root: &Root) {
    store::write_ahead(root);
}

/// Closing or hiding the page saves at once.
#[hook]
pub fn use_flush_on_hide(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let on_hide = {
            let root = root.clone();
            EventListener::new(&window, "pagehide", move |_| flush(&root))
        };
        let on_visibility = EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
            if gloo::utils::document().hidden() {
                flush(&root)
            }
        });
        move || drop((on_hide, on_visibility))
    });
}

/// How much room the site uses and has, for the home screen.
pub fn refresh_room(root: &Root) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Some((used, quota)) = estimate().await {
            root.dispatch(Msg::StorageRoom(used, quota));
        }
    });
}

/// Asks the browser to keep our data (it may evict "best-effort" storage), once storage is read
/// (its answer is a redraw, not needed before the first screen), and listens from the start
/// for a new version that the service worker has installed (boot script: `tools/post_build.mjs`).
#[hook]
pub fn use_device_news(root: &Root) {
    let loaded = root.reducer.0.loaded;
    let asked = root.clone();
    use_effect_with(loaded, move |loaded| {
        if *loaded {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(granted) = crate::platform::persistence::request_persistent_storage().await {
                    asked.dispatch(Msg::StoragePersistence(granted));
                }
            });
        }
    });
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener =
            EventListener::new(&gloo::utils::window(), "trede-update-ready", move |_| root.dispatch(Msg::UpdateReady));
        move || drop(listener)
    });
}

/// Saves (sealed ones too) and waits for the commit, then lets the boot script swap in the new
/// version and reload.
pub fn apply_update(root: &Root) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        store::save_and_wait(&root).await;
        if let Ok(event) = web_sys::CustomEvent::new("trede-apply-update") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    });
}

/// After a wipe nothing is stored, and nothing is written back: not even the screen language,
/// which the state keeps (a later change of it is written as usual).
pub fn forget_written(root: &Root, saving: &mut super::root::Saving) {
    if saving.saver.is_some() {
        let ui_lang = Some(root.state().ui_lang);
        saving.saver = Some(Saver::after_load(&Loaded { ui_lang, ..Loaded::default() }));
    }
}

/// Removes every record the app made: the IndexedDB records and every `trede.` key in
/// localStorage. Errors are returned, not ignored. What is in memory (the waiting save, keys,
/// locks, what was written) is dropped before, synchronously, by [`wipe`](super::wipe::wipe):
/// not here, where it would also drop the first save scheduled after the wipe.
pub async fn wipe_everything(root: &Root) -> Result<(), StorageError> {
    let store = root.saving.borrow().store.clone();
    let mut result = match &store {
        Some(store) => store.clear().await,
        None => Err(StorageError::Unavailable),
    };
    if let Some(local) = BrowserStore::open() {
        for (key, _) in app_records(&local) {
            if let Err(err) = local.remove(&key) {
                result = Err(err);
            }
        }
    }
    result
}
