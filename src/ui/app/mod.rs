//! The root (browser only): owns the reducer and is the only part of the UI that talks to the
//! browser's storage, files, keys and voices. Each concern is a hook or a handler of its own:
//!
//! - `root.rs`: the shared state, the link to storage, and the handles the rest shares;
//! - `saving.rs`: restore at start (moving localStorage into IndexedDB), the debounced save,
//!   the write-ahead entry on hide, the room left, the wipe;
//! - `store.rs`: the save queue: seal, commit durably, then "saved";
//! - `locking.rs`: passphrase keys, sealing, unlocking, the idle lock;
//! - `tabs.rs`: changes made in another tab (a BroadcastChannel), and another tab's wipe;
//! - `wipe.rs`: the end of a meeting: everything leaves, in every tab, checked;
//! - `files.rs`: export, import, a catalogue file;
//! - `locales.rs`: translations on demand, voices, the document language;
//! - `history.rs`: the browser's back, forward and reload follow the screens (URL fragment);
//! - `commands.rs`: a screen's [`Command`](crate::ui::Command), carried out.
//!
//! The screens themselves are pure: [`Shell`] gets the state and sends commands.

mod commands;
mod files;
mod history;
mod locales;
mod locking;
mod root;
mod saving;
mod store;
mod tabs;
mod wipe;

use std::rc::Rc;

use yew::prelude::*;

use super::shell::Shell;
use crate::state::AppState;
use root::{Root, Saving, SharedState};

#[component]
pub fn App() -> Html {
    let reducer = use_reducer(|| SharedState(Rc::new(AppState::default())));
    let saving = use_mut_ref(Saving::default);
    let latest = use_mut_ref(|| Rc::new(AppState::default()));
    *latest.borrow_mut() = reducer.0.clone();
    let root = Root { reducer, saving, latest };

    saving::use_restore(&root);
    saving::use_autosave(&root);
    saving::use_flush_on_hide(&root);
    saving::use_device_news(&root);
    locales::use_document_language(&root);
    locales::use_locales(&root);
    locales::use_speech_voices(&root);
    locking::use_idle_lock(&root);
    wipe::use_wipe_report(&root);
    history::use_history(&root);

    // One callback for the app's life, so that a part of a screen whose data did not change has
    // equal props and is not redrawn; the handlers read the newest state (`Root::state`).
    let on_command = use_memo((), {
        let root = root.clone();
        move |_| Callback::from(move |command| commands::run(&root, command))
    });
    html! { <Shell state={root.reducer.0.clone()} on_command={(*on_command).clone()} /> }
}
