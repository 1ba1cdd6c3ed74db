//! Every change to the ladder, and applying it (a picked offer becomes a GPMI action).

use std::rc::Rc;

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
        /// Who carries the action, asked when the offer is picked (`PickCarrier::default_for`
        /// the offer's `carried_by` preselected).
        carrier: PickCarrier,
    },
    UnpickOffer(u64),
}

/// Who carries a picked offer's action: the client, the OCMW, a third party already in the plan,
/// or the offer's provider as a partner (added to the plan as a third party, or the one of that
/// name reused, so the plan's signers follow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickCarrier {
    Client,
    Ocmw,
    ThirdParty(u64),
    Provider,
}

impl PickCarrier {
    /// What the offer's data says: `carried_by` client, ocmw or partner.
    pub fn default_for(carried_by: Carrier) -> PickCarrier {
        match carried_by {
            Carrier::Client => PickCarrier::Client,
            Carrier::Ocmw => PickCarrier::Ocmw,
            Carrier::Partner => PickCarrier::Provider,
        }
    }

    /// The value used in a form control.
    pub fn slug(self) -> String {
        match self {
            PickCarrier::Client => "client".into(),
            PickCarrier::Ocmw => "ocmw".into(),
            PickCarrier::ThirdParty(id) => format!("third-{id}"),
            PickCarrier::Provider => "provider".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<PickCarrier> {
        match slug {
            "client" => Some(PickCarrier::Client),
            "ocmw" => Some(PickCarrier::Ocmw),
            "provider" => Some(PickCarrier::Provider),
            _ => slug.strip_prefix("third-")?.parse().ok().map(PickCarrier::ThirdParty),
        }
    }
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
            let ladder = Rc::make_mut(&mut dossier.ladder);
            ladder.placements.push(Placement { id, draft, evaluation: None });
            ladder.sort();
            true
        }
        LadderEdit::UpdatePlacement(id, draft) => {
            let Ok(draft) = validate_draft(draft) else { return false };
            let Some(at) = dossier.ladder.placements.iter().position(|p| p.id == id) else { return false };
            if dossier.ladder.placements[at].draft == draft {
                return false;
            }
            let ladder = Rc::make_mut(&mut dossier.ladder);
            ladder.placements[at].draft = draft;
            ladder.sort();
            true
        }
        LadderEdit::DeletePlacement(id) => {
            if !dossier.ladder.placements.iter().any(|p| p.id == id) {
                return false;
            }
            Rc::make_mut(&mut dossier.ladder).placements.retain(|p| p.id != id);
            true
        }
        LadderEdit::SetTarget(target) => {
            if dossier.ladder.target == target {
                return false;
            }
            Rc::make_mut(&mut dossier.ladder).target = target;
            true
        }
        LadderEdit::PickOffer { catalogue_id, catalogue_name, edition, offer, carrier } => {
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
            add_to_plan(dossier, &pick, carrier, now);
            Rc::make_mut(&mut dossier.ladder).picked_offers.push(pick);
            true
        }
        LadderEdit::UnpickOffer(id) => {
            if !dossier.ladder.picked_offers.iter().any(|p| p.id == id) {
                return false;
            }
            Rc::make_mut(&mut dossier.ladder).picked_offers.retain(|p| p.id != id);
            true
        }
    }
}

/// The pick becomes an action of the GPMI, remembering the catalogue and edition it came from
/// (once: a second pick of the same offer adds nothing), carried by whom the worker chose when
/// picking it. A provider becomes a third party of the plan (named after the provider, or the
/// one already of that name), so it is asked to sign; a third party no longer in the plan, or a
/// provider without a name, leaves the action without an owner, which ready-to-sign names.
fn add_to_plan(dossier: &mut Dossier, pick: &PickedOffer, carrier: PickCarrier, now: DateTime<Utc>) {
    use crate::domain::plan::{ActionOrigin, Owner, PlanEdit, ThirdParty};
    let owner = match carrier {
        PickCarrier::Client => Some(Owner::Client),
        PickCarrier::Ocmw => Some(Owner::Ocmw),
        PickCarrier::ThirdParty(id) => {
            dossier.plan.third_parties.iter().any(|p| p.id == id).then_some(Owner::ThirdParty(id))
        }
        PickCarrier::Provider => {
            let name = pick.provider.get(Lang::Nl).trim().to_owned();
            let known = dossier.plan.third_parties.iter().find(|p| p.name.trim().eq_ignore_ascii_case(&name));
            match known {
                _ if name.is_empty() => None,
                Some(p) => Some(Owner::ThirdParty(p.id)),
                None => {
                    let id = dossier.new_item_id();
                    dossier.plan.third_parties.push(ThirdParty { id, name, role: String::new(), tasks: String::new() });
                    Some(Owner::ThirdParty(id))
                }
            }
        }
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
