//! The client turn: the worker hands the tablet to the client. While it lasts only that client's
//! screens exist (the self-check, the plan in their language with their copy, their signature):
//! no other dossier, no home list, no delete, export or wipe. The reducer enforces it here, so no
//! screen can get round it; the only way out is [`Msg::EndTurn`], which the return button sends
//! after a deliberate two-second hold. Everything typed is a dossier edit, kept either way.

use super::{AppState, DossierView, Msg, OpenSelfCheck, SelfCheckMode};

/// The client's screens in a turn, in the order of their navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TurnStep {
    SelfCheck,
    Plan,
    Sign,
    /// "My road so far".
    Road,
}

impl TurnStep {
    pub const ALL: [TurnStep; 4] = [TurnStep::SelfCheck, TurnStep::Road, TurnStep::Plan, TurnStep::Sign];

    /// Message id of the step's name in the client's navigation.
    pub fn message_id(self) -> &'static str {
        match self {
            TurnStep::SelfCheck => "self-check-view",
            TurnStep::Plan => "turn-plan",
            TurnStep::Sign => "sign-view",
            TurnStep::Road => "road-view",
        }
    }

    /// A stable name for ids and tests.
    pub fn slug(self) -> &'static str {
        match self {
            TurnStep::SelfCheck => "self-check",
            TurnStep::Plan => "plan",
            TurnStep::Sign => "sign",
            TurnStep::Road => "road",
        }
    }

    /// The client step that matches a view of the worker's (the print is the client's copy).
    pub fn for_view(view: DossierView) -> TurnStep {
        match view {
            DossierView::SelfCheck => TurnStep::SelfCheck,
            DossierView::Sign => TurnStep::Sign,
            DossierView::Road => TurnStep::Road,
            _ => TurnStep::Plan,
        }
    }

    /// The worker's view to come back to.
    pub fn view(self) -> DossierView {
        match self {
            TurnStep::SelfCheck => DossierView::SelfCheck,
            TurnStep::Plan => DossierView::Plan,
            TurnStep::Sign => DossierView::Sign,
            TurnStep::Road => DossierView::Road,
        }
    }
}

impl AppState {
    /// Whether the tablet is in the client's hands.
    pub fn in_turn(&self) -> bool {
        self.turn.is_some()
    }

    /// The self-check the client fills in during the turn: the one open, else the newest.
    pub fn turn_check(&self) -> Option<u64> {
        let d = self.open_dossier()?;
        let open = self.focus.self_check.map(|o| o.id).filter(|id| d.self_checks.iter().any(|c| c.id == *id));
        open.or_else(|| d.self_checks.iter().max_by_key(|c| c.created).map(|c| c.id))
    }

    /// The client's steps that exist for the open dossier (no self-check: no self-check step).
    pub fn turn_steps(&self) -> Vec<TurnStep> {
        let has_check = self.turn_check().is_some();
        TurnStep::ALL.into_iter().filter(|s| *s != TurnStep::SelfCheck || has_check).collect()
    }

    /// During a turn: whether the message may change the state. Facts from the device (time,
    /// storage, languages, other tabs, the idle lock) always may; of what a person asks, only the
    /// client's own edits and screens may.
    pub(super) fn allowed_in_turn(&self, msg: &Msg) -> bool {
        match msg {
            Msg::Edit { id, .. } => self.open.as_ref() == Some(id),
            Msg::ShowSelfCheck(open) => open.is_some_and(|o| o.mode == SelfCheckMode::Client),
            Msg::TurnShow(_) | Msg::EndTurn => true,
            Msg::Loaded { .. }
            | Msg::SaveFailed(_)
            | Msg::SaveSucceeded
            | Msg::StoragePersistence(_)
            | Msg::UpdateReady
            | Msg::LockedFound(_)
            | Msg::Relocked(_)
            | Msg::ExternalUpdate(_)
            | Msg::ExternalRemove(_)
            | Msg::ExternalConflict { .. }
            | Msg::ExternalLock(_)
            | Msg::Tick(_)
            | Msg::LocaleLoaded(_)
            | Msg::LocaleFailed(_)
            | Msg::SpeechVoices(_) => true,
            // Only another tab's end of meeting gets here (the root refuses the command in a
            // turn): the device forgets everything, the turn included.
            Msg::WipeAll | Msg::WipeChecked(_) => true,
            _ => false,
        }
    }

    /// Applies a turn message; `true` when it was one.
    pub(super) fn apply_turn(&mut self, msg: &Msg) -> bool {
        match msg {
            Msg::StartTurn(step) => {
                if self.open.is_some() && !self.in_turn() {
                    self.turn_returned = false;
                    self.enter_step(*step);
                }
            }
            Msg::TurnShow(step) => {
                if self.in_turn() {
                    self.enter_step(*step);
                }
            }
            Msg::EndTurn => {
                if let Some(step) = self.turn.take() {
                    self.turn_returned = true;
                    let check = self.focus.self_check;
                    self.show(step.view());
                    if step == TurnStep::SelfCheck {
                        self.focus.self_check = check;
                    }
                }
            }
            _ => return false,
        }
        true
    }

    fn enter_step(&mut self, step: TurnStep) {
        let step = if self.turn_steps().contains(&step) { step } else { TurnStep::Plan };
        let check = self.turn_check();
        self.turn = Some(step);
        self.view = step.view();
        self.print_round = None;
        self.focus = Default::default();
        if step == TurnStep::SelfCheck {
            self.focus.self_check = check.map(|id| OpenSelfCheck { id, mode: SelfCheckMode::Client });
        }
    }

    /// After any message: a turn without its dossier (locked, removed elsewhere) is over.
    pub(super) fn end_turn_without_dossier(&mut self) {
        if self.in_turn() && self.open_dossier().is_none() {
            self.turn = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeZone, Utc};

    use super::*;
    use crate::domain::self_check::SelfCheckEdit;
    use crate::domain::{DossierEdit, DossierId, LifeDomain};

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 3, hour, 0, 0).unwrap()
    }

    fn id(s: &str) -> DossierId {
        DossierId(s.into())
    }

    /// Two dossiers, "a" open on its self-check list with one check started.
    fn worker_on_a() -> AppState {
        let state = AppState::default()
            .apply(Msg::Create { id: id("b"), name: "Bram".into(), now: at(8) })
            .apply(Msg::Create { id: id("a"), name: "Amina".into(), now: at(9) })
            .apply(Msg::Edit { id: id("a"), edit: DossierEdit::SelfCheck(SelfCheckEdit::Start), now: at(9) });
        state.apply(Msg::ShowView(DossierView::SelfCheck))
    }

    #[test]
    fn a_turn_opens_the_clients_check_in_client_mode() {
        let state = worker_on_a().apply(Msg::StartTurn(TurnStep::SelfCheck));
        assert_eq!(state.turn, Some(TurnStep::SelfCheck));
        let open = state.focus.self_check.expect("the check is open");
        assert_eq!(open.mode, SelfCheckMode::Client);
        assert_eq!(state.turn_steps(), TurnStep::ALL);
    }

    #[test]
    fn in_a_turn_no_other_dossier_home_delete_or_worker_view_is_reachable() {
        let state = worker_on_a().apply(Msg::StartTurn(TurnStep::Plan));
        for msg in [
            Msg::GoHome,
            Msg::Open(id("b")),
            Msg::Delete { id: id("a") },
            Msg::Delete { id: id("b") },
            Msg::ShowView(DossierView::Overview),
            Msg::ShowPrint(None),
            Msg::Rename { id: id("a"), name: "X".into(), now: at(10) },
            Msg::Edit { id: id("b"), edit: DossierEdit::SelfCheck(SelfCheckEdit::Start), now: at(10) },
            Msg::StartTurn(TurnStep::Sign),
        ] {
            let after = state.clone().apply(msg.clone());
            assert_eq!(after, state, "{msg:?} must change nothing in a turn");
        }
    }

    #[test]
    fn another_tabs_end_of_meeting_ends_the_turn_and_forgets_everything() {
        let state = worker_on_a().apply(Msg::StartTurn(TurnStep::Plan));
        let state = state.apply(Msg::WipeAll);
        assert_eq!((state.turn, state.open.clone(), state.dossiers.len()), (None, None, 0));
    }

    #[test]
    fn what_the_client_types_is_kept_and_the_worker_gets_the_tablet_back() {
        let state = worker_on_a().apply(Msg::StartTurn(TurnStep::SelfCheck));
        let check = state.turn_check().unwrap();
        let note = SelfCheckEdit::ClientNote { check, domain: LifeDomain::ALL[0], note: "mijn tekst".into() };
        let state = state.apply(Msg::Edit { id: id("a"), edit: DossierEdit::SelfCheck(note), now: at(10) });
        let state = state.apply(Msg::TurnShow(TurnStep::Sign));
        assert_eq!((state.turn, state.view), (Some(TurnStep::Sign), DossierView::Sign));
        let state = state.apply(Msg::EndTurn);
        assert_eq!(state.turn, None);
        assert!(state.turn_returned, "the worker's screen says the tablet is back");
        assert_eq!((state.open.clone(), state.view), (Some(id("a")), DossierView::Sign));
        let d = state.open_dossier().unwrap();
        assert!(format!("{:?}", d.self_checks).contains("mijn tekst"));
        let state = state.apply(Msg::GoHome);
        assert!(!state.turn_returned && state.open.is_none(), "after the turn the worker's app is whole again");
    }

    #[test]
    fn without_a_check_there_is_no_self_check_step_and_a_lock_ends_the_turn() {
        let state = AppState::default().apply(Msg::Create { id: id("a"), name: "Amina".into(), now: at(9) });
        let state = state.apply(Msg::StartTurn(TurnStep::SelfCheck));
        assert_eq!(state.turn, Some(TurnStep::Plan));
        assert_eq!(state.turn_steps(), [TurnStep::Road, TurnStep::Plan, TurnStep::Sign]);
        let state = state.apply(Msg::ExternalLock(id("a")));
        assert_eq!((state.turn, state.open.clone()), (None, None));
    }
}
