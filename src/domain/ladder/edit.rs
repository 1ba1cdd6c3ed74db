//! Every change to the ladder, and applying it (a picked offer becomes a GPMI action).

use chrono::{DateTime, Utc};

use super::{PickedOffer, Placement, PlacementDraft, MAX_NOTE_CHARS};
use crate::domain::catalogue::{Carrier, Offer};
use crate::domain::{Dossier, Lang, Rung};

#[derive(Clone, Debug, PartialEq)]
pub enum LadderEdit {
    AddPlacement(PlacementDraft),
    UpdatePlacement(u64, PlacementDraft),
    DeletePlacement(u64),
    SetTarget(Option<Rung>),
    /// Pick an offer of a catalogue (a snapshot is taken; picking the same offer twice does nothing).
    PickOffer {
        catalogue_id: String,
        /// The catalogue's name in Dutch, shown as the origin of the action.
        catalogue_name: String,
        edition: String,
        // Boxed: an offer is large, and every message that carries an edit would pay for it.
        offer: Box<Offer>,
    },
    UnpickOffer(u64),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlacementError {
    NoteTooLong { max: usize, actual: usize },
}

impl PlacementError {
    pub fn message_id(&self) -> &'static str {
        match self {
            PlacementError::NoteTooLong { .. } => "ladder-error-note-too-long",
        }
    }
}

/// Trims the note and checks its length.
pub fn validate_draft(mut draft: PlacementDraft) -> Result<PlacementDraft, PlacementError> {
    draft.note = draft.note.trim().to_owned();
    let actual = draft.note.chars().count();
    if actual > MAX_NOTE_CHARS {
        return Err(PlacementError::NoteTooLong { max: MAX_NOTE_CHARS, actual });
    }
    Ok(draft)
}

/// Applies a ladder edit; returns whether anything changed. Invalid edits change nothing.
pub fn apply(dossier: &mut Dossier, edit: LadderEdit, now: DateTime<Utc>) -> bool {
    match edit {
        LadderEdit::AddPlacement(draft) => {
            let Ok(draft) = validate_draft(draft) else { return false };
            let id = dossier.new_item_id();
            dossier.ladder.placements.push(Placement { id, draft, evaluation: None });
            dossier.ladder.sort();
            true
        }
        LadderEdit::UpdatePlacement(id, draft) => {
            let Ok(draft) = validate_draft(draft) else { return false };
            let Some(p) = dossier.ladder.placements.iter_mut().find(|p| p.id == id) else { return false };
            if p.draft == draft {
                return false;
            }
            p.draft = draft;
            dossier.ladder.sort();
            true
        }
        LadderEdit::DeletePlacement(id) => {
            let before = dossier.ladder.placements.len();
            dossier.ladder.placements.retain(|p| p.id != id);
            before != dossier.ladder.placements.len()
        }
        LadderEdit::SetTarget(target) => {
            let changed = dossier.ladder.target != target;
            dossier.ladder.target = target;
            changed
        }
        LadderEdit::PickOffer { catalogue_id, catalogue_name, edition, offer } => {
            if dossier.ladder.is_picked(&catalogue_id, &offer.id) {
                return false;
            }
            let id = dossier.new_item_id();
            let pick = PickedOffer {
                id,
                catalogue_id,
                catalogue_name,
                edition,
                offer_id: offer.id,
                rung: offer.rung,
                name: offer.name.only(&[Lang::Nl, Lang::En]),
                provider: offer.provider.only(&[Lang::Nl, Lang::En]),
                picked: now,
            };
            add_to_plan(dossier, &pick, offer.carried_by, now);
            dossier.ladder.picked_offers.push(pick);
            true
        }
        LadderEdit::UnpickOffer(id) => {
            let before = dossier.ladder.picked_offers.len();
            dossier.ladder.picked_offers.retain(|p| p.id != id);
            before != dossier.ladder.picked_offers.len()
        }
    }
}

/// The pick becomes an action of the GPMI, remembering the catalogue and edition it came from
/// (once: a second pick of the same offer adds nothing). Who carries it follows the offer's
/// `carried_by`: the client, the OCMW (a home visit the worker makes), or, for a partner, nobody
/// yet, so the plan asks who (its ready-to-sign check names the action).
fn add_to_plan(dossier: &mut Dossier, pick: &PickedOffer, carried_by: Carrier, now: DateTime<Utc>) {
    use crate::domain::plan::{ActionOrigin, Owner, PlanEdit};
    let owner = match carried_by {
        Carrier::Client => Some(Owner::Client),
        Carrier::Ocmw => Some(Owner::Ocmw),
        Carrier::Partner => None,
    };
    let already = dossier.plan.actions.iter().any(|a| {
        matches!(&a.origin, ActionOrigin::Catalogue { catalogue, offer, .. } if *catalogue == pick.catalogue_id && *offer == pick.offer_id)
    });
    if already {
        return;
    }
    let origin = ActionOrigin::Catalogue {
        catalogue: pick.catalogue_id.clone(),
        catalogue_name: pick.catalogue_name.clone(),
        edition: pick.edition.clone(),
        offer: pick.offer_id.clone(),
        name_nl: pick.name.get(Lang::Nl).to_owned(),
        name_en: pick.name.get(Lang::En).to_owned(),
    };
    let what = pick.name.get(Lang::Nl).to_owned();
    crate::domain::plan::apply(dossier, PlanEdit::AddAction { origin, what, owner, due: None, goal: None }, now);
}
