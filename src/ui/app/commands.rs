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
    match &command {
        Command::Export(id, passphrase) => return files::export(root, id, passphrase.clone()),
        Command::ImportFile(file) => return files::import_file(root, file.clone()),
        Command::ImportWithPassphrase(passphrase) => return files::import_with_passphrase(root, passphrase.clone()),
        Command::LoadCatalogueFile(file) => return files::load_catalogue(root, file.clone()),
        Command::SetLock(id, passphrase) => return locking::set_lock(root, id.clone(), passphrase.clone()),
        Command::LockNow(id) => return locking::lock_now(root, id.clone()),
        Command::Unlock(id, passphrase) => return locking::unlock(root, id.clone(), passphrase.clone()),
        Command::Speak(text, lang) => {
            crate::platform::speech::speak(text, *lang);
            return;
        }
        Command::Print => return crate::platform::print::print_page(),
        Command::ApplyUpdate => return saving::apply_update(root),
        Command::RemoveLock(id) => locking::remove_lock(root, id),
        Command::WipeAll => wipe(root),
        _ => {}
    }
    let now = clock::now();
    root.dispatch(Msg::Tick(now));
    if let Some(msg) = command.into_msg(now, clock::new_dossier_id) {
        root.dispatch(msg);
    }
}

/// At once, not debounced: the next person at this tablet must find nothing.
fn wipe(root: &Root) {
    let mut saving = root.saving.borrow_mut();
    if let Some(s) = &saving.storage {
        let _ = crate::storage::dossier_store::wipe_all(s);
    }
    if let Some(saver) = &mut saving.saver {
        saver.forget_all();
    }
    saving.keys.clear();
}
