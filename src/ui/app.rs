//! The root (browser only): owns the reducer, restores from storage on start, saves every change
//! debounced, and flushes at once when the page is hidden or closed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::shell::Shell;
use crate::platform::browser_storage::BrowserStore;
use crate::platform::clock;
use crate::platform::dossier_store::{load_all, load_catalogue, save_catalogue, Saver};
use crate::platform::storage::{KeyValueStore, StorageError};
use crate::state::{Action, AppState, Command};

/// At most this far behind the last change.
const SAVE_DELAY_MS: u32 = 400;

struct Store(AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::try_unwrap(self).map(|s| s.0).unwrap_or_else(|rc| rc.0.clone());
        Rc::new(Store(state.apply(action)))
    }
}

/// Storage and what was last written to it, shared by the timer and the page-hide flush.
struct Persistence {
    store: Option<BrowserStore>,
    saver: Option<Saver>,
}

impl Persistence {
    fn save(&mut self, state: &AppState) -> Result<(), StorageError> {
        let (Some(store), Some(saver)) = (&self.store, &mut self.saver) else {
            return Err(StorageError::Unavailable);
        };
        saver.save(store as &dyn KeyValueStore, &state.dossiers, state.ui_lang).map(|_| ())
    }
}

fn utc_offset_minutes() -> i32 {
    // JS gives minutes *behind* UTC.
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

fn apply_document_language(state: &AppState) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", state.ui_lang.code());
        let _ = root.set_attribute("dir", state.ui_lang.dir());
    }
}

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| Store(AppState::default()));
    let persistence = use_mut_ref(|| Persistence { store: BrowserStore::open(), saver: None });
    let latest = use_mut_ref(|| Rc::new(AppState::default()));
    let timer = use_mut_ref(|| None::<Timeout>);
    *latest.borrow_mut() = Rc::new(store.0.clone());

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
        use_effect_with((store.0.dossiers.clone(), store.0.ui_lang, store.0.loaded), move |(_, _, loaded)| {
            apply_document_language(&latest.borrow());
            if *loaded {
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

    let on_command = {
        let store = store.clone();
        Callback::from(move |command: Command| {
            store.dispatch(command.into_action(clock::now(), clock::new_dossier_id));
        })
    };

    html! { <Shell state={Rc::new(store.0.clone())} {on_command} /> }
}
