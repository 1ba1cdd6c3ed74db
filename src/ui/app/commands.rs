//! Carries out a screen's [`Command`]: browser work goes to the module that does it; everything
//! else becomes a [`Msg`] with the time and a new id.
//!
//! [`Msg`]: crate::state::Msg

use super::root::Root;
use super::{files, locking, saving, wipe};
use crate::platform::clock;
use crate::state::Msg;
use crate::ui::Command;

pub fn run(root: &Root, command: Command) {
    // In a client turn no file, lock or wipe: only what the client's screens may ask.
    if root.state().in_turn() && !command.allowed_in_turn() {
        return;
    }
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
        Command::SpeakPlan(lang) => {
            let doc = gloo::utils::document().get_element_by_id("turn-plan-doc");
            crate::platform::speech::speak(&doc.and_then(|d| d.text_content()).unwrap_or_default(), lang);
        }
        Command::Print => crate::platform::print::print_page(),
        Command::CopyCaseFile(text) => files::copy_case_file(root, text),
        Command::ApplyUpdate => saving::apply_update(root),
        Command::WipeAll => wipe::wipe(root, true),
        command => {
            // Storage first, then the state: the key and the records go before the screens.
            match &command {
                Command::RemoveLock(id) => locking::remove_lock(root, id),
                Command::SetLockOnHide(on) => locking::store_lock_on_hide(root, *on),
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
