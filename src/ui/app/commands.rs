//! Carries out a screen's [`Command`]: browser work goes to the module that does it; everything
//! else becomes a [`Msg`] with the time and a new id.
//!
//! [`Msg`]: crate::state::Msg

use super::root::Root;
use super::{files, locking, saving};
use crate::platform::clock;
use crate::state::Msg;
use crate::ui::Command;

pub fn run(root: &Root, command: Command) {
    match command {
        Command::Export(id, passphrase) => files::export(root, &id, passphrase),
        Command::ImportFile(file) => files::import_file(root, file),
        Command::ImportWithPassphrase(passphrase) => files::import_with_passphrase(root, passphrase),
        Command::LoadCatalogueFile(file) => files::load_catalogue(root, file),
        Command::SetLock(id, passphrase) => locking::set_lock(root, id, passphrase),
        Command::LockNow(id) => locking::lock_now(root, id),
        Command::Unlock(id, passphrase) => locking::unlock(root, id, passphrase),
        Command::Speak(text, lang) => {
            crate::platform::speech::speak(&text, lang);
        }
        Command::Print => crate::platform::print::print_page(),
        Command::ApplyUpdate => saving::apply_update(root),
        command => {
            // Storage first, then the state: the key and the records go before the screens.
            match &command {
                Command::RemoveLock(id) => locking::remove_lock(root, id),
                Command::WipeAll => wipe(root),
                _ => {}
            }
            stamp_and_apply(root, command);
        }
    }
}

/// The reducer gets the command as a message, with the time and a new id.
fn stamp_and_apply(root: &Root, command: Command) {
    let now = clock::now();
    root.dispatch(Msg::Tick(now));
    if let Some(msg) = command.into_msg(now, clock::new_dossier_id) {
        root.dispatch(msg);
    }
}

/// At once, not debounced: the next person at this tablet must find nothing. A failure is shown.
fn wipe(root: &Root) {
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(err) = saving::wipe_everything(&root).await {
            root.dispatch(Msg::SaveFailed(err.message_id()));
        }
    });
}
