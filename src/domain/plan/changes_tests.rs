//! What changed between two versions of a plan, and since the last signed version.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::example::example_dossier;
use crate::domain::rules::EvaluationKind;
use crate::domain::signing::{Signature, SignerRole, SigningEdit};
use crate::domain::{Dossier, DossierEdit, DossierId, Rung};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}
fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}
/// Edits are made the day after signing.
fn edit(d: &mut Dossier, e: PlanEdit) -> bool {
    DossierEdit::Plan(e).apply(d, Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap())
}
fn sign(d: &mut Dossier, role: SignerRole, on: NaiveDate, at: DateTime<Utc>) {
    let s = Signature {
        role,
        name: "X".into(),
        date: on,
        place: "Oostende".into(),
        strokes: vec![vec![(1, 2), (30, 40)]],
        typed: false,
    };
    assert!(DossierEdit::Signing(SigningEdit::Sign(s)).apply(d, at));
}
/// The example (made at 09:00, with its evaluations), signed by every party at 10:00.
fn signed() -> Dossier {
    let mut d = example_dossier(DossierId("ex".into()), now());
    let at = now() + Duration::hours(1);
    sign(&mut d, SignerRole::Client, day(2026, 11, 24), at);
    sign(&mut d, SignerRole::Worker, day(2026, 11, 24), at);
    let mediator = SignerRole::ThirdParty(d.plan.third_parties[0].id);
    sign(&mut d, mediator, day(2026, 11, 24), at);
    assert!(d.fully_signed());
    d
}
fn since(d: &Dossier) -> Vec<PlanChange> {
    d.changes_since_signed().expect("a signed version").changes
}

#[test]
fn identical_versions_have_no_changes() {
    let d = signed();
    assert_eq!(plan_changes(&d.plan, &d.plan, None), vec![]);
    assert_eq!(plan_changes(&d.plan, &d.plan.clone(), Some(now())), vec![]);
    // The plan as signed: nothing changed since, so nothing to show.
    assert_eq!(d.changes_since_signed(), None);
    // A status moving on is follow-up, not a change of what was signed.
    let mut later = d.clone();
    let first = later.plan.actions[0].id;
    assert!(edit(&mut later, PlanEdit::SetActionStatus(first, ActionStatus::Done)));
    assert_eq!(plan_changes(&d.plan, &later.plan, None), vec![]);
    assert_eq!(later.changes_since_signed(), None);
}

#[test]
fn a_dossier_never_signed_shows_nothing() {
    let d = example_dossier(DossierId("ex".into()), now());
    assert_eq!(d.changes_since_signed(), None);
    assert_eq!(d.round_changes(0), None);
}

#[test]
fn goals_added_removed_and_changed() {
    let mut d = signed();
    let (work, money) = (d.plan.goals[0].id, d.plan.goals[1].id);
    let (old_work, old_money) = (d.plan.goals[0].title.clone(), d.plan.goals[1].title.clone());
    assert!(edit(&mut d, PlanEdit::SetText(TextField::GoalTitle(work), "Werk in de zorg".into())));
    assert!(edit(&mut d, PlanEdit::RemoveGoal(money)));
    assert!(edit(&mut d, PlanEdit::AddGoal));
    let new = d.plan.goals.last().unwrap().id;
    assert!(edit(&mut d, PlanEdit::SetText(TextField::GoalTitle(new), "Rijbewijs halen".into())));
    let changes = since(&d);
    assert!(changes.contains(&PlanChange::GoalChanged { title: "Werk in de zorg".into(), was: Some(old_work) }));
    assert!(changes.contains(&PlanChange::GoalRemoved { title: old_money }));
    assert!(changes.contains(&PlanChange::GoalAdded { title: "Rijbewijs halen".into() }));
    // The actions of the removed goal lost their goal: each is said once, as changed.
    assert!(changes.iter().any(|c| matches!(c, PlanChange::ActionChanged { .. })));
    // A goal's reason changing is a change too, without a former title.
    let mut d = signed();
    assert!(edit(&mut d, PlanEdit::SetText(TextField::GoalWhy(work), "Voor mijn kinderen".into())));
    assert_eq!(since(&d), vec![PlanChange::GoalChanged { title: d.plan.goals[0].title.clone(), was: None }]);
}

#[test]
fn a_goal_period_moved_says_both_periods() {
    let mut d = signed();
    let g = d.plan.goals[0].clone();
    assert!(edit(&mut d, PlanEdit::SetGoalUntil(g.id, Some(day(2027, 9, 1)))));
    assert_eq!(
        since(&d),
        vec![PlanChange::GoalPeriod {
            title: g.title.clone(),
            was: (g.from, g.until),
            now: (g.from, Some(day(2027, 9, 1)))
        }]
    );
}

#[test]
fn actions_added_removed_and_changed_say_what_who_and_by_when() {
    let mut d = signed();
    let (a, b) = (d.plan.actions[0].clone(), d.plan.actions[1].clone());
    let ocmw = d.plan.ocmw_name.clone();
    assert!(edit(
        &mut d,
        PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: "Infosessie VDAB".into(),
            owner: Some(Owner::Client),
            due: Some(day(2027, 1, 15)),
            goal: None,
        }
    ));
    assert!(edit(&mut d, PlanEdit::RemoveAction(b.id)));
    assert!(edit(&mut d, PlanEdit::SetText(TextField::ActionWhat(a.id), "Twee sollicitaties per week".into())));
    assert!(edit(&mut d, PlanEdit::SetActionOwner(a.id, Some(Owner::Ocmw))));
    assert!(edit(&mut d, PlanEdit::SetActionDue(a.id, Some(day(2027, 2, 1)))));
    let what = "Twee sollicitaties per week".to_owned();
    assert_eq!(
        since(&d),
        vec![
            PlanChange::ActionWhat { what: what.clone(), was: a.what.clone() },
            PlanChange::ActionWho { what: what.clone(), was: Who::of(&d.plan, a.owner), now: Who::Ocmw(ocmw) },
            PlanChange::ActionDue { what, was: a.due, now: Some(day(2027, 2, 1)) },
            PlanChange::ActionAdded { what: "Infosessie VDAB".into(), who: Who::Client, due: Some(day(2027, 1, 15)) },
            PlanChange::ActionRemoved { what: b.what.clone() },
        ]
    );
}

#[test]
fn where_the_strength_comes_from_is_a_change_of_the_action() {
    let mut d = signed();
    let a = d.plan.actions[0].clone();
    assert!(edit(&mut d, PlanEdit::SetActionStrength(a.id, Some(Strength::Network))));
    assert_eq!(since(&d), vec![PlanChange::ActionChanged { what: a.what.clone() }]);
    // Taking the choice back restores the signed version (and its signatures).
    assert!(edit(&mut d, PlanEdit::SetActionStrength(a.id, None)));
    assert_eq!(d.changes_since_signed(), None);
    assert!(d.fully_signed());
}

#[test]
fn moved_plan_dates_and_evaluation_moments_are_listed_with_both_dates() {
    let mut d = signed();
    let (start, end) = (d.plan.start, d.plan.end);
    assert!(edit(&mut d, PlanEdit::SetEnd(Some(day(2027, 12, 31)))));
    assert!(edit(&mut d, PlanEdit::SetStart(Some(day(2026, 8, 1)))));
    // The last moment is still open, so it can go.
    let gone = d.plan.planned_evaluations.last().unwrap().clone();
    assert!(edit(&mut d, PlanEdit::RemovePlannedEvaluation(gone.id)));
    d.plan.planned_evaluations.push(PlannedEvaluation {
        id: 900,
        date: day(2027, 6, 1),
        kind: EvaluationKind::Written,
    });
    assert_eq!(
        since(&d),
        vec![
            PlanChange::DateMoved { field: DateField::Start, was: start, now: Some(day(2026, 8, 1)) },
            PlanChange::DateMoved { field: DateField::End, was: end, now: Some(day(2027, 12, 31)) },
            // In date order.
            PlanChange::EvaluationAdded(day(2027, 6, 1)),
            PlanChange::EvaluationRemoved(gone.date),
        ]
    );
    // The same date with another kind is a changed moment, not one removed and one added.
    let mut d = signed();
    let p = d.plan.planned_evaluations[1].clone();
    d.plan.planned_evaluations[1].kind =
        if p.kind == EvaluationKind::Written { EvaluationKind::InPerson } else { EvaluationKind::Written };
    assert_eq!(since(&d), vec![PlanChange::EvaluationChanged(p.date)]);
}

#[test]
fn a_new_rung_recorded_since_signing_is_listed_and_an_older_one_is_not() {
    let mut d = signed();
    let mut old = d.plan.clone();
    let rung = Rung::new(4).unwrap();
    let record = |on: NaiveDate, new_rung: Option<Rung>| EvaluationInput {
        date: on,
        kind: EvaluationKind::InPerson,
        planned: None,
        present: String::new(),
        goals: vec![],
        changes: String::new(),
        new_rung,
        viewpoint: Default::default(),
    };
    // Recorded before the signing (09:30): part of what was known then.
    let before_signing = now() + Duration::minutes(30);
    assert!(DossierEdit::Plan(PlanEdit::RecordEvaluation(record(day(2026, 11, 24), Some(Rung::new(3).unwrap()))))
        .apply(&mut d, before_signing));
    // After: the rung is new, and the goal changed too (else nothing needs signing again).
    assert!(edit(&mut d, PlanEdit::RecordEvaluation(record(day(2026, 11, 25), Some(rung)))));
    let goal = d.plan.goals[0].id;
    assert!(edit(&mut d, PlanEdit::SetText(TextField::GoalWhy(goal), "Voor mijn kinderen".into())));
    let changes = since(&d);
    assert_eq!(changes.last(), Some(&PlanChange::NewRung { rung, on: day(2026, 11, 25) }));
    assert_eq!(changes.iter().filter(|c| matches!(c, PlanChange::NewRung { .. })).count(), 1);
    // Between two plans with their evaluations: only the one the earlier plan lacks.
    old.evaluations = d.plan.evaluations[..d.plan.evaluations.len() - 1].to_vec();
    let between = plan_changes(&old, &d.plan, None);
    assert_eq!(between.iter().filter(|c| matches!(c, PlanChange::NewRung { .. })).count(), 1);
}

#[test]
fn other_parts_of_the_signed_content_are_named() {
    let mut d = signed();
    assert!(edit(&mut d, PlanEdit::SetText(TextField::Topic(Topic::Future), "Een eigen zaak".into())));
    assert!(edit(&mut d, PlanEdit::SetText(TextField::Question(Question::OcmwExpects), "Elke week bellen".into())));
    assert!(edit(&mut d, PlanEdit::SetText(TextField::WorkerName, "Lotte".into())));
    assert_eq!(
        since(&d),
        vec![PlanChange::Part(Part::Basics), PlanChange::Part(Part::Topics), PlanChange::Part(Part::Agreements)]
    );
    // The client's name is signed content too.
    let mut d = signed();
    d.client_name = "Samira B.".into();
    assert_eq!(since(&d), vec![PlanChange::Part(Part::Basics)]);
}

#[test]
fn after_signing_again_the_change_list_is_against_the_version_before() {
    let mut d = signed();
    let money = d.plan.goals[1].clone();
    assert!(edit(&mut d, PlanEdit::RemoveGoal(money.id)));
    let first = d.signing.rounds[0].fingerprint.clone();
    let later = Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap();
    sign(&mut d, SignerRole::Client, day(2026, 12, 2), later);
    let now_signed = d.changes_since_signed().unwrap();
    assert_eq!(now_signed.round.fingerprint, first);
    assert_eq!(now_signed.signed_on, day(2026, 11, 24));
    assert_eq!(now_signed.fingerprint, d.plan_fingerprint());
    assert_ne!(now_signed.fingerprint, first);
    assert!(now_signed.changes.contains(&PlanChange::GoalRemoved { title: money.title.clone() }));
    // The second round, printed later, carries the same list against the first.
    let round = d.round_changes(1).unwrap();
    assert_eq!((round.round.fingerprint.as_str(), round.changes.clone()), (first.as_str(), now_signed.changes));
    assert_eq!(d.round_changes(0), None);
}

#[test]
fn an_old_stored_dossier_with_a_signed_version_loads_and_shows_its_changes() {
    // Stored before actions had a strength: the signed copy has no such field anywhere.
    let d = signed();
    let json = serde_json::to_string(&d).unwrap();
    assert!(!json.contains("strength"));
    let (mut back, _) = crate::storage::migration::load_dossier(&json).unwrap();
    assert_eq!(back.plan_fingerprint(), d.plan_fingerprint());
    assert!(back.fully_signed());
    let a = back.plan.actions[0].clone();
    assert!(edit(&mut back, PlanEdit::SetActionDue(a.id, a.due.map(|d| d + Duration::days(7)))));
    let changes = back.changes_since_signed().unwrap();
    assert_eq!(changes.signed_on, day(2026, 11, 24));
    assert_eq!(
        changes.changes,
        vec![PlanChange::ActionDue { what: a.what.clone(), was: a.due, now: a.due.map(|d| d + Duration::days(7)) }]
    );
}
