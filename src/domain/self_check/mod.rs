//! The self-check (*zelfscan*): the client's own view and the worker's screening, per life
//! domain, kept side by side and never merged. A dossier holds many, each dated; a check can be
//! done in parts and resumed. No verdict is ever computed here: only facts for the conversation
//! (where the two voices differ, which preconditions the worker flagged, what moved since last time).

mod answers;
mod check;
pub mod data;
mod edit;
#[cfg(test)]
mod tests;

pub use answers::{ClientAnswer, DutchLevel, LatinSkill, WorkerScore};
pub use check::{
    previous, Change, ClientEntry, DutchDetails, Movement, Progress, SelfCheck, Voice, WorkerEntry,
    PRECONDITION_DOMAINS,
};
pub use data::{question_id, sub_items, suggested_actions, SubItem, SuggestedAction};
pub use edit::{apply, SelfCheckEdit, MAX_NOTE_CHARS};
