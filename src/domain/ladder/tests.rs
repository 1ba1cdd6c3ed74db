use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::domain::catalogue::Catalogue;
use crate::domain::DossierId;
use crate::domain::{Dossier, Lang, Rung};
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
    let pick = LadderEdit::PickOffer {
        catalogue_id: cat.id.clone(),
        catalogue_name: cat.name.get(Lang::Nl).to_owned(),
        edition: cat.edition.clone(),
        carrier: PickCarrier::default_for(offer.carried_by),
        offer: Box::new(offer),
    };
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
    let pick = LadderEdit::PickOffer {
        catalogue_id: cat.id.clone(),
        catalogue_name: cat.name.get(Lang::Nl).to_owned(),
        edition: cat.edition.clone(),
        carrier: PickCarrier::default_for(offer.carried_by),
        offer: Box::new(offer),
    };
    assert!(apply(&mut d, pick.clone(), now()));
    assert!(!apply(&mut d, pick, now()));
    let p = d.ladder.picked_offers[0].clone();
    assert_eq!((p.catalogue_id.as_str(), p.edition.as_str(), p.offer_id.as_str()), ("oostende", "2024", "wijk-werken"));
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
    assert_eq!(*back.ladder, Ladder::default());
}

#[test]
fn rises_and_falls_are_counted_per_viewpoint() {
    let mut d = dossier();
    let mut place = |date, n, viewpoint| {
        let draft = PlacementDraft { viewpoint, ..draft(date, rung(n)) };
        assert!(apply(&mut d, LadderEdit::AddPlacement(draft), now()));
    };
    place(day(1, 10), 3, Viewpoint::Client);
    place(day(1, 10), 5, Viewpoint::Worker);
    place(day(3, 1), 4, Viewpoint::Client);
    place(day(3, 1), 4, Viewpoint::Worker);
    place(day(6, 1), 4, Viewpoint::Agreed);
    place(day(9, 1), 3, Viewpoint::Client);
    let moves: Vec<_> = d.ladder.history().iter().map(|h| (h.movement, h.from.map(|r| r.number()))).collect();
    assert_eq!(
        moves,
        [
            (Movement::Start, None),
            // The worker's 5 beside the client's 3 is another view, not a rise.
            (Movement::Start, None),
            (Movement::Rise, Some(3)),
            (Movement::Fall, Some(5)),
            // Agreed compares with the latest view of either.
            (Movement::Level, Some(4)),
            // Agreed counts as the client's view too.
            (Movement::Fall, Some(4)),
        ]
    );
    let history = d.ladder.history();
    assert_eq!(history[3].previous, Some(1), "the worker's point is compared with the worker's");
    assert_eq!(d.ladder.falls().len(), 2);
}

#[test]
fn a_picked_home_visit_is_carried_by_the_ocmw_and_names_its_catalogue() {
    let mut d = dossier();
    let cat = Catalogue::default_ref();
    let offer = cat.offer("thuisbezoek").unwrap().clone();
    assert_eq!(offer.carried_by, crate::domain::catalogue::Carrier::Ocmw);
    let pick = LadderEdit::PickOffer {
        catalogue_id: cat.id.clone(),
        catalogue_name: cat.name.get(Lang::Nl).to_owned(),
        edition: cat.edition.clone(),
        carrier: PickCarrier::default_for(offer.carried_by),
        offer: Box::new(offer),
    };
    apply(&mut d, pick, now());
    let action = &d.plan.actions[0];
    assert_eq!(action.owner, Some(crate::domain::plan::Owner::Ocmw), "the worker makes the visit");
    assert!(matches!(&action.origin, crate::domain::plan::ActionOrigin::Catalogue { catalogue_name, edition, .. }
        if catalogue_name == "OCMW Oostende" && edition == "2024"));
}

fn pick_with(d: &mut Dossier, offer_id: &str, carrier: PickCarrier) -> crate::domain::plan::PlanAction {
    let cat = Catalogue::default_ref();
    let offer = cat.offer(offer_id).unwrap().clone();
    let pick = LadderEdit::PickOffer {
        catalogue_id: cat.id.clone(),
        catalogue_name: cat.name.get(Lang::Nl).to_owned(),
        edition: cat.edition.clone(),
        offer: Box::new(offer),
        carrier,
    };
    assert!(apply(d, pick, now()));
    (**d.plan.actions.last().unwrap()).clone()
}

#[test]
fn who_carries_a_picked_offer_is_chosen_when_it_is_picked() {
    use crate::domain::catalogue::Carrier;
    use crate::domain::plan::Owner;
    // The offer's data is the default: client, OCMW, or the provider as a partner.
    assert_eq!(PickCarrier::default_for(Carrier::Client), PickCarrier::Client);
    assert_eq!(PickCarrier::default_for(Carrier::Ocmw), PickCarrier::Ocmw);
    assert_eq!(PickCarrier::default_for(Carrier::Partner), PickCarrier::Provider);
    for c in [PickCarrier::Client, PickCarrier::Ocmw, PickCarrier::ThirdParty(7), PickCarrier::Provider] {
        assert_eq!(PickCarrier::from_slug(&c.slug()), Some(c));
    }
    let mut d = dossier();
    // A client's offer the worker says the OCMW carries.
    assert_eq!(pick_with(&mut d, "wijk-werken", PickCarrier::Ocmw).owner, Some(Owner::Ocmw));
    // The provider as a partner: it joins the plan as a third party (once), and carries the action.
    let action = pick_with(&mut d, "interim", PickCarrier::Provider);
    assert_eq!(d.plan.third_parties.len(), 1);
    let partner = d.plan.third_parties[0].clone();
    assert_eq!(action.owner, Some(Owner::ThirdParty(partner.id)));
    assert!(!partner.name.is_empty());
    // A third party already in the plan, chosen by id; one no longer there leaves no owner.
    assert_eq!(
        pick_with(&mut d, "twe", PickCarrier::ThirdParty(partner.id)).owner,
        Some(Owner::ThirdParty(partner.id))
    );
    assert_eq!(pick_with(&mut d, "bvs", PickCarrier::ThirdParty(999)).owner, None);
    assert_eq!(d.plan.third_parties.len(), 1);
}

#[test]
fn a_provider_already_in_the_plan_is_reused() {
    use crate::domain::plan::{apply as plan_apply, Owner, PlanEdit, TextField};
    let mut d = dossier();
    let provider = Catalogue::default_ref().offer("interim").unwrap().provider.get(Lang::Nl).to_owned();
    plan_apply(&mut d, PlanEdit::AddThirdParty, now());
    let id = d.plan.third_parties[0].id;
    plan_apply(
        &mut d,
        PlanEdit::SetText(TextField::ThirdPartyName(id), format!(" {} ", provider.to_uppercase())),
        now(),
    );
    assert_eq!(pick_with(&mut d, "interim", PickCarrier::Provider).owner, Some(Owner::ThirdParty(id)));
    assert_eq!(d.plan.third_parties.len(), 1);
}

#[test]
fn an_edit_that_changes_nothing_leaves_the_shared_ladder_alone_and_a_change_copies_it() {
    use std::rc::Rc;
    let mut d = dossier();
    add(&mut d, day(1, 10), rung(2));
    assert!(apply(&mut d, LadderEdit::SetTarget(Rung::new(4)), now()));
    let placed = d.ladder.placements()[0].clone();
    let earlier = d.clone(); // as the app's previous state holds it
    for edit in [
        LadderEdit::SetTarget(Rung::new(4)),
        LadderEdit::DeletePlacement(999),
        LadderEdit::UnpickOffer(999),
        LadderEdit::UpdatePlacement(placed.id, placed.draft.clone()),
        LadderEdit::UpdatePlacement(999, draft(day(2, 1), rung(3))),
    ] {
        assert!(!apply(&mut d, edit.clone(), now()), "{edit:?} changes nothing");
        assert!(Rc::ptr_eq(&earlier.ladder, &d.ladder), "{edit:?} left the ladder shared");
    }
    assert!(apply(&mut d, LadderEdit::DeletePlacement(placed.id), now()));
    assert!(!Rc::ptr_eq(&earlier.ladder, &d.ladder));
    assert!(d.ladder.placements().is_empty());
    assert_eq!(earlier.ladder.placements(), [placed], "the earlier state keeps its own ladder");
}
