//! The one app state and the actions that change it. Plain Rust, so every action is tested
//! natively; the UI wraps it in a Yew reducer (`ui::app`).

use std::rc::Rc;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::domain::catalogue::{parse_catalogue, Catalogue, Problem};
use crate::domain::validation::validate_client_name;
use crate::domain::{Dossier, DossierEdit, DossierId, Lang, LockSettings};
use crate::storage::transfer::ImportProblem;

/// A stored record that could not be read. It stays in storage untouched; the user is told.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableRecord {
    pub key: String,
    pub message_id: &'static str,
}

/// What the last import did, shown on the home screen until the next one.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    Imported { name: String, as_copy: bool },
    Failed { file_name: String, problems: Vec<ImportProblem> },
}

/// Which part of the open dossier is on screen. Features add their own view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DossierView {
    #[default]
    Overview,
    SelfCheck,
    Plan,
    Ladder,
    /// Signing the plan on the tablet.
    Sign,
    /// The print preview of the plan (or of an earlier signed version).
    Print,
}

impl DossierView {
    /// The views in the order of the dossier's navigation.
    pub const ALL: &'static [DossierView] = &[
        DossierView::Overview,
        DossierView::SelfCheck,
        DossierView::Ladder,
        DossierView::Plan,
        DossierView::Sign,
        DossierView::Print,
    ];

    /// Message id of the view's name in the navigation.
    pub fn message_id(self) -> &'static str {
        match self {
            DossierView::Overview => "view-overview",
            DossierView::SelfCheck => "sc-view",
            DossierView::Plan => "plan-view",
            DossierView::Ladder => "view-ladder",
            DossierView::Sign => "sign-view",
            DossierView::Print => "print-view",
        }
    }

    /// A stable name for ids and tests.
    pub fn slug(self) -> &'static str {
        match self {
            DossierView::Overview => "overview",
            DossierView::SelfCheck => "self-check",
            DossierView::Plan => "plan",
            DossierView::Ladder => "ladder",
            DossierView::Sign => "sign",
            DossierView::Print => "print",
        }
    }
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
    pub utc_offset_minutes: i32,
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
    pub custom: Option<(Catalogue, String)>,
    /// Problems of the last file that was refused (the current catalogue stayed).
    pub problems: Vec<Problem>,
    /// The last file was accepted.
    pub just_loaded: bool,
}

impl CatalogueChoice {
    pub fn current(&self) -> &Catalogue {
        self.custom.as_ref().map(|(c, _)| c).unwrap_or_else(|| Catalogue::default_ref())
    }

    /// The file text to store, or `None` for the built-in catalogue.
    pub fn source(&self) -> Option<&str> {
        self.custom.as_ref().map(|(_, s)| s.as_str())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// What storage held at start.
    Loaded {
        dossiers: Vec<Dossier>,
        unreadable: Vec<UnreadableRecord>,
        ui_lang: Option<Lang>,
        utc_offset_minutes: i32,
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
    /// The print view, of an earlier signed version (`Some(round)`) or of the plan as it is now.
    ShowPrint(Option<usize>),
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
    Import {
        dossier: Box<Dossier>,
        fresh_id: DossierId,
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
    /// Storage holds these dossiers encrypted.
    LockedFound(Vec<DossierId>),
    /// A locked dossier opened with its passphrase.
    Unlocked(Box<Dossier>),
    UnlockFailed {
        id: DossierId,
        message_id: &'static str,
    },
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
    /// A stored catalogue at start: used when valid, silently ignored otherwise.
    RestoreCatalogue(String),
    /// Back to the built-in catalogue.
    ResetCatalogue,
    /// A language's translation arrived and is registered with `i18n`.
    LocaleLoaded(Lang),
    LocaleFailed(Lang),
    SpeechVoices(Vec<Lang>),
}

/// What a screen asks for. The root adds the time and new ids (from the platform) to make an
/// [`Action`], so components never read a clock.
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
    Edit(DossierId, DossierEdit),
    SetUiLang(Lang),
    /// Take the new version now (the page reloads; everything is saved first).
    ApplyUpdate,
    /// Save one dossier to a file (or the system share sheet), encrypted when a passphrase is given.
    Export(DossierId, Option<String>),
    /// The passphrase for the encrypted file waiting in `pending_import`.
    ImportWithPassphrase(String),
    CancelImport,
    /// Read a dossier file chosen on the device.
    ImportFile(web_sys::File),
    WipeAll,
    /// Lock a dossier with a new passphrase (the browser derives the key first).
    SetLock(DossierId, String),
    SetLockIdle(DossierId, u32),
    RemoveLock(DossierId),
    LockNow(DossierId),
    Unlock(DossierId, String),
    DismissUnlockError,
    DismissTabConflict,
    OpenExample,
    LoadCatalogue(String),
    ResetCatalogue,
    /// Read a text aloud with the device's voice for the language.
    Speak(String, Lang),
    /// Open the browser's print dialog for what is on screen.
    Print,
}

impl Command {
    /// The reducer's action for this command; `None` for commands the platform carries out.
    pub fn into_action(self, now: DateTime<Utc>, new_id: impl FnOnce() -> DossierId) -> Option<Action> {
        Some(match self {
            Command::Create(name) => Action::Create { id: new_id(), name, now },
            Command::Rename(id, name) => Action::Rename { id, name, now },
            Command::SetClientLang(id, lang) => Action::SetClientLang { id, lang, now },
            Command::SetSimplified(id, on) => Action::SetSimplified { id, on, now },
            Command::Delete(id) => Action::Delete { id },
            Command::Open(id) => Action::Open(id),
            Command::GoHome => Action::GoHome,
            Command::ShowView(view) => Action::ShowView(view),
            Command::ShowPrint(round) => Action::ShowPrint(round),
            Command::Edit(id, edit) => Action::Edit { id, edit, now },
            Command::SetUiLang(lang) => Action::SetUiLang { lang, now },
            Command::WipeAll => Action::WipeAll,
            Command::CancelImport => Action::CancelImport,
            Command::DismissTabConflict => Action::DismissTabConflict,
            Command::SetLockIdle(id, idle_minutes) => Action::LockSet { id, idle_minutes, now },
            Command::RemoveLock(id) => Action::LockRemoved { id, now },
            Command::DismissUnlockError => Action::UnlockFailed { id: DossierId(String::new()), message_id: "" },
            Command::ApplyUpdate
            | Command::Export(..)
            | Command::ImportFile(_)
            | Command::ImportWithPassphrase(_)
            | Command::SetLock(..)
            | Command::LockNow(_)
            | Command::Unlock(..)
            | Command::Speak(..)
            | Command::Print => return None,
            Command::OpenExample => Action::CreateExample { id: new_id(), now },
            Command::LoadCatalogue(text) => Action::LoadCatalogue(text),
            Command::ResetCatalogue => Action::ResetCatalogue,
        })
    }
}

impl AppState {
    pub fn open_dossier(&self) -> Option<&Rc<Dossier>> {
        let id = self.open.as_ref()?;
        self.dossiers.iter().find(|d| &d.id == id)
    }

    /// The calendar date of a stored instant on this device.
    pub fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        (instant + Duration::minutes(self.utc_offset_minutes.into())).date_naive()
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
        let (name, fingerprint) = match self.print_round.and_then(|i| d.signing.rounds.get(i)) {
            Some(round) => (round.client_name.clone(), round.fingerprint.clone()),
            None => (d.client_name.clone(), d.plan_fingerprint()),
        };
        Some(format!("GPMI · {name} · SHA-256 {}…", &fingerprint[..16]))
    }

    pub fn dossier(&self, id: &DossierId) -> Option<&Dossier> {
        self.dossiers.iter().find(|d| &d.id == id).map(|d| &**d)
    }

    fn dossier_mut(&mut self, id: &DossierId) -> Option<&mut Dossier> {
        self.dossiers.iter_mut().find(|d| &d.id == id).map(Rc::make_mut)
    }

    /// Takes a dossier out of memory (and off the screen if it was open).
    fn forget_dossier(&mut self, id: &DossierId) {
        self.dossiers.retain(|d| &d.id != id);
        if self.open.as_ref() == Some(id) {
            self.open = None;
        }
    }

    fn mark_locked(&mut self, id: DossierId) {
        if !self.locked.contains(&id) {
            self.locked.push(id);
            self.locked.sort();
        }
    }

    fn sort(&mut self) {
        // Newest first; the id breaks ties so the order is stable.
        self.dossiers.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
    }

    /// Applies one action. Invalid actions (a bad name, an unknown id) leave the state as it is:
    /// the UI validates first and shows the message, so nothing is lost.
    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::Loaded { dossiers, unreadable, ui_lang, utc_offset_minutes } => {
                self.dossiers = dossiers.into_iter().map(Rc::new).collect();
                self.utc_offset_minutes = utc_offset_minutes;
                self.unreadable = unreadable;
                if let Some(lang) = ui_lang {
                    self.ui_lang = lang;
                }
                self.loaded = true;
                self.sort();
            }
            Action::Create { id, name, now } => {
                if let Ok(name) = validate_client_name(&name) {
                    if self.dossier(&id).is_none() {
                        self.dossiers.push(Rc::new(Dossier::new(id.clone(), name, self.ui_lang, now)));
                        self.sort();
                        self.open = Some(id);
                        self.view = DossierView::Overview;
                    }
                }
            }
            Action::Rename { id, name, now } => {
                if let (Ok(name), Some(d)) = (validate_client_name(&name), self.dossier_mut(&id)) {
                    if d.client_name != name {
                        d.client_name = name;
                        d.touch(now);
                    }
                }
            }
            Action::SetClientLang { id, lang, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    if d.client_lang != lang {
                        d.client_lang = lang;
                        d.touch(now);
                    }
                }
            }
            Action::SetSimplified { id, on, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    if d.simplified != on {
                        d.simplified = on;
                        d.touch(now);
                    }
                }
            }
            Action::LocaleLoaded(lang) => {
                if !self.locales_loaded.contains(&lang) {
                    self.locales_loaded.push(lang);
                }
                if self.locale_failed == Some(lang) {
                    self.locale_failed = None;
                }
            }
            Action::LocaleFailed(lang) => self.locale_failed = Some(lang),
            Action::SpeechVoices(langs) => self.speech_langs = langs,
            Action::Delete { id } => self.forget_dossier(&id),
            Action::Open(id) => {
                if let Some(d) = self.dossier(&id) {
                    // The worker's screens follow the language chosen for this dossier.
                    self.ui_lang = d.interface_lang;
                    self.open = Some(id);
                    self.view = DossierView::Overview;
                    self.print_round = None;
                }
            }
            Action::GoHome => self.open = None,
            Action::ShowView(view) => {
                if self.open.is_some() {
                    self.view = view;
                    self.print_round = None;
                }
            }
            Action::ShowPrint(round) => {
                if let Some(d) = self.open_dossier() {
                    let round = round.filter(|i| *i < d.signing.rounds.len());
                    self.view = DossierView::Print;
                    self.print_round = round;
                }
            }
            Action::Edit { id, edit, now } => {
                self.now = Some(now);
                if let Some(d) = self.dossier_mut(&id) {
                    if edit.apply(d, now) {
                        d.touch(now);
                    }
                }
            }
            Action::SetUiLang { lang, now } => {
                self.ui_lang = lang;
                if let Some(id) = self.open.clone() {
                    if let Some(d) = self.dossier_mut(&id) {
                        if d.interface_lang != lang {
                            d.interface_lang = lang;
                            d.touch(now);
                        }
                    }
                }
            }
            Action::SaveFailed(message_id) => self.save_error = Some(message_id),
            Action::SaveSucceeded => self.save_error = None,
            Action::StoragePersistence(persistent) => self.storage_persistent = Some(persistent),
            Action::UpdateReady => self.update_ready = true,
            Action::Import { dossier, fresh_id } => {
                let mut dossier = *dossier;
                let as_copy = self.dossier(&dossier.id).is_some();
                if as_copy {
                    dossier.id = fresh_id;
                }
                self.import_outcome = Some(ImportOutcome::Imported { name: dossier.client_name.clone(), as_copy });
                self.pending_import = None;
                self.dossiers.push(Rc::new(dossier));
                self.sort();
            }
            Action::ImportFailed { file_name, problems } => {
                self.pending_import = None;
                self.import_outcome = Some(ImportOutcome::Failed { file_name, problems });
            }
            Action::ImportNeedsPassphrase { file_name, text, error } => {
                self.import_outcome = None;
                self.pending_import = Some(PendingImport { file_name, text, error });
            }
            Action::CancelImport => self.pending_import = None,
            Action::LockedFound(ids) => {
                self.locked = ids;
                self.locked.sort();
            }
            Action::Unlocked(dossier) => {
                let dossier = *dossier;
                self.locked.retain(|id| id != &dossier.id);
                self.unlock_error = None;
                self.open = Some(dossier.id.clone());
                self.view = DossierView::Overview;
                self.ui_lang = dossier.interface_lang;
                self.dossiers.retain(|d| d.id != dossier.id);
                self.dossiers.push(Rc::new(dossier));
                self.sort();
            }
            Action::UnlockFailed { id, message_id } => {
                self.unlock_error = (!message_id.is_empty()).then_some((id, message_id));
            }
            Action::LockSet { id, idle_minutes, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    let lock = Some(LockSettings { idle_minutes });
                    if d.lock != lock {
                        d.lock = lock;
                        d.touch(now);
                    }
                }
            }
            Action::LockRemoved { id, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    if d.lock.take().is_some() {
                        d.touch(now);
                    }
                }
            }
            Action::Relocked(id) => {
                if self.dossier(&id).is_some_and(|d| d.lock.is_some()) {
                    self.forget_dossier(&id);
                    self.mark_locked(id);
                }
            }
            Action::ExternalUpdate(dossier) => {
                let dossier = *dossier;
                match self.dossier_mut(&dossier.id) {
                    Some(d) => *d = dossier,
                    None => self.dossiers.push(Rc::new(dossier)),
                }
                self.sort();
            }
            Action::ExternalRemove(id) => self.forget_dossier(&id),
            Action::ExternalConflict { theirs, fresh_id } => {
                let mut theirs = *theirs;
                theirs.id = fresh_id;
                self.tab_conflict = Some(theirs.client_name.clone());
                self.dossiers.push(Rc::new(theirs));
                self.sort();
            }
            Action::ExternalLock(id) => {
                self.forget_dossier(&id);
                self.mark_locked(id);
            }
            Action::DismissTabConflict => self.tab_conflict = None,
            Action::WipeAll => {
                self.locked.clear();
                self.dossiers.clear();
                self.open = None;
                self.import_outcome = None;
            }
            Action::Tick(now) => self.now = Some(now),
            Action::CreateExample { id, now } => {
                if self.dossier(&id).is_none() {
                    self.dossiers.push(Rc::new(crate::domain::example::example_dossier(id.clone(), now)));
                    self.sort();
                    self.open = Some(id);
                    self.view = DossierView::Plan;
                }
            }
            Action::LoadCatalogue(text) => match parse_catalogue(&text) {
                Ok(catalogue) => {
                    self.catalogue =
                        CatalogueChoice { custom: Some((catalogue, text)), problems: vec![], just_loaded: true }
                }
                Err(problems) => {
                    self.catalogue.problems = problems;
                    self.catalogue.just_loaded = false;
                }
            },
            Action::RestoreCatalogue(text) => {
                if let Ok(catalogue) = parse_catalogue(&text) {
                    self.catalogue.custom = Some((catalogue, text));
                }
            }
            Action::ResetCatalogue => self.catalogue = CatalogueChoice::default(),
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    fn id(s: &str) -> DossierId {
        DossierId(s.into())
    }

    fn with_two() -> AppState {
        AppState::default()
            .apply(Action::Loaded { dossiers: vec![], unreadable: vec![], ui_lang: None, utc_offset_minutes: 60 })
            .apply(Action::Create { id: id("a"), name: "Amina".into(), now: at(1, 9) })
            .apply(Action::Create { id: id("b"), name: "Bram".into(), now: at(2, 9) })
    }

    #[test]
    fn create_validates_opens_and_lists_newest_first() {
        let state = with_two();
        let names: Vec<_> = state.dossiers.iter().map(|d| d.client_name.as_str()).collect();
        assert_eq!(names, ["Bram", "Amina"]);
        assert_eq!(state.open, Some(id("b")));
        let state = state.apply(Action::Create { id: id("c"), name: "   ".into(), now: at(3, 9) });
        assert_eq!(state.dossiers.len(), 2, "a blank name creates nothing");
        let state = state.apply(Action::Create { id: id("a"), name: "Dup".into(), now: at(3, 9) });
        assert_eq!(state.dossiers.len(), 2, "an existing id is never replaced");
    }

    #[test]
    fn rename_trims_and_touches_only_on_change() {
        let state = with_two().apply(Action::Rename { id: id("a"), name: " Amina B ".into(), now: at(5, 9) });
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!(a.client_name, "Amina B");
        assert_eq!(a.updated, at(5, 9));
        let state = state.apply(Action::Rename { id: id("a"), name: "Amina B".into(), now: at(6, 9) });
        assert_eq!(state.dossier(&id("a")).unwrap().updated, at(5, 9));
        let state = state.apply(Action::Rename { id: id("a"), name: "".into(), now: at(7, 9) });
        assert_eq!(state.dossier(&id("a")).unwrap().client_name, "Amina B");
    }

    #[test]
    fn delete_closes_the_open_dossier() {
        let state = with_two().apply(Action::Delete { id: id("b") });
        assert_eq!(state.dossiers.len(), 1);
        assert_eq!(state.open, None);
    }

    #[test]
    fn language_follows_the_open_dossier() {
        let state = with_two().apply(Action::SetUiLang { lang: Lang::En, now: at(8, 9) });
        assert_eq!(state.dossier(&id("b")).unwrap().interface_lang, Lang::En);
        assert_eq!(state.dossier(&id("a")).unwrap().interface_lang, Lang::Nl);
        let state = state.apply(Action::Open(id("a")));
        assert_eq!(state.ui_lang, Lang::Nl);
        let state = state.apply(Action::GoHome).apply(Action::Open(id("zzz")));
        assert_eq!(state.open, None, "an unknown id opens nothing");
    }

    #[test]
    fn client_language_is_kept_apart_from_the_interface() {
        let state = with_two().apply(Action::SetClientLang { id: id("a"), lang: Lang::Ar, now: at(9, 9) });
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!((a.client_lang, a.interface_lang), (Lang::Ar, Lang::Nl));
    }

    #[test]
    fn commands_become_actions_with_the_time_and_a_new_id() {
        let made = Command::Create("Amina".into()).into_action(at(3, 9), || id("new"));
        assert_eq!(made, Some(Action::Create { id: id("new"), name: "Amina".into(), now: at(3, 9) }));
        assert_eq!(Command::ApplyUpdate.into_action(at(3, 9), || id("unused")), None);
    }

    #[test]
    fn platform_news_is_kept_for_the_screen() {
        let state = with_two().apply(Action::StoragePersistence(false)).apply(Action::UpdateReady);
        assert_eq!(state.storage_persistent, Some(false));
        assert!(state.update_ready);
    }

    #[test]
    fn an_import_never_replaces_a_dossier_on_the_device() {
        let state = with_two();
        let mut incoming = state.dossier(&id("a")).unwrap().clone();
        incoming.client_name = "Amina (from file)".into();
        let state = state.apply(Action::Import { dossier: Box::new(incoming), fresh_id: id("c") });
        assert_eq!(state.dossier(&id("a")).unwrap().client_name, "Amina");
        assert_eq!(state.dossier(&id("c")).unwrap().client_name, "Amina (from file)");
        assert_eq!(
            state.import_outcome,
            Some(ImportOutcome::Imported { name: "Amina (from file)".into(), as_copy: true })
        );
        let failed = state.clone().apply(Action::ImportFailed { file_name: "x.json".into(), problems: vec![] });
        assert_eq!(failed.dossiers, state.dossiers, "a failed import changes no dossier");
    }

    #[test]
    fn wiping_removes_every_dossier() {
        let state = with_two().apply(Action::WipeAll);
        assert!(state.dossiers.is_empty());
        assert_eq!(state.open, None);
    }

    #[test]
    fn a_locked_dossier_leaves_memory_and_comes_back_with_its_passphrase() {
        let state = with_two().apply(Action::LockedFound(vec![id("z")])).apply(Action::LockSet {
            id: id("a"),
            idle_minutes: 10,
            now: at(4, 9),
        });
        assert_eq!(state.dossier(&id("a")).unwrap().lock, Some(LockSettings { idle_minutes: 10 }));
        let state = state.apply(Action::Open(id("a"))).apply(Action::Relocked(id("a")));
        assert!(state.dossier(&id("a")).is_none(), "nothing of it stays in memory");
        assert_eq!(state.locked, [id("a"), id("z")]);
        assert_eq!(state.open, None);
        // An unlocked dossier cannot be "relocked" away: only locked ones leave memory.
        let state = state.apply(Action::Relocked(id("b")));
        assert!(state.dossier(&id("b")).is_some());

        let state = state.apply(Action::UnlockFailed { id: id("a"), message_id: "crypto-error-wrong-passphrase" });
        assert_eq!(state.unlock_error, Some((id("a"), "crypto-error-wrong-passphrase")));
        let mut back = Dossier::new(id("a"), "Amina".into(), Lang::Nl, at(1, 9));
        back.lock = Some(LockSettings { idle_minutes: 10 });
        let state = state.apply(Action::Unlocked(Box::new(back)));
        assert_eq!(state.locked, [id("z")]);
        assert_eq!(state.open, Some(id("a")));
        assert_eq!(state.unlock_error, None);
        let state = state.apply(Action::LockRemoved { id: id("a"), now: at(5, 9) });
        assert_eq!(state.dossier(&id("a")).unwrap().lock, None);
    }

    #[test]
    fn changes_from_another_tab_never_replace_unsaved_work() {
        let state = with_two();
        let mut theirs = state.dossier(&id("a")).unwrap().clone();
        theirs.client_name = "Amina (other tab)".into();
        let adopted = state.clone().apply(Action::ExternalUpdate(Box::new(theirs.clone())));
        assert_eq!(adopted.dossier(&id("a")).unwrap().client_name, "Amina (other tab)");
        assert_eq!(adopted.dossiers.len(), 2);
        let both = state.clone().apply(Action::ExternalConflict { theirs: Box::new(theirs), fresh_id: id("c") });
        assert_eq!(both.dossier(&id("a")).unwrap().client_name, "Amina");
        assert_eq!(both.dossier(&id("c")).unwrap().client_name, "Amina (other tab)");
        assert_eq!(both.tab_conflict.as_deref(), Some("Amina (other tab)"));
        let gone = state.apply(Action::ExternalRemove(id("b")));
        assert_eq!((gone.dossiers.len(), gone.open.clone()), (1, None));
    }

    #[test]
    fn local_dates_use_the_device_offset() {
        let state = with_two();
        let late = Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap();
        assert_eq!(state.local_date(late), NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    }

    #[test]
    fn plan_edits_go_through_the_reducer_and_the_example_opens_on_its_plan() {
        use crate::domain::plan::{PlanEdit, PlanType};
        let state = with_two().apply(Action::Edit {
            id: id("a"),
            edit: DossierEdit::Plan(PlanEdit::SetType(Some(PlanType::Training))),
            now: at(10, 9),
        });
        assert_eq!(state.dossier(&id("a")).unwrap().plan.plan_type, Some(PlanType::Training));
        assert_eq!(state.dossier(&id("a")).unwrap().updated, at(10, 9));
        assert_eq!(state.today(), Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()));
        let state = state.apply(Action::CreateExample { id: id("ex"), now: at(11, 9) });
        assert_eq!(state.open, Some(id("ex")));
        assert_eq!(state.view, DossierView::Plan);
        assert!(state.open_dossier().unwrap().is_example);
        let state = state.apply(Action::Tick(at(12, 23)));
        assert_eq!(state.today(), Some(NaiveDate::from_ymd_opt(2026, 11, 13).unwrap()));
    }

    #[test]
    fn a_catalogue_file_replaces_the_current_one_only_when_valid() {
        let state = with_two();
        assert_eq!(state.catalogue.current().id, "oostende");
        let good = r#"{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {"nl": "OCMW Gent"},
            "edition": "2025", "offers": [{"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}]}"#;
        let state = state.apply(Action::LoadCatalogue(good.into()));
        assert_eq!(state.catalogue.current().id, "gent");
        assert!(state.catalogue.just_loaded);
        let state = state.apply(Action::LoadCatalogue("{".into()));
        assert_eq!(state.catalogue.current().id, "gent", "a broken file leaves the current catalogue");
        assert_eq!(state.catalogue.problems.len(), 1);
        assert_eq!(state.catalogue.source(), Some(good));
        let state = state.apply(Action::ResetCatalogue);
        assert_eq!((state.catalogue.current().id.as_str(), state.catalogue.source()), ("oostende", None));
        let state =
            state.apply(Action::RestoreCatalogue(good.into())).apply(Action::RestoreCatalogue("nonsense".into()));
        assert_eq!(state.catalogue.current().id, "gent");
        assert!(state.catalogue.problems.is_empty(), "a restore never shows problems");
    }

    #[test]
    fn ladder_edits_go_through_the_dossier_edit() {
        use crate::domain::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
        use crate::domain::Rung;
        let draft = PlacementDraft {
            date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            position: Position::Rung(Rung::new(2).unwrap()),
            viewpoint: Viewpoint::Agreed,
            language_course: true,
            note: String::new(),
        };
        let state = with_two().apply(Action::ShowView(DossierView::Ladder)).apply(Action::Edit {
            id: id("a"),
            edit: DossierEdit::Ladder(LadderEdit::AddPlacement(draft)),
            now: at(10, 9),
        });
        assert_eq!(state.view, DossierView::Ladder);
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!(a.ladder.current_rung(), Rung::new(2));
        assert_eq!(a.updated, at(10, 9));
    }

    #[test]
    fn signing_goes_through_the_dossier_edit_and_earlier_versions_can_be_printed() {
        use crate::domain::plan::{PlanEdit, TextField};
        use crate::domain::signing::{Signature, SignerRole, SigningEdit};
        let sig = |role| Signature {
            role,
            name: "Amina".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
            place: "Gent".into(),
            strokes: vec![vec![(1, 2), (3, 4)]],
            typed: false,
        };
        let edit = |e| Action::Edit { id: id("a"), edit: e, now: at(10, 9) };
        let state = with_two()
            .apply(Action::Open(id("a")))
            .apply(Action::ShowView(DossierView::Sign))
            .apply(edit(DossierEdit::Signing(SigningEdit::Sign(sig(SignerRole::Client)))))
            .apply(edit(DossierEdit::Signing(SigningEdit::Sign(sig(SignerRole::Worker)))));
        assert_eq!(state.view, DossierView::Sign);
        assert!(state.dossier(&id("a")).unwrap().fully_signed());
        let state = state.apply(edit(DossierEdit::Plan(PlanEdit::SetText(TextField::WorkerName, "Lotte".into()))));
        let a = state.dossier(&id("a")).unwrap();
        assert!(!a.fully_signed());
        assert!(a.signing.is_outdated(&a.plan_fingerprint()));
        let state = state.apply(Action::ShowPrint(Some(0)));
        assert_eq!((state.view, state.print_round), (DossierView::Print, Some(0)));
        let signed = &state.dossier(&id("a")).unwrap().signing.rounds[0].fingerprint;
        assert_eq!(state.print_running_line(), Some(format!("GPMI · Amina · SHA-256 {}…", &signed[..16])));
        let state = state.apply(Action::ShowPrint(Some(7)));
        assert_eq!(state.print_round, None, "an unknown round prints the current plan");
        let state = state.apply(Action::ShowPrint(Some(0))).apply(Action::ShowView(DossierView::Plan));
        assert_eq!(state.print_round, None);
        assert_eq!(state.print_running_line(), None, "only the print view has a running line");
    }

    #[test]
    fn save_errors_are_shown_until_a_save_succeeds() {
        let state = with_two().apply(Action::SaveFailed("save-error-full"));
        assert_eq!(state.save_error, Some("save-error-full"));
        assert_eq!(state.dossiers.len(), 2, "data stays in memory");
        assert_eq!(state.apply(Action::SaveSucceeded).save_error, None);
    }
}
