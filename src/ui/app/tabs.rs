//! Another tab of this browser changed a dossier: take it in without losing either version.
//! IndexedDB sends no events to other tabs, so every commit is told on a BroadcastChannel
//! (in memory, same origin only): the keys and new texts, as the `storage` event did before,
//! as a list of `[key, value]` pairs.
//! The end of a meeting travels on the same channel ([`WIPE_MESSAGE`]): the other tab forgets
//! everything too, its unsaved edits included, and writes nothing back.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::root::{Root, Saving};
use crate::domain::DossierId;
use crate::platform::clock;
use crate::state::Msg;
use crate::storage::dossier_store::{reconcile, Reconcile, DOSSIER_PREFIX};
use crate::storage::move_in::{wal_from_json, APP_PREFIX};
use crate::storage::sealed::SealedParts;

const CHANNEL: &str = "trede";
/// Not a list of changes: another tab ended the meeting.
const WIPE_MESSAGE: &str = "wipe";

/// Listens to the other tabs; the channel is also how this tab tells them.
pub fn open_channel(root: &Root) -> Option<web_sys::BroadcastChannel> {
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
    let root = root.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        if let Some(text) = data.as_string() {
            if text == WIPE_MESSAGE {
                super::wipe::wipe(&root, false);
                return;
            }
            // A tab of the version before this one tells its changes as JSON.
            for change in wal_from_json(&text) {
                take_in(&root, change.key(), change.value());
            }
            return;
        }
        let Ok(list) = data.dyn_into::<js_sys::Array>() else { return };
        for pair in list.iter() {
            let pair = js_sys::Array::from(&pair);
            let Some(key) = pair.get(0).as_string().filter(|k| k.starts_with(APP_PREFIX)) else { continue };
            take_in(&root, &key, pair.get(1).as_string().as_deref());
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The listener lives as long as the page.
    on_message.forget();
    Some(channel)
}

/// Tells the other tabs what this tab committed: the `[key, value]` pairs of the commit
/// (`null`: removed), which the browser copies as they are; wrapping a whole dossier's text in
/// JSON (escaping every quote) was most of a big dossier's save.
pub fn tell_other_tabs(saving: &Saving, pairs: &js_sys::Array) {
    if let Some(channel) = &saving.channel {
        let _ = channel.post_message(pairs);
    }
}

/// Tells the other tabs that this one ended the meeting.
pub fn tell_wipe(saving: &Saving) {
    if let Some(channel) = &saving.channel {
        let _ = channel.post_message(&JsValue::from_str(WIPE_MESSAGE));
    }
}

/// Takes in another tab's write of `key` (`None`: removed).
fn take_in(root: &Root, key: &str, new_value: Option<&str>) {
    let state = root.state();
    let mut saving = root.saving.borrow_mut();
    let saving = &mut *saving;
    let Some(saver) = saving.saver.as_mut() else { return };
    let id = key.strip_prefix(DOSSIER_PREFIX).map(|s| DossierId(s.to_owned()));
    let ours = id.as_ref().and_then(|id| state.dossier(id));
    let msg = match reconcile(key, new_value, ours, saver) {
        Reconcile::Ignore => return,
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
        Reconcile::Sealed { id, ours_unsaved } => {
            let key = saving.keys.get(&id).cloned();
            let (root, record, value) = (root.clone(), key_of(&id), new_value.unwrap_or_default().to_owned());
            wasm_bindgen_futures::spawn_local(
                async move { open_theirs(root, id, record, value, key, ours_unsaved).await },
            );
            return;
        }
    };
    drop(state);
    root.dispatch(msg);
}

fn key_of(id: &DossierId) -> String {
    format!("{DOSSIER_PREFIX}{}", id.0)
}

/// A sealed record of a dossier open here: opened with this tab's key, it is a save like any
/// other; with no key or another passphrase it was locked elsewhere, and leaves this tab only
/// when this tab has nothing unsaved in it.
async fn open_theirs(
    root: Root,
    id: DossierId,
    record: String,
    value: String,
    key: Option<crate::platform::crypto::PassphraseKey>,
    ours_unsaved: bool,
) {
    let plain = match (key, SealedParts::from_json(&value)) {
        (Some(key), Ok(parts)) => key.open(&parts).await.ok(),
        _ => None,
    };
    match plain {
        Some(plain) => take_in(&root, &record, Some(&String::from_utf8_lossy(&plain))),
        None if !ours_unsaved => {
            let mut saving = root.saving.borrow_mut();
            saving.keys.remove(&id);
            if let Some(saver) = &mut saving.saver {
                saver.forget(&id);
            }
            drop(saving);
            root.dispatch(Msg::ExternalLock(id));
        }
        // Kept here, but never written in the clear over the sealed record.
        None => {
            if let Some(saver) = &mut root.saving.borrow_mut().saver {
                saver.begin_lock(&id);
            }
        }
    }
}
