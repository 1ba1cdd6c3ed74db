//! "Einde gesprek": the device forgets every client. At once, not debounced: the next person at
//! this tablet must find nothing.
//!
//! In this tab: the waiting save is dropped, seals still running are cancelled (`epoch`), the
//! keys leave memory, storage is emptied and checked (`storage::wipe`), and the reducer resets
//! every screen. Other tabs hear it through the `storage` event of the signal key and do the same
//! without writing back. The boot script (`tools/post_build.mjs`) removes this app's caches and
//! service worker and reports what it could not remove.

use gloo::events::EventListener;
use yew::prelude::*;

use super::root::Root;
use crate::state::Msg;
use crate::storage::wipe::wipe_device;

/// Wipes this tab and the device; `signal`: tell the other tabs (not when told by one).
pub fn wipe(root: &Root, signal: bool) {
    let left = {
        let mut saving = root.saving.borrow_mut();
        saving.pending.take();
        saving.epoch.set(saving.epoch.get() + 1);
        saving.keys.clear();
        if let Some(saver) = &mut saving.saver {
            saver.forget_all();
        }
        match &saving.storage {
            Some(store) => wipe_device(store, signal),
            None => Vec::new(),
        }
    };
    root.dispatch(Msg::WipeAll);
    root.dispatch(Msg::WipeChecked(left));
    if signal {
        if let Ok(event) = web_sys::CustomEvent::new("trede-wipe") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
}

/// The boot script's report: how many of this app's caches and service workers it could not
/// remove.
#[hook]
pub fn use_wipe_report(root: &Root) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "trede-wipe-checked", move |event| {
            let left = js_sys::Reflect::get(event, &"detail".into()).ok().and_then(|d| d.as_f64()).unwrap_or(0.0);
            if left > 0.0 {
                root.dispatch(Msg::WipeChecked(vec![format!("caches and service workers: {left}")]));
            }
        });
        move || drop(listener)
    });
}
