//! Storage at start and after every change: restore, the debounced save, the flush when the page
//! is hidden or closed, the stored catalogue, and what the browser says about keeping our data.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::root::Root;
use crate::platform::clock;
use crate::state::Msg;
use crate::storage::catalogue_store::{load_catalogue, save_catalogue};
use crate::storage::dossier_store::{load_all, Saver};
use crate::storage::key_value::{KeyValueStore, StorageError};

/// At most this far behind the last change.
const SAVE_DELAY_MS: u32 = 400;

/// Reads storage once at start. A record that cannot be read is listed and left alone.
#[hook]
pub fn use_restore(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let mut saving = root.saving.borrow_mut();
        let loaded = match &saving.storage {
            Some(s) => load_all(s).unwrap_or_default(),
            None => Default::default(),
        };
        saving.saver = Some(Saver::after_load(&loaded));
        let unavailable = saving.storage.is_none();
        let catalogue = saving.storage.as_ref().and_then(|s| load_catalogue(s).ok().flatten());
        let lock_on_hide = saving.storage.as_ref().and_then(|s| s.get(super::locking::LOCK_ON_HIDE_KEY).ok().flatten());
        drop(saving);
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
        if unavailable {
            root.dispatch(Msg::SaveFailed(StorageError::Unavailable.message_id()));
        }
    });
}

/// Saves after every change, debounced, once the start has read storage; a failure is shown
/// until a later save succeeds.
#[hook]
pub fn use_autosave(root: &Root) {
    // The dependency is the shared state itself: equal means the same `Rc`, so no deep compare.
    let state = (*root.reducer).clone();
    let root = root.clone();
    use_effect_with(state, move |state| {
        if state.0.loaded {
            let waiting = root.clone();
            root.saving.borrow_mut().pending = Some(Timeout::new(SAVE_DELAY_MS, move || save_now(&waiting)));
        }
    });
}

fn save_now(root: &Root) {
    let state = root.state();
    let result = root.saving.borrow_mut().save(&state);
    match result {
        Ok(()) if state.save_error.is_some() => root.dispatch(Msg::SaveSucceeded),
        Ok(()) => {}
        Err(err) if state.save_error != Some(err.message_id()) => root.dispatch(Msg::SaveFailed(err.message_id())),
        Err(_) => {}
    }
}

/// Writes what is waiting at once (the debounce is dropped): nothing typed in the last moment
/// before the page is hidden, closed or updated is lost.
pub fn flush(root: &Root) {
    let state = root.state();
    if state.loaded {
        let mut saving = root.saving.borrow_mut();
        saving.pending.take();
        let _ = saving.save(&state);
    }
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

/// The chosen catalogue is stored when it changes (only after the start has read storage).
#[hook]
pub fn use_catalogue_saving(root: &Root) {
    let saving = root.saving.clone();
    let state = &root.reducer.0;
    let source = state.catalogue.source().map(str::to_owned);
    use_effect_with((source, state.loaded), move |(source, loaded)| {
        if *loaded {
            if let Some(s) = &saving.borrow().storage {
                let _ = save_catalogue(s, source.as_deref());
            }
        }
    });
}

/// Asks the browser to keep our data (it may evict "best-effort" storage), and listens for a new
/// version that the service worker has installed (boot script: `tools/post_build.mjs`).
#[hook]
pub fn use_device_news(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let asked = root.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(granted) = crate::platform::persistence::request_persistent_storage().await {
                asked.dispatch(Msg::StoragePersistence(granted));
            }
        });
        let listener =
            EventListener::new(&gloo::utils::window(), "trede-update-ready", move |_| root.dispatch(Msg::UpdateReady));
        move || drop(listener)
    });
}

/// Saves first, then lets the boot script swap in the new version and reload.
pub fn apply_update(root: &Root) {
    let state = root.state();
    let _ = root.saving.borrow_mut().save(&state);
    if let Ok(event) = web_sys::CustomEvent::new("trede-apply-update") {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
