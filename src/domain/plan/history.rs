//! Undo and redo of plan edits.

use std::rc::Rc;

use super::{Plan, TextField};

/// Undo keeps at most this many earlier versions.
pub const UNDO_LIMIT: usize = 50;

/// Earlier versions of the plan for undo and redo. Not stored: they last while the page is open.
/// Each version is shared (`Rc`), so copying the plan on an edit does not copy all of them.
#[derive(Clone, Debug, Default)]
pub struct History {
    pub(super) undo: Vec<Rc<Plan>>,
    pub(super) redo: Vec<Rc<Plan>>,
    /// The text field typed in last: further typing there is one undo step.
    pub(super) last_key: Option<TextField>,
}

impl PartialEq for History {
    /// Undo history is not part of the plan's content.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for History {}

impl Plan {
    pub fn can_undo(&self) -> bool {
        !self.history.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.history.redo.is_empty()
    }

    /// The plan without its history, as a version to go back to.
    pub(super) fn snapshot(&mut self) -> Plan {
        let history = std::mem::take(&mut self.history);
        let copy = self.clone();
        self.history = history;
        copy
    }

    /// Puts back an earlier version; evaluations (append-only) and the current step stay.
    pub(super) fn restore(&mut self, mut version: Plan) {
        version.evaluations = std::mem::take(&mut self.evaluations);
        version.step = self.step;
        version.history = std::mem::take(&mut self.history);
        *self = version;
    }

    pub(super) fn undo(&mut self) -> bool {
        let Some(previous) = self.history.undo.pop() else { return false };
        let current = self.snapshot();
        self.history.redo.push(Rc::new(current));
        self.history.last_key = None;
        self.restore(Rc::unwrap_or_clone(previous));
        true
    }

    pub(super) fn redo(&mut self) -> bool {
        let Some(next) = self.history.redo.pop() else { return false };
        let current = self.snapshot();
        self.history.undo.push(Rc::new(current));
        self.history.last_key = None;
        self.restore(Rc::unwrap_or_clone(next));
        true
    }
}
