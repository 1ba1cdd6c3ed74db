//! The reducer: [`AppState::apply`] and the small steps it is made of.

use std::rc::Rc;

use chrono::{DateTime, Utc};

use super::{AppState, CatalogueChoice, DossierView, Focus, ImportOutcome, Msg, PendingImport};
use crate::domain::catalogue::parse_catalogue;
use crate::domain::order::{insert_by, ordered_by};
use crate::domain::validation::validate_client_name;
use crate::domain::{Dossier, DossierId, LockSettings};

impl AppState {
    /// Applies one message. Invalid messages (a bad name, an unknown id) leave the state as it
    /// is: the UI validates first and shows the message, so nothing is lost.
    pub fn apply(mut self, msg: Msg) -> AppState {
        // In a client turn only the client's own screens and edits get through (`turn.rs`).
        if self.in_turn() && !self.allowed_in_turn(&msg) {
            return self;
        }
        if self.apply_turn(&msg) {
            return self;
        }
        if matches!(msg, Msg::Open(_) | Msg::GoHome | Msg::ShowView(_) | Msg::ShowPrint(_)) {
            self.turn_returned = false;
        }
        match msg {
            Msg::Loaded { dossiers, unreadable, ui_lang, utc_offset } => {
                self.dossiers = dossiers.into_iter().map(Rc::new).collect();
                self.utc_offset = utc_offset;
                self.unreadable = unreadable;
                if let Some(lang) = ui_lang {
                    self.ui_lang = lang;
                }
                self.loaded = true;
                self.sort();
            }
            Msg::Create { id, name, now } => {
                self.wipe_report = None;
                if let Ok(name) = validate_client_name(&name) {
                    if self.dossier(&id).is_none() {
                        self.dossiers.push(Rc::new(Dossier::new(id.clone(), name, self.ui_lang, now)));
                        self.sort();
                        self.open = Some(id);
                        self.show(DossierView::Overview);
                    }
                }
            }
            Msg::CreateExample { id, now } => {
                if self.dossier(&id).is_none() {
                    self.dossiers.push(Rc::new(crate::domain::example::example_dossier(id.clone(), now)));
                    self.sort();
                    self.open = Some(id);
                    self.show(DossierView::Plan);
                }
            }
            Msg::Rename { id, name, now } => {
                if let Ok(name) = validate_client_name(&name) {
                    self.change(&id, now, |d| std::mem::replace(&mut d.client_name, name.clone()) != name);
                }
            }
            Msg::SetClientLang { id, lang, now } => {
                self.change(&id, now, |d| std::mem::replace(&mut d.client_lang, lang) != lang)
            }
            Msg::SetSimplified { id, on, now } => {
                self.change(&id, now, |d| std::mem::replace(&mut d.simplified, on) != on)
            }
            Msg::Edit { id, edit, now } => {
                self.now = Some(now);
                self.change(&id, now, |d| edit.apply(d, now));
            }
            Msg::SetUiLang { lang, now } => {
                self.ui_lang = lang;
                if let Some(id) = self.open.clone() {
                    self.change(&id, now, |d| std::mem::replace(&mut d.interface_lang, lang) != lang);
                }
            }
            Msg::Delete { id } => self.forget_dossier(&id),
            Msg::Open(id) => {
                if let Some(d) = self.dossier(&id) {
                    // The worker's screens follow the language chosen for this dossier.
                    self.ui_lang = d.interface_lang;
                    self.open = Some(id);
                    self.show(DossierView::Overview);
                }
            }
            Msg::GoHome => {
                self.open = None;
                self.case_file_copy = None;
            }
            Msg::CaseFileCopied(outcome) => self.case_file_copy = Some(outcome),
            Msg::ShowView(view) => {
                if self.open.is_some() {
                    self.show(view);
                }
            }
            Msg::ShowPrint(round) => {
                if let Some(d) = self.open_dossier() {
                    let round = round.filter(|i| *i < d.signing.rounds.len());
                    self.show(DossierView::Print);
                    self.print_round = round;
                }
            }
            Msg::ShowEvaluationPrint(id) => {
                if self.open_dossier().is_some_and(|d| d.plan.evaluation(id).is_some()) {
                    self.show(DossierView::Print);
                    self.focus.evaluation = Some(id);
                }
            }
            Msg::ShowSelfCheck(open) => {
                if self.view == DossierView::SelfCheck {
                    self.focus.self_check = open;
                }
            }
            Msg::ShowRung(rung) => {
                if self.view == DossierView::Ladder {
                    self.focus.rung = rung;
                }
            }
            Msg::LocaleLoaded(lang) => {
                if !self.locales_loaded.contains(&lang) {
                    self.locales_loaded.push(lang);
                }
                if self.locale_failed == Some(lang) {
                    self.locale_failed = None;
                }
            }
            Msg::LocaleFailed(lang) => self.locale_failed = Some(lang),
            Msg::SpeechVoices(langs) => self.speech_langs = langs,
            Msg::SaveFailed(message_id) => self.save_error = Some(message_id),
            Msg::SaveSucceeded => {
                self.save_error = None;
                self.unsaved = false;
            }
            Msg::Unsaved => self.unsaved = true,
            Msg::StorageRoom(used, quota) => self.storage_room = Some((used, quota)),
            Msg::StoragePersistence(persistent) => self.storage_persistent = Some(persistent),
            Msg::UpdateReady => self.update_ready = true,
            Msg::Tick(now) => self.now = Some(now),
            Msg::Import { dossier, fresh_id, keyed } => self.import(*dossier, fresh_id, keyed),
            Msg::ImportFailed { file_name, problems } => {
                self.pending_import = None;
                self.import_outcome = Some(ImportOutcome::Failed { file_name, problems });
            }
            Msg::ImportNeedsPassphrase { file_name, text, error } => {
                self.import_outcome = None;
                self.pending_import = Some(PendingImport { file_name, text, error });
            }
            Msg::CancelImport => self.pending_import = None,
            Msg::AskExport(id) => self.export_asked = id.filter(|id| self.dossier(id).is_some()),
            Msg::WipeAll => self.wipe(),
            Msg::LockOnHide(on) => self.lock_on_hide = on,
            Msg::WipeChecked(left) => self.wipe_report.get_or_insert_with(Vec::new).extend(left),
            Msg::LockedFound(ids) => {
                self.locked = ordered_by(ids, |a, b| a <= b);
            }
            Msg::Unlocked(dossier) => self.unlocked(*dossier),
            Msg::UnlockFailed { id, message_id } => self.unlock_error = Some((id, message_id)),
            Msg::DismissUnlockError => self.unlock_error = None,
            Msg::LockSet { id, idle_minutes, now } => {
                let lock = Some(LockSettings { idle_minutes });
                self.change(&id, now, |d| std::mem::replace(&mut d.lock, lock) != lock);
            }
            Msg::LockRemoved { id, now } => self.change(&id, now, |d| d.lock.take().is_some()),
            Msg::Relocked(id) => {
                if self.dossier(&id).is_some_and(|d| d.lock.is_some()) {
                    self.forget_dossier(&id);
                    self.mark_locked(id);
                }
            }
            Msg::ExternalUpdate(dossier) => {
                let dossier = *dossier;
                match self.dossiers.iter_mut().find(|d| d.id == dossier.id) {
                    Some(d) => *d = Rc::new(dossier),
                    None => self.dossiers.push(Rc::new(dossier)),
                }
                self.sort();
            }
            Msg::ExternalRemove(id) => self.forget_dossier(&id),
            Msg::ExternalConflict { theirs, fresh_id } => {
                let mut theirs = *theirs;
                theirs.id = fresh_id;
                self.tab_conflict = Some(theirs.client_name.clone());
                self.dossiers.push(Rc::new(theirs));
                self.sort();
            }
            Msg::ExternalLock(id) => {
                self.forget_dossier(&id);
                self.mark_locked(id);
            }
            Msg::DismissTabConflict => self.tab_conflict = None,
            Msg::LoadCatalogue(text) => match parse_catalogue(&text) {
                Ok(catalogue) => {
                    self.catalogue = CatalogueChoice {
                        custom: Some(Rc::new((catalogue, text))),
                        problems: vec![],
                        just_loaded: true,
                    }
                }
                Err(problems) => {
                    self.catalogue.problems = problems;
                    self.catalogue.just_loaded = false;
                }
            },
            Msg::CatalogueRefused(problems) => {
                self.catalogue.problems = problems;
                self.catalogue.just_loaded = false;
            }
            Msg::RestoreCatalogue(text) => {
                if let Ok(catalogue) = parse_catalogue(&text) {
                    self.catalogue.custom = Some(Rc::new((catalogue, text)));
                }
            }
            Msg::ResetCatalogue => self.catalogue = CatalogueChoice::default(),
            Msg::StartTurn(_) | Msg::TurnShow(_) | Msg::EndTurn => {}
        }
        self.end_turn_without_dossier();
        self
    }

    /// Nothing of any client stays on screen or in memory: not a dossier, a name in a notice, a
    /// pending file, an unlock error or a dialog. What belongs to the device stays (the screen
    /// language, the clock, what the browser said about storage and voices, a waiting update).
    fn wipe(&mut self) {
        *self = AppState {
            ui_lang: self.ui_lang,
            loaded: self.loaded,
            utc_offset: self.utc_offset,
            storage_persistent: self.storage_persistent,
            update_ready: self.update_ready,
            now: self.now,
            locales_loaded: std::mem::take(&mut self.locales_loaded),
            locale_failed: self.locale_failed,
            speech_langs: std::mem::take(&mut self.speech_langs),
            wipe_report: Some(Vec::new()),
            ..AppState::default()
        };
    }

    /// Shows a view of the open dossier, with nothing open on it yet.
    pub(super) fn show(&mut self, view: DossierView) {
        self.view = view;
        self.print_round = None;
        self.focus = Focus::default();
        self.case_file_copy = None;
    }

    /// Changes one dossier; `change` says whether anything changed, and then the dossier is
    /// marked updated. An unknown id changes nothing. A dossier is a new `Rc` exactly when its
    /// content changed: that identity is its dirty mark, by which the save serialises only the
    /// dossiers that changed and a screen whose dossier is the same is not redrawn.
    fn change(&mut self, id: &DossierId, now: DateTime<Utc>, change: impl FnOnce(&mut Dossier) -> bool) {
        let Some(slot) = self.dossiers.iter_mut().find(|d| &d.id == id) else { return };
        let before = Rc::clone(slot);
        let d = Rc::make_mut(slot);
        if change(d) {
            d.touch(now);
        } else if *d == *before {
            *slot = before;
        }
    }

    /// Nothing on the device is ever replaced by an import: an id taken in any form (open,
    /// locked, unreadable) makes it a copy. A lock without a key to seal it is dropped: it would
    /// never be written, and the dossier would be gone at the next start.
    fn import(&mut self, mut dossier: Dossier, fresh_id: DossierId, keyed: bool) {
        let as_copy = self.id_taken(&dossier.id);
        if as_copy {
            dossier.id = fresh_id;
        }
        if !keyed {
            dossier.lock = None;
        }
        self.import_outcome = Some(ImportOutcome::Imported { name: dossier.client_name.clone(), as_copy });
        self.pending_import = None;
        self.dossiers.push(Rc::new(dossier));
        self.sort();
    }

    fn unlocked(&mut self, dossier: Dossier) {
        self.locked.retain(|id| id != &dossier.id);
        self.unlock_error = None;
        self.open = Some(dossier.id.clone());
        self.show(DossierView::Overview);
        self.ui_lang = dossier.interface_lang;
        self.dossiers.retain(|d| d.id != dossier.id);
        self.dossiers.push(Rc::new(dossier));
        self.sort();
    }

    /// Takes a dossier out of memory (and off the screen if it was open).
    fn forget_dossier(&mut self, id: &DossierId) {
        self.dossiers.retain(|d| &d.id != id);
        if self.open.as_ref() == Some(id) {
            self.open = None;
        }
        if self.export_asked.as_ref() == Some(id) {
            self.export_asked = None;
        }
    }

    fn mark_locked(&mut self, id: DossierId) {
        if !self.locked.contains(&id) {
            insert_by(&mut self.locked, id, |a, b| a <= b);
        }
    }

    fn sort(&mut self) {
        // Newest first; the id breaks ties so the order is stable. (An insertion, not `sort_by`:
        // one copy of the standard sort less in the wasm, see `domain::order`.)
        let first =
            |a: &Rc<Dossier>, b: &Rc<Dossier>| a.created > b.created || (a.created == b.created && a.id <= b.id);
        self.dossiers = ordered_by(std::mem::take(&mut self.dossiers), first);
    }
}
