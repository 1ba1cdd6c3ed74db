//! What a screen asks the root for. Screens never read the clock, make ids or call the browser:
//! they send a [`Command`], and the root (`ui::app`) either turns it into a [`Msg`] with the time
//! and a new id ([`Command::into_msg`]), or does the browser work it names (a file, a key, a
//! voice, the print dialog) and reports the outcome as a [`Msg`].
//!
//! Why two types and not one: a [`Msg`] states a fact the reducer trusts (the time, a fresh id,
//! a dossier that was decrypted or read from a file); a screen must not be able to state those.
//! The navigation commands mirror their messages one to one; that is the price of the guarantee.

use chrono::{DateTime, Utc};

use crate::domain::{DossierEdit, DossierId, Lang, Rung};
use crate::state::{DossierView, Msg, OpenSelfCheck, TurnStep};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Create(String),
    Rename(DossierId, String),
    SetClientLang(DossierId, Lang),
    SetSimplified(DossierId, bool),
    Delete(DossierId),
    Open(DossierId),
    GoHome,
    ShowView(DossierView),
    ShowPrint(Option<usize>),
    ShowEvaluationPrint(u64),
    ShowSelfCheck(Option<OpenSelfCheck>),
    ShowRung(Option<Rung>),
    Edit(DossierId, DossierEdit),
    SetUiLang(Lang),
    /// Take the new version now (the page reloads; everything is saved first).
    ApplyUpdate,
    /// Save one dossier to a file (or the system share sheet), encrypted when a passphrase is given.
    Export(DossierId, Option<String>),
    /// Open (or, `None`, close) the export dialog, where encryption is on unless unticked.
    AskExport(Option<DossierId>),
    /// The passphrase for the encrypted file waiting in `pending_import`.
    ImportWithPassphrase(String),
    CancelImport,
    /// Read a dossier file chosen on the device.
    ImportFile(web_sys::File),
    WipeAll,
    /// Lock a dossier with a new passphrase (the browser derives the key first).
    SetLock(DossierId, String),
    SetLockIdle(DossierId, u32),
    /// A device setting: lock every locked dossier as soon as the tab is hidden.
    SetLockOnHide(bool),
    RemoveLock(DossierId),
    LockNow(DossierId),
    Unlock(DossierId, String),
    DismissUnlockError,
    DismissTabConflict,
    OpenExample,
    /// Read an offer catalogue file chosen on the device; it replaces the current one only when
    /// valid.
    LoadCatalogueFile(web_sys::File),
    ResetCatalogue,
    /// Read a text aloud with the device's voice for the language.
    Speak(String, Lang),
    /// Open the browser's print dialog for what is on screen.
    Print,
    /// Read the plan on screen (the client turn's, `#turn-plan-doc`) aloud in the language.
    SpeakPlan(Lang),
    /// Hand the tablet to the client, on this step of their screens.
    StartTurn(TurnStep),
    TurnShow(TurnStep),
    /// The worker takes the tablet back (after holding the return button).
    EndTurn,
    /// Put the case-file summary (its text, as previewed) on the clipboard, or download it as a
    /// `.txt` when the clipboard is refused.
    CopyCaseFile(String),
}

impl Command {
    /// The reducer's message for this command; `None` for commands the browser carries out.
    pub fn into_msg(self, now: DateTime<Utc>, new_id: impl FnOnce() -> DossierId) -> Option<Msg> {
        Some(match self {
            Command::Create(name) => Msg::Create { id: new_id(), name, now },
            Command::Rename(id, name) => Msg::Rename { id, name, now },
            Command::SetClientLang(id, lang) => Msg::SetClientLang { id, lang, now },
            Command::SetSimplified(id, on) => Msg::SetSimplified { id, on, now },
            Command::Delete(id) => Msg::Delete { id },
            Command::Open(id) => Msg::Open(id),
            Command::GoHome => Msg::GoHome,
            Command::ShowView(view) => Msg::ShowView(view),
            Command::ShowPrint(round) => Msg::ShowPrint(round),
            Command::ShowEvaluationPrint(id) => Msg::ShowEvaluationPrint(id),
            Command::ShowSelfCheck(open) => Msg::ShowSelfCheck(open),
            Command::ShowRung(rung) => Msg::ShowRung(rung),
            Command::Edit(id, edit) => Msg::Edit { id, edit, now },
            Command::SetUiLang(lang) => Msg::SetUiLang { lang, now },
            Command::WipeAll => Msg::WipeAll,
            Command::AskExport(id) => Msg::AskExport(id),
            Command::CancelImport => Msg::CancelImport,
            Command::DismissTabConflict => Msg::DismissTabConflict,
            Command::DismissUnlockError => Msg::DismissUnlockError,
            Command::SetLockIdle(id, idle_minutes) => Msg::LockSet { id, idle_minutes, now },
            Command::SetLockOnHide(on) => Msg::LockOnHide(on),
            Command::RemoveLock(id) => Msg::LockRemoved { id, now },
            Command::OpenExample => Msg::CreateExample { id: new_id(), now },
            Command::ResetCatalogue => Msg::ResetCatalogue,
            Command::StartTurn(step) => Msg::StartTurn(step),
            Command::TurnShow(step) => Msg::TurnShow(step),
            Command::EndTurn => Msg::EndTurn,
            Command::ApplyUpdate
            | Command::Export(..)
            | Command::ImportFile(_)
            | Command::ImportWithPassphrase(_)
            | Command::SetLock(..)
            | Command::LockNow(_)
            | Command::Unlock(..)
            | Command::LoadCatalogueFile(_)
            | Command::Speak(..)
            | Command::SpeakPlan(_)
            | Command::CopyCaseFile(_)
            | Command::Print => return None,
        })
    }
}

impl Command {
    /// Whether the client may ask for this in a client turn: their own edits and screens, a
    /// voice, their copy. Everything else (files, locks, wipe, other dossiers) waits for the
    /// worker; the reducer refuses the same messages (`state/turn.rs`).
    pub fn allowed_in_turn(&self) -> bool {
        matches!(
            self,
            Command::Edit(..)
                | Command::ShowSelfCheck(_)
                | Command::Speak(..)
                | Command::SpeakPlan(_)
                | Command::Print
                | Command::TurnShow(_)
                | Command::EndTurn
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn id(s: &str) -> DossierId {
        DossierId(s.into())
    }

    #[test]
    fn commands_become_messages_with_the_time_and_a_new_id() {
        let now = Utc.with_ymd_and_hms(2026, 11, 3, 9, 0, 0).unwrap();
        let made = Command::Create("Amina".into()).into_msg(now, || id("new"));
        assert_eq!(made, Some(Msg::Create { id: id("new"), name: "Amina".into(), now }));
        assert_eq!(Command::ApplyUpdate.into_msg(now, || id("unused")), None);
        assert_eq!(Command::DismissUnlockError.into_msg(now, || id("unused")), Some(Msg::DismissUnlockError));
    }
}
