//! The participation ladder of one dossier: dated placements (on a rung or in a side status),
//! the target rung, and the offers picked from the catalogue (which become GPMI actions).

mod edit;
mod history;
mod kinds;
mod position;
#[cfg(test)]
mod tests;

pub use edit::{apply, validate_draft, LadderEdit, PickCarrier, PlacementError};
pub use history::{HistoryPoint, Movement};
pub use kinds::{Ladder, PickedOffer, Placement, PlacementDraft, MAX_NOTE_CHARS};
pub use position::{Position, Viewpoint};
