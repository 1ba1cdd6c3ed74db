//! The root (browser only): owns the reducer, restores from storage on start, saves every change
//! debounced, and flushes at once when the page is hidden or closed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::shell::Shell;
use crate::domain::{DossierId, LockSettings};
use crate::platform::browser_storage::BrowserStore;
use crate::platform::clock;
use crate::platform::crypto::{CryptoError, PassphraseKey};
use crate::state::{Action, AppState, Command};
use crate::storage::catalogue_store::{load_catalogue, save_catalogue};
use crate::storage::dossier_store::{dossier_key, load_all, reconcile, wipe_all, Reconcile, Saver};
use crate::storage::key_value::{KeyValueStore, StorageError};
use crate::storage::migration::load_dossier;
use crate::storage::sealed::SealedParts;
use crate::storage::transfer::{export_file_name, export_json, parse_import, ImportProblem, MAX_IMPORT_BYTES};

/// At most this far behind the last change.
const SAVE_DELAY_MS: u32 = 400;

/// The reducer's state, shared as one `Rc` with the screens and the save timer, so a render
/// copies nothing. Equality is identity: a new state is a new `Rc`.
#[derive(Clone)]
struct Store(Rc<AppState>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::try_unwrap(self).map(|s| s.0).unwrap_or_else(|rc| rc.0.clone());
        let state = Rc::try_unwrap(state).unwrap_or_else(|rc| (*rc).clone());
        Rc::new(Store(Rc::new(state.apply(action))))
    }
}

/// Storage, what was last written to it, and the keys of the locked dossiers that are open.
/// Shared by the save timer, the page-hide flush and the lock commands.
struct Persistence {
    store: Option<BrowserStore>,
    saver: Option<Saver>,
    /// Only in memory, only while the dossier is open: the passphrase itself is never kept.
    keys: HashMap<DossierId, PassphraseKey>,
}

impl Persistence {
    fn save(&mut self, state: &AppState) -> Result<(), StorageError> {
        let (Some(store), Some(saver)) = (&self.store, &mut self.saver) else {
            return Err(StorageError::Unavailable);
        };
        let mut to_seal = Vec::new();
        saver.save_sealing(store as &dyn KeyValueStore, &state.dossiers, state.ui_lang, &mut to_seal)?;
        for (id, json) in to_seal {
            let Some(key) = self.keys.get(&id).cloned() else {
                saver.forget(&id);
                continue;
            };
            wasm_bindgen_futures::spawn_local(async move {
                if let (Ok(sealed), Some(store)) = (key.seal(json.as_bytes()).await, BrowserStore::open()) {
                    let _ = store.set(&dossier_key(&id), &sealed.to_json());
                }
            });
        }
        Ok(())
    }
}

fn import_action(file_name: String, result: Result<crate::domain::Dossier, Vec<ImportProblem>>) -> Action {
    match result {
        Ok(dossier) => Action::Import { dossier: Box::new(dossier), fresh_id: clock::new_dossier_id() },
        Err(problems) => Action::ImportFailed { file_name, problems },
    }
}

/// Seals the dossier's current content, writes it, and only then lets it leave memory.
fn lock_now(id: DossierId, state: &AppState, persistence: Rc<RefCell<Persistence>>, store: UseReducerHandle<Store>) {
    let Some(dossier) = state.dossier(&id).filter(|d| d.lock.is_some()) else { return };
    let Some(key) = persistence.borrow().keys.get(&id).cloned() else { return };
    let json = serde_json::to_string(dossier).expect("a dossier always serialises");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(sealed) = key.seal(json.as_bytes()).await else { return };
        let mut p = persistence.borrow_mut();
        let written = p.store.as_ref().map(|s| s.set(&dossier_key(&id), &sealed.to_json()));
        match written {
            Some(Ok(())) => {
                if let Some(saver) = &mut p.saver {
                    saver.forget(&id);
                }
                p.keys.remove(&id);
                drop(p);
                store.dispatch(Action::Relocked(id));
            }
            Some(Err(err)) => {
                drop(p);
                store.dispatch(Action::SaveFailed(err.message_id()));
            }
            None => {}
        }
    });
}

/// Reads a locked record and opens it with the passphrase; the error is a message id.
async fn unlock(id: &DossierId, passphrase: &str) -> Result<(crate::domain::Dossier, PassphraseKey), &'static str> {
    let store = BrowserStore::open().ok_or(StorageError::Unavailable.message_id())?;
    let raw = store.get(&dossier_key(id)).ok().flatten().ok_or("load-error-invalid")?;
    let parts = SealedParts::from_json(&raw).map_err(|e| e.message_id())?;
    let key = PassphraseKey::for_sealed(passphrase, &parts).await.map_err(|e| e.message_id())?;
    let plain = key.open(&parts).await.map_err(|e| e.message_id())?;
    let (dossier, _) = load_dossier(&String::from_utf8_lossy(&plain)).map_err(|e| e.message_id())?;
    if &dossier.id != id {
        return Err("load-error-invalid");
    }
    Ok((dossier, key))
}

fn utc_offset_minutes() -> i32 {
    // JS gives minutes *behind* UTC.
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

thread_local! {
    /// What the document was last given, so an unchanged language or running line is not set
    /// again: touching `<html lang dir>` restyles the whole page, on every keystroke.
    static DOCUMENT_SET: RefCell<Option<(crate::domain::Lang, Option<String>)>> = const { RefCell::new(None) };
}

fn apply_document_language(state: &AppState) {
    let wanted = (state.ui_lang, state.print_running_line());
    if DOCUMENT_SET.with(|set| set.borrow().as_ref() == Some(&wanted)) {
        return;
    }
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", state.ui_lang.code());
        let _ = root.set_attribute("dir", state.ui_lang.dir());
    }
    // The printed pages carry the plan's fingerprint in their top margin.
    crate::platform::print::set_running_line(wanted.1.as_deref());
    DOCUMENT_SET.with(|set| *set.borrow_mut() = Some(wanted));
}

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| Store(Rc::new(AppState::default())));
    let persistence = use_mut_ref(|| Persistence { store: BrowserStore::open(), saver: None, keys: HashMap::new() });
    let last_activity = use_mut_ref(|| Cell::new(js_sys::Date::now()));
    let latest = use_mut_ref(|| Rc::new(AppState::default()));
    let timer = use_mut_ref(|| None::<Timeout>);
    *latest.borrow_mut() = store.0.clone();

    // Restore on start. A record that cannot be read is listed and left alone.
    {
        let store = store.clone();
        let persistence = persistence.clone();
        use_effect_with((), move |_| {
            let mut p = persistence.borrow_mut();
            let loaded = match &p.store {
                Some(s) => load_all(s).unwrap_or_default(),
                None => Default::default(),
            };
            p.saver = Some(Saver::after_load(&loaded));
            let unavailable = p.store.is_none();
            let catalogue = p.store.as_ref().and_then(|s| load_catalogue(s).ok().flatten());
            drop(p);
            if let Some(text) = catalogue {
                store.dispatch(Action::RestoreCatalogue(text));
            }
            store.dispatch(Action::Loaded {
                dossiers: loaded.dossiers,
                unreadable: loaded.unreadable,
                ui_lang: loaded.ui_lang,
                utc_offset_minutes: utc_offset_minutes(),
            });
            if !loaded.locked.is_empty() {
                store.dispatch(Action::LockedFound(loaded.locked));
            }
            store.dispatch(Action::Tick(clock::now()));
            if unavailable {
                store.dispatch(Action::SaveFailed(StorageError::Unavailable.message_id()));
            }
        });
    }

    // Save after every change, debounced; the document language follows the screen language.
    {
        let store_handle = store.clone();
        let persistence = persistence.clone();
        let latest = latest.clone();
        let timer = timer.clone();
        use_effect_with((*store).clone(), move |current| {
            apply_document_language(&latest.borrow());
            if current.0.loaded {
                let handle = store_handle.clone();
                *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || {
                    let state = latest.borrow().clone();
                    match persistence.borrow_mut().save(&state) {
                        Ok(()) if state.save_error.is_some() => handle.dispatch(Action::SaveSucceeded),
                        Ok(()) => {}
                        Err(err) if state.save_error != Some(err.message_id()) => {
                            handle.dispatch(Action::SaveFailed(err.message_id()))
                        }
                        Err(_) => {}
                    }
                }));
            }
        });
    }

    // The chosen catalogue is stored when it changes (only after the start has read storage).
    {
        let persistence = persistence.clone();
        let source = store.0.catalogue.source().map(str::to_owned);
        use_effect_with((source, store.0.loaded), move |(source, loaded)| {
            if *loaded {
                if let Some(s) = &persistence.borrow().store {
                    let _ = save_catalogue(s, source.as_deref());
                }
            }
        });
    }

    // Closing or hiding the page saves at once, so nothing typed in the last moment is lost.
    {
        let persistence = persistence.clone();
        let latest = latest.clone();
        let timer = timer.clone();
        use_effect_with((), move |_| {
            let flush = Rc::new(RefCell::new(move || {
                let state = latest.borrow().clone();
                if state.loaded {
                    timer.borrow_mut().take();
                    let _ = persistence.borrow_mut().save(&state);
                }
            }));
            let window = gloo::utils::window();
            let on_hide = {
                let flush = flush.clone();
                EventListener::new(&window, "pagehide", move |_| (flush.borrow_mut())())
            };
            let on_visibility = EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if gloo::utils::document().hidden() {
                    (flush.borrow_mut())()
                }
            });
            move || drop((on_hide, on_visibility))
        });
    }

    // Translations other than Dutch arrive when a screen needs them: the worker's language and
    // the open dossier's client language.
    {
        let store = store.clone();
        let wanted = (store.0.ui_lang, store.0.open_dossier().map(|d| d.client_lang));
        use_effect_with(wanted, move |(ui, client)| {
            for lang in [Some(*ui), *client].into_iter().flatten() {
                if crate::i18n::is_available(lang) {
                    continue;
                }
                let store = store.clone();
                crate::platform::locales::load(lang, move |text| match text {
                    Some(text) => {
                        crate::i18n::register(lang, text);
                        store.dispatch(Action::LocaleLoaded(lang));
                    }
                    None => store.dispatch(Action::LocaleFailed(lang)),
                });
            }
        });
    }

    // Which languages the device can read aloud (the list of voices may arrive late).
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            store.dispatch(Action::SpeechVoices(crate::platform::speech::voice_langs()));
            let listener = crate::platform::speech::on_voices_changed(move || {
                store.dispatch(Action::SpeechVoices(crate::platform::speech::voice_langs()))
            });
            move || drop(listener)
        });
    }

    // Ask the browser to keep our data (it may evict "best-effort" storage), and listen for a new
    // version that the service worker has installed (boot script: tools/post_build.mjs).
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let persisted = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(granted) = crate::platform::persistence::request_persistent_storage().await {
                    persisted.dispatch(Action::StoragePersistence(granted));
                }
            });
            let listener = EventListener::new(&gloo::utils::window(), "trede-update-ready", move |_| {
                store.dispatch(Action::UpdateReady)
            });
            move || drop(listener)
        });
    }

    let on_command = {
        let store = store.clone();
        let persistence = persistence.clone();
        let latest = latest.clone();
        Callback::from(move |command: Command| {
            match &command {
                Command::Export(id, passphrase) => {
                    if let Some(dossier) = latest.borrow().dossier(id) {
                        let now = clock::now();
                        let (name, text) = (export_file_name(dossier, now), export_json(dossier, now));
                        let passphrase = passphrase.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let text = match passphrase {
                                Some(p) => {
                                    match crate::platform::crypto::seal_with_passphrase(&p, text.as_bytes()).await {
                                        Ok(sealed) => sealed.to_json(),
                                        Err(_) => return,
                                    }
                                }
                                None => text,
                            };
                            let _ = crate::platform::files::offer_file(&name, &text).await;
                        });
                    }
                    return;
                }
                Command::ImportFile(file) => {
                    let (file, store) = (file.clone(), store.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let file_name = file.name();
                        // A file far larger than any dossier is refused before it is read.
                        let text = if file.size() > MAX_IMPORT_BYTES as f64 {
                            Err(ImportProblem::from_id(
                                "import-error-too-large",
                                Some((MAX_IMPORT_BYTES / 1024 / 1024).to_string()),
                            ))
                        } else {
                            crate::platform::files::read_text(&file)
                                .await
                                .map_err(|_| ImportProblem::from_id("import-error-unreadable", None))
                        };
                        store.dispatch(match text {
                            Ok(text) if SealedParts::from_json(&text).is_ok() => {
                                Action::ImportNeedsPassphrase { file_name, text, error: None }
                            }
                            Ok(text) => import_action(file_name, parse_import(&text)),
                            Err(problem) => Action::ImportFailed { file_name, problems: vec![problem] },
                        });
                    });
                    return;
                }
                Command::ImportWithPassphrase(passphrase) => {
                    let Some(pending) = latest.borrow().pending_import.clone() else { return };
                    let (store, passphrase) = (store.clone(), passphrase.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let parts = SealedParts::from_json(&pending.text).expect("checked when the file was read");
                        let file_name = pending.file_name.clone();
                        store.dispatch(
                            match crate::platform::crypto::open_with_passphrase(&passphrase, &parts).await {
                                Ok(plain) => import_action(file_name, parse_import(&String::from_utf8_lossy(&plain))),
                                Err(CryptoError::WrongPassphrase) => Action::ImportNeedsPassphrase {
                                    file_name,
                                    text: pending.text,
                                    error: Some(CryptoError::WrongPassphrase.message_id()),
                                },
                                Err(err) => Action::ImportFailed {
                                    file_name,
                                    problems: vec![ImportProblem::from_id(err.message_id(), None)],
                                },
                            },
                        );
                    });
                    return;
                }
                Command::SetLock(id, passphrase) => {
                    let (id, passphrase, store, persistence) =
                        (id.clone(), passphrase.clone(), store.clone(), persistence.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match PassphraseKey::create(&passphrase).await {
                            Ok(key) => {
                                persistence.borrow_mut().keys.insert(id.clone(), key);
                                store.dispatch(Action::LockSet {
                                    id,
                                    idle_minutes: LockSettings::DEFAULT_IDLE,
                                    now: clock::now(),
                                });
                            }
                            Err(err) => store.dispatch(Action::SaveFailed(err.message_id())),
                        }
                    });
                    return;
                }
                Command::LockNow(id) => {
                    lock_now(id.clone(), &latest.borrow(), persistence.clone(), store.clone());
                    return;
                }
                Command::Unlock(id, passphrase) => {
                    let (id, passphrase, store, persistence) =
                        (id.clone(), passphrase.clone(), store.clone(), persistence.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let action = match unlock(&id, &passphrase).await {
                            Ok((dossier, key)) => {
                                let mut p = persistence.borrow_mut();
                                p.keys.insert(id, key);
                                if let Some(saver) = &mut p.saver {
                                    saver.mark_written(&dossier);
                                }
                                Action::Unlocked(Box::new(dossier))
                            }
                            Err(message_id) => Action::UnlockFailed { id, message_id },
                        };
                        store.dispatch(action);
                    });
                    return;
                }
                Command::Speak(text, lang) => {
                    crate::platform::speech::speak(text, *lang);
                    return;
                }
                Command::Print => {
                    crate::platform::print::print_page();
                    return;
                }
                Command::RemoveLock(id) => {
                    persistence.borrow_mut().keys.remove(id);
                }
                Command::WipeAll => {
                    // At once, not debounced: the next person at this tablet must find nothing.
                    let mut p = persistence.borrow_mut();
                    if let Some(s) = &p.store {
                        let _ = wipe_all(s);
                    }
                    if let Some(saver) = &mut p.saver {
                        saver.forget_all();
                    }
                    p.keys.clear();
                }
                _ => {}
            }
            if command == Command::ApplyUpdate {
                // Save first, then let the boot script swap in the new version and reload.
                let _ = persistence.borrow_mut().save(&latest.borrow());
                if let Ok(event) = web_sys::CustomEvent::new("trede-apply-update") {
                    let _ = gloo::utils::window().dispatch_event(&event);
                }
                return;
            }
            store.dispatch(Action::Tick(clock::now()));
            if let Some(action) = command.into_action(clock::now(), clock::new_dossier_id) {
                store.dispatch(action);
            }
        })
    };

    // Another tab of this browser changed a dossier: take it in without losing either version.
    {
        let (store, persistence, latest) = (store.clone(), persistence.clone(), latest.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let Some(key) = event.key() else { return };
                let state = latest.borrow().clone();
                let mut p = persistence.borrow_mut();
                let Some(saver) = p.saver.as_mut() else { return };
                let id =
                    key.strip_prefix(crate::storage::dossier_store::DOSSIER_PREFIX).map(|s| DossierId(s.to_owned()));
                let ours = id.as_ref().and_then(|id| state.dossier(id));
                let action = match reconcile(&key, event.new_value().as_deref(), ours, saver) {
                    Reconcile::Ignore => return,
                    Reconcile::Adopt(theirs) => {
                        saver.mark_written(&theirs);
                        Action::ExternalUpdate(theirs)
                    }
                    Reconcile::Remove(id) => {
                        saver.forget(&id);
                        Action::ExternalRemove(id)
                    }
                    Reconcile::KeepBoth(theirs) => {
                        // Ours is written back over theirs at the next save; theirs lives on as a copy.
                        Action::ExternalConflict { theirs, fresh_id: clock::new_dossier_id() }
                    }
                    Reconcile::Locked(id) => {
                        saver.forget(&id);
                        p.keys.remove(&id);
                        Action::ExternalLock(id)
                    }
                };
                drop(p);
                store.dispatch(action);
            });
            move || drop(listener)
        });
    }

    // A locked dossier locks itself after its idle time without a touch or a key press.
    {
        let (latest, last_activity, on_command) = (latest.clone(), last_activity.clone(), on_command.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let touch = |name: &'static str| {
                let last_activity = last_activity.clone();
                EventListener::new(&window, name, move |_| last_activity.borrow().set(js_sys::Date::now()))
            };
            let listeners = [touch("pointerdown"), touch("keydown"), touch("input")];
            let check = Interval::new(5_000, move || {
                let idle_ms = js_sys::Date::now() - last_activity.borrow().get();
                for d in latest.borrow().dossiers.iter() {
                    if let Some(lock) = d.lock {
                        if idle_ms >= f64::from(lock.idle_minutes) * 60_000.0 {
                            on_command.emit(Command::LockNow(d.id.clone()));
                        }
                    }
                }
            });
            move || drop((listeners, check))
        });
    }

    html! { <Shell state={store.0.clone()} {on_command} /> }
}
