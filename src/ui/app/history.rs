//! The browser's history follows the app's screens through the URL fragment (`state/route.rs`):
//! each new screen is a history entry, so back goes one screen back; during a client turn back
//! stays in the turn, and a reload comes back on the same screen (in the turn during a turn).

use yew::prelude::*;

use super::root::{Root, SharedState};
use crate::state::{shows, writes_history_entry};

fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Once storage is read, the fragment leads (a reload); afterwards every change of
/// screen writes a new entry, and a fragment the browser went back or forward to is followed.
#[hook]
pub fn use_history(root: &Root) {
    let restored = use_mut_ref(|| false);
    let known = use_mut_ref(String::new);
    {
        let (root, restored, known) = (root.clone(), restored.clone(), known.clone());
        let state = root.reducer.0.clone();
        use_effect_with(SharedState(state.clone()), move |_| {
            if !state.loaded {
                return;
            }
            if !*restored.borrow() {
                *restored.borrow_mut() = true;
                // A reload comes back on the screen of the fragment, the worker's as well as a
                // client turn's; a locked or unknown dossier's address leads home, and the stale
                // fragment is replaced (no extra history entry).
                let (msgs, route) = state.restore(&hash());
                if !shows(&hash(), &route) {
                    let _ = gloo::utils::window().location().replace(&route);
                }
                *known.borrow_mut() = route;
                for msg in msgs {
                    root.dispatch(msg);
                }
                return;
            }
            let route = state.route();
            if *known.borrow() == route {
                // The app did not move (a keystroke, a tap): no need to read the address.
                return;
            }
            if writes_history_entry(&known.borrow(), &route, &hash()) {
                let _ = gloo::utils::window().location().set_hash(&route);
            }
            *known.borrow_mut() = route;
        });
    }
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            let state = root.state();
            if !state.loaded {
                return;
            }
            let (fragment, route) = (hash(), state.route());
            if state.in_turn() && fragment != route {
                // Back in a client turn: the turn stays, and so does its entry.
                let _ = gloo::utils::window().location().set_hash(&route);
                return;
            }
            for msg in state.navigate(&fragment) {
                root.dispatch(msg);
            }
        });
        move || drop(listener)
    });
}
