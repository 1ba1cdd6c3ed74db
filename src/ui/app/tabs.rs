//! Another tab of this browser changed a dossier: take it in without losing either version.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::root::Root;
use crate::domain::DossierId;
use crate::platform::clock;
use crate::state::Msg;
use crate::storage::dossier_store::{reconcile, Reconcile, DOSSIER_PREFIX};
use crate::storage::wipe::WIPE_SIGNAL_KEY;

#[hook]
pub fn use_other_tabs(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
            let Some(key) = event.key() else { return };
            // Another tab ended the meeting: this one forgets everything too, its unsaved edits
            // included, and writes nothing back.
            if key == WIPE_SIGNAL_KEY && event.new_value().is_some() {
                super::wipe::wipe(&root, false);
                return;
            }
            if let Some(msg) = take_in(&root, &key, event.new_value().as_deref()) {
                root.dispatch(msg);
            }
        });
        move || drop(listener)
    });
}

/// What another tab's write means here; `None` when it changes nothing on this tab.
fn take_in(root: &Root, key: &str, new_value: Option<&str>) -> Option<Msg> {
    let state = root.state();
    let mut saving = root.saving.borrow_mut();
    let saving = &mut *saving;
    let saver = saving.saver.as_mut()?;
    let id = key.strip_prefix(DOSSIER_PREFIX).map(|s| DossierId(s.to_owned()));
    let ours = id.as_ref().and_then(|id| state.dossier(id));
    Some(match reconcile(key, new_value, ours, saver) {
        Reconcile::Ignore => return None,
        Reconcile::Adopt(theirs) => {
            saver.mark_written(&theirs);
            Msg::ExternalUpdate(theirs)
        }
        Reconcile::Remove(id) => {
            saver.forget(&id);
            Msg::ExternalRemove(id)
        }
        // Ours is written back over theirs at the next save; theirs lives on as a copy.
        Reconcile::KeepBoth(theirs) => Msg::ExternalConflict { theirs, fresh_id: clock::new_dossier_id() },
        Reconcile::Locked(id) => {
            saver.forget(&id);
            saving.keys.remove(&id);
            Msg::ExternalLock(id)
        }
    })
}
