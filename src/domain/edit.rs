//! Every change to a dossier's content goes through one [`DossierEdit`], so the reducer stays a
//! single place and each feature keeps its own rules in its own module.
//!
//! A feature adds one variant wrapping its own edit enum, and one arm in [`DossierEdit::apply`]
//! that calls the feature's `apply(dossier, edit, now)`.

use chrono::{DateTime, Utc};

use super::Dossier;

#[derive(Clone, Debug, PartialEq)]
pub enum DossierEdit {
    SelfCheck(super::self_check::SelfCheckEdit),
    Plan(super::plan::PlanEdit),
    Ladder(super::ladder::LadderEdit),
    Signing(super::signing::SigningEdit),
}

impl DossierEdit {
    /// Applies the edit; returns whether anything changed (then the dossier is marked updated).
    pub fn apply(self, dossier: &mut Dossier, now: DateTime<Utc>) -> bool {
        match self {
            DossierEdit::SelfCheck(edit) => super::self_check::apply(dossier, edit, now),
            DossierEdit::Plan(edit) => super::plan::apply(dossier, edit, now),
            DossierEdit::Ladder(edit) => super::ladder::apply(dossier, edit, now),
            DossierEdit::Signing(edit) => super::signing::apply(dossier, edit, now),
        }
    }
}
