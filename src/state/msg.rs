//! The messages the reducer applies: facts with their time and ids already added, so
//! [`AppState::apply`](super::AppState::apply) is a pure function of the state and the message.
//!
//! A screen does not send these: it sends a `ui::Command` (what the person asked for), and the
//! root turns that into a `Msg` with the clock and a new id, or into work for the browser whose
//! outcome comes back as a `Msg` (a file read, a key derived, a record sealed).

use chrono::{DateTime, Utc};

use super::{DossierView, OpenSelfCheck, TurnStep};
use crate::domain::{Dossier, DossierEdit, DossierId, Lang, Rung, UtcOffset};
use crate::storage::dossier_store::UnreadableRecord;
use crate::storage::transfer::ImportProblem;

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// What storage held at start.
    Loaded {
        dossiers: Vec<Dossier>,
        unreadable: Vec<UnreadableRecord>,
        ui_lang: Option<Lang>,
        utc_offset: UtcOffset,
    },
    Create {
        id: DossierId,
        name: String,
        now: DateTime<Utc>,
    },
    Rename {
        id: DossierId,
        name: String,
        now: DateTime<Utc>,
    },
    SetClientLang {
        id: DossierId,
        lang: Lang,
        now: DateTime<Utc>,
    },
    SetSimplified {
        id: DossierId,
        on: bool,
        now: DateTime<Utc>,
    },
    Delete {
        id: DossierId,
    },
    Open(DossierId),
    GoHome,
    ShowView(DossierView),
    /// On the self-check view: open a check in a mode, or back to the list (`None`).
    ShowSelfCheck(Option<OpenSelfCheck>),
    /// On the ladder view: open a rung's offers, or close them (`None`).
    ShowRung(Option<Rung>),
    /// The print view, of an earlier signed version (`Some(round)`) or of the plan as it is now.
    ShowPrint(Option<usize>),
    /// The print view of one held evaluation's report.
    ShowEvaluationPrint(u64),
    /// A change to the content of one dossier (self-check, ladder, plan, ...).
    Edit {
        id: DossierId,
        edit: DossierEdit,
        now: DateTime<Utc>,
    },
    SetUiLang {
        lang: Lang,
        now: DateTime<Utc>,
    },
    SaveFailed(&'static str),
    SaveSucceeded,
    StoragePersistence(bool),
    UpdateReady,
    /// A checked dossier from a file. If its id is taken, it is added as a copy under `fresh_id`
    /// (nothing on the device is ever replaced by an import).
    /// `keyed`: the root holds a key for it (from the encrypted file's passphrase), so a dossier
    /// that was locked stays locked; without one its lock is dropped, as its file was plain.
    Import {
        dossier: Box<Dossier>,
        fresh_id: DossierId,
        keyed: bool,
    },
    ImportFailed {
        file_name: String,
        problems: Vec<ImportProblem>,
    },
    /// The file is encrypted: ask for the passphrase (again, with `error`, after a wrong one).
    ImportNeedsPassphrase {
        file_name: String,
        text: String,
        error: Option<&'static str>,
    },
    CancelImport,
    /// End of the meeting on a shared tablet: every dossier leaves this device.
    WipeAll,
    /// Whether this device locks locked dossiers as soon as the tab is hidden.
    LockOnHide(bool),
    /// What the check after a wipe found left (empty: nothing); added to the report.
    WipeChecked(Vec<String>),
    /// The export dialog for a dossier opens (`None`: it closes).
    AskExport(Option<DossierId>),
    /// Storage holds these dossiers encrypted.
    LockedFound(Vec<DossierId>),
    /// A locked dossier opened with its passphrase.
    Unlocked(Box<Dossier>),
    UnlockFailed {
        id: DossierId,
        message_id: &'static str,
    },
    /// The person closed the passphrase dialog: the last failure is no longer shown.
    DismissUnlockError,
    /// Locking is on for this dossier (the key is ready), or its idle time changed.
    LockSet {
        id: DossierId,
        idle_minutes: u32,
        now: DateTime<Utc>,
    },
    LockRemoved {
        id: DossierId,
        now: DateTime<Utc>,
    },
    /// The dossier is stored sealed and leaves memory until it is unlocked again.
    Relocked(DossierId),
    /// Another tab changed or added this dossier, and this tab had no unsaved change to it.
    ExternalUpdate(Box<Dossier>),
    /// Another tab deleted it.
    ExternalRemove(DossierId),
    /// Both tabs changed it: this tab's version stays, the other one is kept under `fresh_id`.
    ExternalConflict {
        theirs: Box<Dossier>,
        fresh_id: DossierId,
    },
    /// Another tab locked it.
    ExternalLock(DossierId),
    /// A change waits to be committed to storage.
    Unsaved,
    /// Bytes used and allowed for this site (navigator.storage.estimate).
    StorageRoom(f64, f64),
    DismissTabConflict,
    /// The current time, so screens can show what is due today.
    Tick(DateTime<Utc>),
    /// Adds the fictional example dossier and opens its plan.
    CreateExample {
        id: DossierId,
        now: DateTime<Utc>,
    },
    /// A catalogue file chosen by the user: replaces the current one only when valid.
    LoadCatalogue(String),
    /// A catalogue file refused before it was read (too large), with why.
    CatalogueRefused(Vec<crate::domain::catalogue::Problem>),
    /// A stored catalogue at start: used when valid, silently ignored otherwise.
    RestoreCatalogue(String),
    /// Back to the built-in catalogue.
    ResetCatalogue,
    /// A language's translation arrived and is registered with `i18n`.
    LocaleLoaded(Lang),
    LocaleFailed(Lang),
    SpeechVoices(Vec<Lang>),
    /// The worker hands the tablet to the client, on this step of the client's screens.
    StartTurn(TurnStep),
    /// In a client turn: another of the client's screens.
    TurnShow(TurnStep),
    /// The worker took the tablet back (after the deliberate hold).
    EndTurn,
    /// The case-file summary went to the clipboard, or to a file when the clipboard refused.
    CaseFileCopied(super::CopyOutcome),
}
