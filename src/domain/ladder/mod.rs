//! The participation ladder of one dossier: dated placements (on a rung or in a side status),
//! the target rung, and the offers picked from the catalogue (which become GPMI actions).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, LocalText, Offer};
use super::{Dossier, Lang, Rung};

/// Longest note of a placement, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Where a person stands: on a rung, or in a status that is not a rung.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Rung(Rung),
    /// The file is younger than four months: getting to know each other first.
    Orientation,
    /// Exempted for health or equity reasons.
    Exempted,
    /// Studying, with a GPMI for studies.
    Studying,
    /// Care comes first.
    CareFirst,
}

impl Position {
    pub const SIDE: [Position; 4] =
        [Position::Orientation, Position::Exempted, Position::Studying, Position::CareFirst];

    pub fn rung(self) -> Option<Rung> {
        match self {
            Position::Rung(r) => Some(r),
            _ => None,
        }
    }

    /// Message id of the position's name.
    pub fn message_id(self) -> String {
        match self {
            Position::Rung(r) => r.name_id(),
            Position::Orientation => "ladder-status-orientation".into(),
            Position::Exempted => "ladder-status-exempted".into(),
            Position::Studying => "ladder-status-studying".into(),
            Position::CareFirst => "ladder-status-care-first".into(),
        }
    }

    /// A stable text form, for form values and ids: `rung-4`, `orientation`, ...
    pub fn slug(self) -> String {
        match self {
            Position::Rung(r) => format!("rung-{}", r.number()),
            Position::Orientation => "orientation".into(),
            Position::Exempted => "exempted".into(),
            Position::Studying => "studying".into(),
            Position::CareFirst => "care-first".into(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Position> {
        if let Some(n) = s.strip_prefix("rung-") {
            return n.parse().ok().and_then(Rung::new).map(Position::Rung);
        }
        Position::SIDE.into_iter().find(|p| p.slug() == s)
    }

    /// Every position, rungs first (lowest first), then the side statuses.
    pub fn all() -> Vec<Position> {
        Rung::all().map(Position::Rung).chain(Position::SIDE).collect()
    }
}

/// Whose view a placement records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Viewpoint {
    Client,
    Worker,
    #[default]
    Agreed,
}

impl Viewpoint {
    pub const ALL: [Viewpoint; 3] = [Viewpoint::Agreed, Viewpoint::Client, Viewpoint::Worker];

    pub fn slug(self) -> &'static str {
        match self {
            Viewpoint::Client => "client",
            Viewpoint::Worker => "worker",
            Viewpoint::Agreed => "agreed",
        }
    }

    pub fn from_slug(s: &str) -> Option<Viewpoint> {
        Viewpoint::ALL.into_iter().find(|v| v.slug() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Viewpoint::Client => "ladder-view-client",
            Viewpoint::Worker => "ladder-view-worker",
            Viewpoint::Agreed => "ladder-view-agreed",
        }
    }
}

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
}

/// An offer chosen on the ladder, with a snapshot of its name so the plan stays readable when
/// the catalogue changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickedOffer {
    pub id: u64,
    pub catalogue_id: String,
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

#[derive(Clone, Debug, PartialEq)]
pub enum LadderEdit {
    AddPlacement(PlacementDraft),
    UpdatePlacement(u64, PlacementDraft),
    DeletePlacement(u64),
    SetTarget(Option<Rung>),
    /// Pick an offer of a catalogue (a snapshot is taken; picking the same offer twice does nothing).
    PickOffer {
        catalogue_id: String,
        edition: String,
        offer: Offer,
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
            dossier.ladder.placements.push(Placement { id, draft });
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
        LadderEdit::PickOffer { catalogue_id, edition, offer } => {
            if dossier.ladder.is_picked(&catalogue_id, &offer.id) {
                return false;
            }
            let id = dossier.new_item_id();
            let pick = PickedOffer {
                id,
                catalogue_id,
                edition,
                offer_id: offer.id,
                rung: offer.rung,
                name: offer.name.only(&[Lang::Nl, Lang::En]),
                provider: offer.provider.only(&[Lang::Nl, Lang::En]),
                picked: now,
            };
            add_to_plan(dossier, &pick, now);
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

/// How a placement compares with the rung before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// The first rung placement.
    Start,
    Rise,
    Fall,
    Level,
    /// A side status (no rung to compare).
    Aside,
}

impl Movement {
    pub fn message_id(self) -> &'static str {
        match self {
            Movement::Start => "ladder-move-start",
            Movement::Rise => "ladder-move-rise",
            Movement::Fall => "ladder-move-fall",
            Movement::Level => "ladder-move-level",
            Movement::Aside => "ladder-move-aside",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Movement::Start => "start",
            Movement::Rise => "rise",
            Movement::Fall => "fall",
            Movement::Level => "level",
            Movement::Aside => "aside",
        }
    }
}

/// One point of the history: a placement and how it moved from the previous rung.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryPoint {
    pub placement_id: u64,
    pub date: NaiveDate,
    pub position: Position,
    pub movement: Movement,
    /// For a fall or rise: the rung before.
    pub from: Option<Rung>,
}

impl Ladder {
    /// Oldest first; placements on the same day keep the order they were made in.
    fn sort(&mut self) {
        self.placements.sort_by_key(|p| (p.draft.date, p.id));
    }

    /// Placements oldest first.
    pub fn placements(&self) -> &[Placement] {
        &self.placements
    }

    /// The latest placement, whatever it is.
    pub fn current(&self) -> Option<&Placement> {
        self.placements.last()
    }

    /// The rung of the latest placement (none when the latest is a side status).
    pub fn current_rung(&self) -> Option<Rung> {
        self.current().and_then(|p| p.draft.position.rung())
    }

    /// Whether the target rung is reached (current rung at or above it).
    pub fn target_reached(&self) -> bool {
        matches!((self.current_rung(), self.target), (Some(c), Some(t)) if c >= t)
    }

    pub fn is_picked(&self, catalogue_id: &str, offer_id: &str) -> bool {
        self.picked_offers.iter().any(|p| p.catalogue_id == catalogue_id && p.offer_id == offer_id)
    }

    /// The history, oldest first, each placement with its movement from the previous rung.
    pub fn history(&self) -> Vec<HistoryPoint> {
        let mut last: Option<Rung> = None;
        self.placements
            .iter()
            .map(|p| {
                let (movement, from) = match (p.draft.position.rung(), last) {
                    (None, _) => (Movement::Aside, None),
                    (Some(_), None) => (Movement::Start, None),
                    (Some(r), Some(l)) if r > l => (Movement::Rise, Some(l)),
                    (Some(r), Some(l)) if r < l => (Movement::Fall, Some(l)),
                    (Some(_), Some(l)) => (Movement::Level, Some(l)),
                };
                if let Some(r) = p.draft.position.rung() {
                    last = Some(r);
                }
                HistoryPoint { placement_id: p.id, date: p.draft.date, position: p.draft.position, movement, from }
            })
            .collect()
    }

    /// The falls of the history (a lower rung than the one before).
    pub fn falls(&self) -> Vec<HistoryPoint> {
        self.history().into_iter().filter(|h| h.movement == Movement::Fall).collect()
    }
}

/// The catalogue in use and its offers on a rung (helper for screens).
pub fn offers_on<'a>(catalogue: &'a Catalogue, rung: Rung) -> Vec<&'a Offer> {
    catalogue.offers_on(rung).collect()
}

/// The pick becomes an action of the GPMI, for the client, remembering the catalogue and edition
/// it came from (once: a second pick of the same offer adds nothing).
fn add_to_plan(dossier: &mut Dossier, pick: &PickedOffer, now: DateTime<Utc>) {
    use super::plan::{ActionOrigin, Owner, PlanEdit};
    let already = dossier.plan.actions.iter().any(|a| {
        matches!(&a.origin, ActionOrigin::Catalogue { catalogue, offer, .. } if *catalogue == pick.catalogue_id && *offer == pick.offer_id)
    });
    if already {
        return;
    }
    let origin = ActionOrigin::Catalogue {
        catalogue: pick.catalogue_id.clone(),
        edition: pick.edition.clone(),
        offer: pick.offer_id.clone(),
        name_nl: pick.name.get(Lang::Nl).to_owned(),
        name_en: pick.name.get(Lang::En).to_owned(),
    };
    let what = pick.name.get(Lang::Nl).to_owned();
    super::plan::apply(
        dossier,
        PlanEdit::AddAction { origin, what, owner: Some(Owner::Client), due: None, goal: None },
        now,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DossierId;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn rung(n: u8) -> Position {
        Position::Rung(Rung::new(n).unwrap())
    }

    fn draft(date: NaiveDate, position: Position) -> PlacementDraft {
        PlacementDraft { date, position, viewpoint: Viewpoint::Agreed, language_course: false, note: String::new() }
    }

    fn dossier() -> Dossier {
        Dossier::new(DossierId("d".into()), "A".into(), Lang::Nl, now())
    }

    fn add(d: &mut Dossier, date: NaiveDate, position: Position) {
        assert!(apply(d, LadderEdit::AddPlacement(draft(date, position)), now()));
    }

    #[test]
    fn placements_are_kept_in_date_order_and_same_day_in_entry_order() {
        let mut d = dossier();
        add(&mut d, day(5, 1), rung(3));
        add(&mut d, day(2, 1), rung(2));
        add(&mut d, day(5, 1), rung(2));
        let order: Vec<_> = d.ladder.placements().iter().map(|p| (p.draft.date, p.draft.position)).collect();
        assert_eq!(order, [(day(2, 1), rung(2)), (day(5, 1), rung(3)), (day(5, 1), rung(2))]);
        // Moving a placement's date re-sorts.
        let first = d.ladder.placements()[0].id;
        assert!(apply(&mut d, LadderEdit::UpdatePlacement(first, draft(day(9, 1), rung(4))), now()));
        assert_eq!(d.ladder.current().unwrap().id, first);
    }

    #[test]
    fn current_and_target_rung() {
        let mut d = dossier();
        assert_eq!(d.ladder.current_rung(), None);
        add(&mut d, day(1, 10), rung(2));
        assert!(apply(&mut d, LadderEdit::SetTarget(Rung::new(4)), now()));
        assert!(!apply(&mut d, LadderEdit::SetTarget(Rung::new(4)), now()), "same target: no change");
        assert!(!d.ladder.target_reached());
        add(&mut d, day(3, 1), rung(4));
        assert!(d.ladder.target_reached(), "reaching rung 4 as the highest achievable is a success");
        add(&mut d, day(4, 1), Position::CareFirst);
        assert_eq!(d.ladder.current_rung(), None, "a side status is not a rung");
        assert!(!d.ladder.target_reached());
    }

    #[test]
    fn falls_are_detected_and_the_history_is_honest() {
        let mut d = dossier();
        add(&mut d, day(1, 5), rung(2));
        add(&mut d, day(3, 1), rung(3));
        add(&mut d, day(4, 1), Position::Exempted);
        add(&mut d, day(6, 1), rung(2));
        add(&mut d, day(8, 1), rung(2));
        add(&mut d, day(10, 1), rung(4));
        let moves: Vec<_> = d.ladder.history().iter().map(|h| (h.movement, h.from.map(Rung::number))).collect();
        assert_eq!(
            moves,
            [
                (Movement::Start, None),
                (Movement::Rise, Some(2)),
                (Movement::Aside, None),
                (Movement::Fall, Some(3)),
                (Movement::Level, Some(2)),
                (Movement::Rise, Some(2)),
            ]
        );
        let falls = d.ladder.falls();
        assert_eq!(falls.len(), 1);
        assert_eq!((falls[0].date, falls[0].position), (day(6, 1), rung(2)));
    }

    #[test]
    fn notes_are_trimmed_and_too_long_notes_refused() {
        let mut d = dossier();
        let mut long = draft(day(1, 1), rung(1));
        long.note = "x".repeat(MAX_NOTE_CHARS + 1);
        assert!(!apply(&mut d, LadderEdit::AddPlacement(long.clone()), now()));
        assert_eq!(validate_draft(long), Err(PlacementError::NoteTooLong { max: MAX_NOTE_CHARS, actual: 2001 }));
        let mut ok = draft(day(1, 1), rung(1));
        ok.note = "  samen beslist  ".into();
        add(&mut d, day(1, 1), rung(1));
        let id = d.ladder.placements()[0].id;
        assert!(apply(&mut d, LadderEdit::UpdatePlacement(id, ok), now()));
        assert_eq!(d.ladder.placements()[0].draft.note, "samen beslist");
    }

    #[test]
    fn delete_removes_only_that_placement() {
        let mut d = dossier();
        add(&mut d, day(1, 1), rung(1));
        add(&mut d, day(2, 1), rung(2));
        let id = d.ladder.placements()[0].id;
        assert!(apply(&mut d, LadderEdit::DeletePlacement(id), now()));
        assert!(!apply(&mut d, LadderEdit::DeletePlacement(id), now()));
        assert_eq!(d.ladder.placements().len(), 1);
    }

    #[test]
    fn a_picked_offer_becomes_one_plan_action_for_the_client() {
        let mut d = dossier();
        let cat = Catalogue::default_ref();
        let offer = cat.offer("wijk-werken").unwrap().clone();
        let pick = LadderEdit::PickOffer { catalogue_id: cat.id.clone(), edition: cat.edition.clone(), offer };
        apply(&mut d, pick.clone(), now());
        assert_eq!(d.plan.actions.len(), 1);
        let action = &d.plan.actions[0];
        assert_eq!(action.what, "Wijk-werken");
        assert_eq!(action.owner, Some(crate::domain::plan::Owner::Client));
        assert!(matches!(&action.origin, crate::domain::plan::ActionOrigin::Catalogue { offer, edition, .. }
            if offer == "wijk-werken" && edition == "2024"));
        // Unpicking and picking again does not add it a second time.
        let picked = d.ladder.picked_offers[0].id;
        apply(&mut d, LadderEdit::UnpickOffer(picked), now());
        apply(&mut d, pick, now());
        assert_eq!(d.plan.actions.len(), 1);
    }

    #[test]
    fn a_picked_offer_keeps_a_snapshot_and_is_picked_once() {
        let mut d = dossier();
        let cat = Catalogue::default_ref();
        let offer = cat.offer("wijk-werken").unwrap().clone();
        let pick = LadderEdit::PickOffer { catalogue_id: cat.id.clone(), edition: cat.edition.clone(), offer };
        assert!(apply(&mut d, pick.clone(), now()));
        assert!(!apply(&mut d, pick, now()));
        let p = d.ladder.picked_offers[0].clone();
        assert_eq!(
            (p.catalogue_id.as_str(), p.edition.as_str(), p.offer_id.as_str()),
            ("oostende", "2024", "wijk-werken")
        );
        assert_eq!(p.name.get(Lang::Nl), "Wijk-werken");
        assert_eq!(p.rung.number(), 4);
        let json = serde_json::to_string(&d).unwrap();
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back.ladder, d.ladder);
        assert!(apply(&mut d, LadderEdit::UnpickOffer(p.id), now()));
        assert!(d.ladder.picked_offers.is_empty());
    }

    #[test]
    fn positions_round_trip_as_slugs_and_json() {
        for p in Position::all() {
            assert_eq!(Position::from_slug(&p.slug()), Some(p));
        }
        assert_eq!(serde_json::to_string(&rung(4)).unwrap(), r#"{"rung":4}"#);
        assert_eq!(serde_json::to_string(&Position::CareFirst).unwrap(), r#""care-first""#);
        assert_eq!(Position::from_slug("rung-9"), None);
    }

    #[test]
    fn stored_dossiers_without_a_ladder_still_load() {
        let json = serde_json::to_string(&dossier()).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        value.as_object_mut().unwrap().remove("ladder");
        let back: Dossier = serde_json::from_value(value).unwrap();
        assert_eq!(back.ladder, Ladder::default());
    }
}
