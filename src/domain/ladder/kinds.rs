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

/// Stored flat: the id, the draft's fields, then the evaluation. Not `#[serde(flatten)]`, which
/// buffers values in serde's `Content` (much wasm): written through `PlacementOut`, read through
/// `PlacementIn`. Golden JSON in `domain::serde_golden_tests`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "PlacementIn")]
pub struct Placement {
    pub id: u64,
    pub draft: PlacementDraft,
    /// The GPMI evaluation that recorded this placement, if one did.
    pub evaluation: Option<u64>,
}

#[derive(Serialize)]
struct PlacementOut<'a> {
    id: u64,
    date: NaiveDate,
    position: Position,
    viewpoint: Viewpoint,
    language_course: bool,
    note: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    evaluation: Option<u64>,
}

#[derive(Deserialize)]
struct PlacementIn {
    id: u64,
    date: NaiveDate,
    position: Position,
    viewpoint: Viewpoint,
    #[serde(default)]
    language_course: bool,
    #[serde(default)]
    note: String,
    #[serde(default)]
    evaluation: Option<u64>,
}

impl Serialize for Placement {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = &self.draft;
        PlacementOut {
            id: self.id,
            date: d.date,
            position: d.position,
            viewpoint: d.viewpoint,
            language_course: d.language_course,
            note: &d.note,
            evaluation: self.evaluation,
        }
        .serialize(s)
    }
}

impl From<PlacementIn> for Placement {
    fn from(p: PlacementIn) -> Placement {
        Placement {
            id: p.id,
            draft: PlacementDraft {
                date: p.date,
                position: p.position,
                viewpoint: p.viewpoint,
                language_course: p.language_course,
                note: p.note,
            },
            evaluation: p.evaluation,
        }
    }
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
