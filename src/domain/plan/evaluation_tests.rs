//! Evaluations with fixed dates: the kinds (and what older versions stored), the planned moment
//! an evaluation fulfils, the yearly rule over a year entered as it happens, the rung that
//! becomes a ladder placement, and the report.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::ladder::{Movement, Viewpoint};
use crate::domain::rules::YearStatus;
use crate::domain::{Dossier, DossierId, Lang, Rung};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 2, 9, 0, 0).unwrap()
}
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn edit(dos: &mut Dossier, e: PlanEdit) -> bool {
    apply(dos, e, now())
}

/// A plan of one year from 1 January 2026, with the proposed moments (1 May and 1 September in
/// person, 1 January 2027 by phone or video) and one goal and action.
fn year_plan() -> Dossier {
    let mut dos = Dossier::new(DossierId("e".into()), "Samira".into(), Lang::Nl, now());
    edit(&mut dos, PlanEdit::SetStart(Some(d(2026, 1, 1))));
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2027, 1, 1))));
    edit(&mut dos, PlanEdit::AddGoal);
    let goal = dos.plan.goals[0].id;
    edit(&mut dos, PlanEdit::SetText(TextField::GoalTitle(goal), "Work".into()));
    edit(
        &mut dos,
        PlanEdit::AddAction { origin: ActionOrigin::Free, what: "Apply".into(), owner: None, due: None, goal: None },
    );
    edit(&mut dos, PlanEdit::ProposeEvaluations);
    dos
}

fn held(date: NaiveDate, kind: EvaluationKind, planned: Option<u64>) -> EvaluationInput {
    EvaluationInput {
        date,
        kind,
        planned,
        present: "Samira, Lotte".into(),
        goals: vec![],
        changes: String::new(),
        new_rung: None,
        viewpoint: Viewpoint::Agreed,
    }
}

fn moment(dos: &Dossier, i: usize) -> &PlannedEvaluation {
    &dos.plan.planned_evaluations[i]
}

#[test]
fn older_stored_evaluations_stay_readable_and_planned_moments_keep_their_form() {
    let old = r#"{"id":4,"date":"2026-05-01","in_person":false,"recorded":"2026-05-01T10:00:00Z"}"#;
    let e: Evaluation = serde_json::from_str(old).unwrap();
    assert_eq!(e.kind, EvaluationKind::PhoneOrVideo);
    let new = serde_json::to_string(&e).unwrap();
    assert!(new.contains(r#""kind":"phone_or_video""#));
    assert_eq!(serde_json::from_str::<Evaluation>(&new).unwrap(), e);
    // A planned moment is written as before (the signed content holds it), written as a flag.
    let p: PlannedEvaluation = serde_json::from_str(r#"{"id":1,"date":"2026-05-01","in_person":true}"#).unwrap();
    assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"id":1,"date":"2026-05-01","in_person":true}"#);
    let w = PlannedEvaluation { kind: EvaluationKind::Written, ..p };
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(json, r#"{"id":1,"date":"2026-05-01","in_person":false,"written":true}"#);
    assert_eq!(serde_json::from_str::<PlannedEvaluation>(&json).unwrap(), w);
}

#[test]
fn an_evaluation_fulfils_the_nearest_open_moment_never_one_far_ahead() {
    let dos = year_plan();
    let (may, sep) = (moment(&dos, 0).id, moment(&dos, 1).id);
    assert_eq!(moment(&dos, 0).date, d(2026, 5, 1));
    // Held on 1 March: the moment of 1 May is two months ahead, so no moment by default.
    assert_eq!(dos.plan.default_link(d(2026, 3, 1)), None);
    // Held on 10 April: within 30 days of 1 May.
    assert_eq!(dos.plan.default_link(d(2026, 4, 10)), Some(may));
    // Held late on 20 June: the overdue moment of May is nearer than September.
    assert_eq!(dos.plan.default_link(d(2026, 6, 20)), Some(may));
    assert_eq!(dos.plan.default_link(d(2026, 8, 20)), Some(sep));
    // A wider margin is a setting.
    let mut wide = dos.clone();
    wide.plan.rules.evaluation_link_margin_days = 61;
    assert_eq!(wide.plan.default_link(d(2026, 3, 1)), Some(may));
    // A link to a moment beyond the margin is refused; the evaluation is kept, unlinked.
    let mut dos = dos;
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 3, 1), EvaluationKind::InPerson, Some(sep))));
    assert_eq!(dos.plan.evaluations[0].planned, None);
    assert!(!dos.plan.planned_done(sep));
}

#[test]
fn a_written_evaluation_against_an_in_person_moment_is_said() {
    let mut dos = year_plan();
    let may = moment(&dos, 0).id;
    assert_eq!(dos.plan.kind_mismatch(Some(may), EvaluationKind::Written), Some(EvaluationKind::InPerson));
    assert_eq!(dos.plan.kind_mismatch(Some(may), EvaluationKind::InPerson), None);
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 5, 1), EvaluationKind::Written, Some(may))));
    // Booked against the moment, and counted as what it was: written, not in person.
    assert!(dos.plan.planned_done(may));
    let year = dos.plan.year_counts(d(2026, 5, 2))[0];
    assert_eq!((year.held.total, year.held.in_person), (1, 0));
}

#[test]
fn a_year_of_evaluations_entered_as_they_happen_warns_at_the_right_moment() {
    let mut dos = year_plan();
    let status = |dos: &Dossier, today| dos.plan.year_counts(today)[0].status;
    // The proposal: 1 May and 1 September in person, 1 January 2027 by phone. On track.
    assert_eq!(status(&dos, d(2026, 1, 2)), YearStatus::OnTrack);
    // 1 May: held in person, on its moment.
    let may = dos.plan.default_link(d(2026, 5, 1));
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 5, 1), EvaluationKind::InPerson, may)));
    assert_eq!(status(&dos, d(2026, 5, 2)), YearStatus::OnTrack);
    // 3 September: the second evaluation was written, booked against the in-person moment. From
    // that moment the year can no longer reach two in person as planned: the warning shows.
    let sep = dos.plan.default_link(d(2026, 9, 3));
    assert_eq!(sep, Some(moment(&dos, 1).id));
    assert_eq!(status(&dos, d(2026, 9, 2)), YearStatus::OnTrack, "not before it happened");
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 9, 3), EvaluationKind::Written, sep)));
    assert_eq!(status(&dos, d(2026, 9, 3)), YearStatus::Short);
    // The worker plans the last moment in person instead: on track again.
    let last = moment(&dos, 2).id;
    dos.plan.planned_evaluations[2].kind = EvaluationKind::InPerson;
    assert_eq!(status(&dos, d(2026, 9, 4)), YearStatus::OnTrack);
    // It is not held: once the year is over it is missed (one in person, not two).
    dos.plan.planned_evaluations[2].kind = EvaluationKind::PhoneOrVideo;
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 12, 28), EvaluationKind::PhoneOrVideo, Some(last))));
    let year = dos.plan.year_counts(d(2027, 1, 2))[0];
    assert_eq!((year.held.total, year.held.in_person, year.status), (3, 1, YearStatus::Missed));
}

#[test]
fn the_rung_of_an_evaluation_becomes_a_placement_with_its_view_and_shows_a_fall() {
    let mut dos = year_plan();
    // The ladder says rung 5, in the worker's view.
    let five = crate::domain::ladder::PlacementDraft {
        date: d(2026, 1, 10),
        position: crate::domain::ladder::Position::Rung(Rung::new(5).unwrap()),
        viewpoint: Viewpoint::Worker,
        language_course: false,
        note: String::new(),
    };
    crate::domain::ladder::apply(&mut dos, crate::domain::ladder::LadderEdit::AddPlacement(five), now());
    let mut input = held(d(2026, 5, 1), EvaluationKind::InPerson, None);
    input.new_rung = Rung::new(4);
    input.viewpoint = Viewpoint::Worker;
    edit(&mut dos, PlanEdit::RecordEvaluation(input));
    let ev = &dos.plan.evaluations[0];
    let placement = dos.ladder.current().unwrap();
    assert_eq!(ev.placement, Some(placement.id));
    assert_eq!(placement.evaluation, Some(ev.id));
    assert_eq!((placement.draft.date, placement.draft.viewpoint), (d(2026, 5, 1), Viewpoint::Worker));
    let last = dos.ladder.history().pop().unwrap();
    assert_eq!((last.movement, last.from), (Movement::Fall, Rung::new(5)));
}

#[test]
fn the_report_holds_what_changed_the_next_moment_and_a_fingerprint_of_its_content() {
    let mut dos = year_plan();
    let may = dos.plan.default_link(d(2026, 5, 1));
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 5, 1), EvaluationKind::InPerson, may)));
    edit(&mut dos, PlanEdit::AddGoal);
    let action = dos.plan.actions[0].id;
    edit(&mut dos, PlanEdit::SetText(TextField::ActionWhat(action), "Apply twice a week".into()));
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 8, 20), EvaluationKind::InPerson, None)));
    let second = dos.plan.evaluations[1].id;
    let report = dos.evaluation_report(second).unwrap();
    assert_eq!(
        report.changes,
        vec![VersionChange::GoalAdded(String::new()), VersionChange::ActionChanged("Apply twice a week".into())]
    );
    assert_eq!(
        report.next.as_ref().map(|p| p.date),
        Some(d(2026, 9, 1)),
        "an unlinked evaluation leaves its moment open"
    );
    let first = dos.evaluation_report(dos.plan.evaluations[0].id).unwrap();
    assert!(first.changes.is_empty(), "no signed plan to compare the first with");
    assert_eq!(first.fulfils.as_ref().map(|p| p.date), Some(d(2026, 5, 1)));
    let fp = report.fingerprint("Samira");
    assert_eq!(fp.len(), 64);
    assert_ne!(fp, report.fingerprint("Samir"), "the name is part of what is printed");
    let mut later = report.clone();
    later.evaluation.recorded = Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap();
    assert_eq!(later.fingerprint("Samira"), fp, "when it was typed in is not printed");
}

#[test]
fn the_evaluation_settings_are_checked_before_they_are_kept() {
    let mut dos = year_plan();
    let mut rules = dos.plan.rules.clone();
    rules.evaluation_link_margin_days = -1;
    assert!(!edit(&mut dos, PlanEdit::SetRules(rules.clone())), "a negative margin is refused");
    rules.evaluation_link_margin_days = crate::domain::rules::MAX_LINK_MARGIN_DAYS + 1;
    assert!(!edit(&mut dos, PlanEdit::SetRules(rules.clone())));
    rules.evaluation_link_margin_days = 45;
    rules.short_year = crate::domain::rules::ShortYear::FullYear;
    assert!(edit(&mut dos, PlanEdit::SetRules(rules)));
    assert_eq!(dos.plan.rules.evaluation_link_margin_days, 45);
    // Stored rule sets from before these settings get the defaults.
    let old: crate::domain::rules::RuleSet = serde_json::from_str(r#"{"evaluations_per_year":3}"#).unwrap();
    assert_eq!((old.evaluation_link_margin_days, old.short_year), (30, crate::domain::rules::ShortYear::Proportional));
}

#[test]
fn a_dossier_stored_before_the_kinds_loads_with_its_evaluations() {
    let mut dos = year_plan();
    let may = dos.plan.default_link(d(2026, 5, 1));
    edit(&mut dos, PlanEdit::RecordEvaluation(held(d(2026, 5, 1), EvaluationKind::PhoneOrVideo, may)));
    // As the version before wrote it: a yes/no "in_person" and no view, placement or "written".
    let json = serde_json::to_string(&dos).unwrap().replace(r#""kind":"phone_or_video""#, r#""in_person":false"#);
    let json = json.replace(r#","viewpoint":"agreed""#, "");
    assert!(json.contains(r#""in_person":false"#) && !json.contains("phone_or_video"));
    let (loaded, migrated) = crate::storage::migration::load_dossier(&json).unwrap();
    assert!(!migrated, "no schema step is needed");
    assert_eq!(loaded.plan.evaluations[0].kind, EvaluationKind::PhoneOrVideo);
    assert_eq!(loaded.plan.evaluations[0].viewpoint, Viewpoint::Agreed);
    assert_eq!(loaded, dos);
}
