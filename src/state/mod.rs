//! The one app state and the messages that change it. Plain Rust, so every message is tested
//! natively; the root (`ui::app`) wraps it in a Yew reducer and hands it to the screens.
//!
//! - [`AppState`]: everything on screen, derived from nothing else.
//! - [`Msg`] (`msg.rs`): what happened, with its time and ids; [`AppState::apply`] (`apply.rs`).
//! - [`DossierView`], [`Focus`] (`view.rs`): which screen is shown.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::catalogue::{Catalogue, Problem};
use crate::domain::{Dossier, DossierId, Lang, UtcOffset};
use crate::storage::dossier_store::UnreadableRecord;
use crate::storage::transfer::ImportProblem;

mod apply;
mod msg;
mod route;
mod turn;
mod view;

pub use msg::Msg;
pub use route::{shows, writes_history_entry};
pub use turn::TurnStep;
pub use view::{DossierView, Focus, OpenSelfCheck, SelfCheckMode};

/// What the last import did, shown on the home screen until the next one.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    Imported { name: String, as_copy: bool },
    Failed { file_name: String, problems: Vec<ImportProblem> },
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The dossiers on this device, newest first. Each is shared: an edit copies only the dossier
    /// it changes (`Rc::make_mut`), and the screens and the save timer hold the same ones.
    pub dossiers: Vec<Rc<Dossier>>,
    /// The dossier on screen, if any (otherwise the home screen).
    pub open: Option<DossierId>,
    /// The part of the open dossier on screen.
    pub view: DossierView,
    /// What is open within that view.
    pub focus: Focus,
    /// On the print view: the signing round to print (an earlier signed version), or `None` for
    /// the plan as it is now.
    pub print_round: Option<usize>,
    /// The language of the worker's screens.
    pub ui_lang: Lang,
    /// True once storage has been read: nothing is saved before that, so an empty start can never
    /// overwrite what is stored.
    pub loaded: bool,
    pub unreadable: Vec<UnreadableRecord>,
    /// Set when saving failed (for example a full disk); the data stays in memory.
    pub save_error: Option<&'static str>,
    /// The device's offset from UTC, to show stored instants as local dates.
    pub utc_offset: UtcOffset,
    /// Something changed that is not yet committed to storage: "saved" shows only when false.
    pub unsaved: bool,
    /// Bytes this site stores and may store on this device (`None` until the browser said).
    pub storage_room: Option<(f64, f64)>,
    /// Whether the browser promised to keep this site's data (`None` until it answered).
    pub storage_persistent: Option<bool>,
    /// A new version of the app is installed and waits for the user to take it.
    pub update_ready: bool,
    pub import_outcome: Option<ImportOutcome>,
    /// An encrypted file waiting for its passphrase.
    pub pending_import: Option<PendingImport>,
    /// Dossiers locked with a passphrase and not open now: only their ids are known.
    pub locked: Vec<DossierId>,
    /// The last failed unlock, for the passphrase dialog.
    pub unlock_error: Option<(DossierId, &'static str)>,
    /// This device locks every locked dossier as soon as the tab is hidden (a device setting).
    pub lock_on_hide: bool,
    /// After a wipe: what its check found left (empty: nothing is left). `None`: no wipe yet.
    pub wipe_report: Option<Vec<String>>,
    /// The dossier whose export dialog is open (from the end-of-meeting dialog or an error).
    pub export_asked: Option<DossierId>,
    /// The name of a dossier changed in two tabs at once (both versions are kept).
    pub tab_conflict: Option<String>,
    /// The last time the root told the state (with each change, and at start), for "today".
    pub now: Option<DateTime<Utc>>,
    /// The offer catalogue loaded by this OCMW (app-level, not per dossier); `None`: the built-in one.
    pub catalogue: CatalogueChoice,
    /// Languages that arrived after start (Dutch is built in); bumps so screens redraw in them.
    pub locales_loaded: Vec<Lang>,
    /// A language whose translation could not be loaded: its screens show Dutch meanwhile.
    pub locale_failed: Option<Lang>,
    /// Languages this device has a speech voice for (read-aloud in the simplified view).
    pub speech_langs: Vec<Lang>,
    /// The tablet is in the client's hands, on this step (`turn.rs`); `None`: the worker's app.
    pub turn: Option<TurnStep>,
    /// The worker just took the tablet back: the worker's screen says so until the next move.
    pub turn_returned: bool,
    /// Where the case-file summary just went (the clipboard or a file), until the next screen.
    pub case_file_copy: Option<CopyOutcome>,
}

/// Where a copied case-file summary went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    Copied,
    /// The clipboard refused: the text was downloaded as this file.
    Downloaded(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub text: String,
    /// Set after a wrong passphrase, so the dialog can say so.
    pub error: Option<&'static str>,
}

/// The catalogue in use and the outcome of the last file loaded.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CatalogueChoice {
    /// A loaded catalogue and its file text (kept to store it); `None` means the built-in one.
    /// Shared: the screens get it on every render without a copy.
    pub custom: Option<Rc<(Catalogue, String)>>,
    /// Problems of the last file that was refused (the current catalogue stayed).
    pub problems: Vec<Problem>,
    /// The last file was accepted.
    pub just_loaded: bool,
}

impl CatalogueChoice {
    pub fn current(&self) -> &Catalogue {
        self.custom.as_deref().map(|(c, _)| c).unwrap_or_else(|| Catalogue::default_ref())
    }

    /// The file text to store, or `None` for the built-in catalogue.
    pub fn source(&self) -> Option<&str> {
        self.custom.as_deref().map(|(_, s)| s.as_str())
    }
}

impl AppState {
    pub fn open_dossier(&self) -> Option<&Rc<Dossier>> {
        let id = self.open.as_ref()?;
        self.dossiers.iter().find(|d| &d.id == id)
    }

    /// The calendar date of a stored instant on this device.
    pub fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        self.utc_offset.date(instant)
    }

    /// Today on this device, once the time is known.
    pub fn today(&self) -> Option<NaiveDate> {
        self.now.map(|now| self.local_date(now))
    }

    /// The line printed at the top of every page on the print view: the plan, the client and the
    /// fingerprint of the version shown, so a page can be matched to its plan.
    pub fn print_running_line(&self) -> Option<String> {
        if self.view != DossierView::Print {
            return None;
        }
        let d = self.open_dossier()?;
        if let Some(report) = self.focus.evaluation.and_then(|id| d.evaluation_report(id)) {
            let fingerprint = report.fingerprint(&d.client_name);
            return Some(format!(
                "GPMI · {} · {} · SHA-256 {}…",
                report.evaluation.date,
                d.client_name,
                &fingerprint[..16]
            ));
        }
        let (name, fingerprint) = match self.print_round.and_then(|i| d.signing.rounds.get(i)) {
            Some(round) => (round.client_name.clone(), round.fingerprint.clone()),
            None => (d.client_name.clone(), d.plan_fingerprint()),
        };
        Some(crate::domain::signing::running_line("GPMI", &name, &fingerprint))
    }

    /// Whether an id is taken in any form: a dossier in memory, a locked one, or a record that
    /// could not be read (an import under that id would overwrite it).
    pub fn id_taken(&self, id: &DossierId) -> bool {
        self.dossier(id).is_some()
            || self.locked.contains(id)
            || self.unreadable.iter().any(|u| u.key == crate::storage::dossier_store::dossier_key(id))
    }

    pub fn dossier(&self, id: &DossierId) -> Option<&Dossier> {
        self.dossiers.iter().find(|d| &d.id == id).map(|d| &**d)
    }
}

#[cfg(test)]
mod tests;
