//! The ladder of one dossier: its placements and picked offers.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Position, Viewpoint};
use crate::domain::catalogue::LocalText;
use crate::domain::Rung;

/// Longest note of a placement, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// What a form gives for a placement (new or changed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementDraft {
    pub date: NaiveDate,
    pub position: Position,
    pub viewpoint: Viewpoint,
    /// A language course runs beside the rung.
    #[serde(default)]
    pub language_course: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub id: u64,
    #[serde(flatten)]
    pub draft: PlacementDraft,
    /// The GPMI evaluation that recorded this placement, if one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<u64>,
}

/// An offer chosen on the ladder, with a snapshot of its name so the plan stays readable when
/// the catalogue changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickedOffer {
    pub id: u64,
    pub catalogue_id: String,
    /// The catalogue's Dutch name when picked (empty for picks stored before it was kept).
    #[serde(default)]
    pub catalogue_name: String,
    pub edition: String,
    pub offer_id: String,
    pub rung: Rung,
    /// The offer's name in Dutch and English at the moment it was picked.
    pub name: LocalText,
    pub provider: LocalText,
    pub picked: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ladder {
    #[serde(default)]
    pub placements: Vec<Placement>,
    /// The highest achievable rung for this person.
    #[serde(default)]
    pub target: Option<Rung>,
    #[serde(default)]
    pub picked_offers: Vec<PickedOffer>,
}
