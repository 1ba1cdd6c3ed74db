use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::rules::Ground;
use crate::domain::{Dossier, DossierId, Lang, LifeDomain, Rung};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn dossier() -> Dossier {
    Dossier::new(DossierId("p1".into()), "Samira".into(), Lang::Nl, now())
}
fn edit(d: &mut Dossier, e: PlanEdit) -> bool {
    apply(d, e, now())
}
fn add_action(d: &mut Dossier, what: &str, owner: Option<Owner>, due: Option<NaiveDate>) -> u64 {
    edit(d, PlanEdit::AddAction { origin: ActionOrigin::Free, what: what.into(), owner, due, goal: None });
    d.plan.actions.last().unwrap().id
}

/// A plan with everything needed to sign.
fn complete() -> Dossier {
    let mut dos = dossier();
    edit(&mut dos, PlanEdit::SetType(Some(PlanType::Employment)));
    edit(&mut dos, PlanEdit::SetStart(Some(d(2026, 12, 1))));
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2027, 11, 30))));
    edit(&mut dos, PlanEdit::SetText(TextField::WorkerName, "Lotte".into()));
    edit(&mut dos, PlanEdit::SetText(TextField::OcmwName, "OCMW Oostende".into()));
    edit(&mut dos, PlanEdit::AddGoal);
    let g = dos.plan.goals[0].id;
    edit(&mut dos, PlanEdit::SetText(TextField::GoalTitle(g), "Work".into()));
    edit(&mut dos, PlanEdit::SetGoalDomain(g, Some(LifeDomain::Work)));
    add_action(&mut dos, "Apply for jobs", Some(Owner::Client), Some(d(2027, 1, 15)));
    edit(&mut dos, PlanEdit::SetText(TextField::Means(MeansOf::Ocmw), "Coaching every two weeks".into()));
    edit(&mut dos, PlanEdit::ProposeEvaluations);
    edit(&mut dos, PlanEdit::RecordExplained(d(2026, 11, 24)));
    dos
}

#[test]
fn a_complete_plan_is_ready_to_sign() {
    let dos = complete();
    assert_eq!(dos.plan.missing(), vec![]);
    assert_eq!(dos.plan.planned_evaluations.len(), 3);
    assert!(dos.plan.explained_now());
}

#[test]
fn the_check_names_what_is_missing() {
    let mut dos = dossier();
    let missing = dos.plan.missing();
    for m in
        [Missing::NoType, Missing::NoWorkerName, Missing::NoOcmwName, Missing::NoGoal, Missing::NoEvaluationPlanned]
    {
        assert!(missing.contains(&m), "{m:?} in {missing:?}");
    }
    let mut dos2 = complete();
    let id = dos2.plan.actions[0].id;
    edit(&mut dos2, PlanEdit::SetActionOwner(id, None));
    edit(&mut dos2, PlanEdit::SetActionDue(id, None));
    assert_eq!(
        dos2.plan.missing(),
        vec![
            Missing::ActionWithoutOwner { what: "Apply for jobs".into() },
            Missing::ActionWithoutDate { what: "Apply for jobs".into() },
            Missing::ChangedSinceExplained,
        ]
    );
    // A third party who leaves takes the ownership of their actions along.
    edit(&mut dos, PlanEdit::AddThirdParty);
    let p = dos.plan.third_parties[0].id;
    let a = add_action(&mut dos, "Repayment plan", Some(Owner::ThirdParty(p)), Some(d(2027, 1, 1)));
    assert!(dos.plan.missing().contains(&Missing::ThirdPartyWithoutName));
    edit(&mut dos, PlanEdit::RemoveThirdParty(p));
    assert_eq!(dos.plan.action(a).unwrap().owner, None);
    // Too few evaluations: two left of three.
    let first = dos2.plan.planned_evaluations[0].id;
    edit(&mut dos2, PlanEdit::RemovePlannedEvaluation(first));
    let whole_year = crate::domain::rules::Tally { total: 3, in_person: 2 };
    assert!(dos2.plan.missing().contains(&Missing::TooFewEvaluations { minimum: whole_year, months: 12 }));
}

#[test]
fn too_few_evaluations_names_the_plans_own_minimum() {
    // A six-month plan needs the proportional minimum (2, 1 in person), not three a year.
    let mut dos = complete();
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2027, 5, 31))));
    for id in dos.plan.planned_evaluations.iter().skip(1).map(|p| p.id).collect::<Vec<_>>() {
        edit(&mut dos, PlanEdit::RemovePlannedEvaluation(id));
    }
    let half = crate::domain::rules::Tally { total: 2, in_person: 1 };
    let short = dos.plan.missing().into_iter().find(|m| matches!(m, Missing::TooFewEvaluations { .. }));
    assert_eq!(short, Some(Missing::TooFewEvaluations { minimum: half, months: 6 }));
}

#[test]
fn undo_and_redo_a_deletion() {
    let mut dos = complete();
    let action = dos.plan.actions[0].clone();
    assert!(edit(&mut dos, PlanEdit::RemoveAction(action.id)));
    assert!(dos.plan.actions.is_empty());
    assert!(edit(&mut dos, PlanEdit::Undo));
    assert_eq!(dos.plan.actions, vec![action.clone()]);
    assert!(dos.plan.can_redo());
    assert!(edit(&mut dos, PlanEdit::Redo));
    assert!(dos.plan.actions.is_empty());
    // A new change clears what could be redone.
    edit(&mut dos, PlanEdit::Undo);
    edit(&mut dos, PlanEdit::SetType(Some(PlanType::Training)));
    assert!(!dos.plan.can_redo());
    assert!(!edit(&mut dos, PlanEdit::Redo));
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut dos = dossier();
    for text in ["W", "Wo", "Wor", "Work"] {
        edit(&mut dos, PlanEdit::SetText(TextField::Topic(Topic::Future), text.into()));
    }
    edit(&mut dos, PlanEdit::SetText(TextField::Topic(Topic::Needs), "Rest".into()));
    edit(&mut dos, PlanEdit::Undo);
    assert_eq!((dos.plan.topics.future.as_str(), dos.plan.topics.needs.as_str()), ("Work", ""));
    edit(&mut dos, PlanEdit::Undo);
    assert_eq!(dos.plan.topics.future, "");
    assert!(!edit(&mut dos, PlanEdit::Undo), "nothing more to undo");
    edit(&mut dos, PlanEdit::Redo);
    assert_eq!(dos.plan.topics.future, "Work");
}

#[test]
fn a_copy_of_the_plan_shares_its_undo_versions() {
    let mut dos = complete();
    assert!(dos.plan.history.undo.len() > 5);
    let copy = dos.plan.clone();
    let shared = dos.plan.history.undo.iter().zip(&copy.history.undo).all(|(a, b)| std::rc::Rc::ptr_eq(a, b));
    assert!(shared, "an edit copies the plan, not every version it can go back to");
    edit(&mut dos, PlanEdit::Undo);
    assert_eq!(dos.plan.history.redo.len(), 1);
    assert!(std::rc::Rc::ptr_eq(&dos.plan.history.undo[0], &copy.history.undo[0]));
}

#[test]
fn undo_is_bounded_and_keeps_the_step_and_evaluations() {
    let mut dos = complete();
    for i in 0..(UNDO_LIMIT + 10) {
        edit(&mut dos, PlanEdit::SetStart(Some(d(2026, 1, 1) + chrono::Duration::days(i as i64))));
    }
    let mut undone = 0;
    while edit(&mut dos, PlanEdit::Undo) {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    edit(&mut dos, PlanEdit::SetStep(PlanStep::Review));
    edit(&mut dos, PlanEdit::AddGoal);
    edit(
        &mut dos,
        PlanEdit::RecordEvaluation(EvaluationInput {
            date: d(2027, 3, 1),
            kind: EvaluationKind::InPerson,
            planned: None,
            present: "Samira, Lotte".into(),
            goals: vec![],
            changes: String::new(),
            new_rung: None,
            viewpoint: crate::domain::ladder::Viewpoint::Agreed,
        }),
    );
    edit(&mut dos, PlanEdit::Undo);
    assert_eq!(dos.plan.step, PlanStep::Review, "undo does not move the screen");
    assert_eq!(dos.plan.evaluations.len(), 1, "evaluations are never undone");
}

#[test]
fn evaluations_append_keep_the_version_and_fulfil_the_next_moment() {
    let mut dos = complete();
    let goal = dos.plan.goals[0].id;
    let first_planned = dos.plan.planned_evaluations[0].id;
    edit(
        &mut dos,
        PlanEdit::RecordEvaluation(EvaluationInput {
            date: d(2027, 4, 1),
            kind: EvaluationKind::InPerson,
            planned: Some(first_planned),
            present: "Samira, Lotte".into(),
            goals: vec![
                GoalReview { goal, progress: GoalProgress::Adjusted },
                GoalReview { goal: 999, progress: GoalProgress::Reached },
            ],
            changes: "Focus on health for now".into(),
            new_rung: Rung::new(3),
            viewpoint: crate::domain::ladder::Viewpoint::Agreed,
        }),
    );
    let e = &dos.plan.evaluations[0];
    assert_eq!(e.planned, Some(first_planned));
    assert_eq!(e.goals.len(), 1, "unknown goals are left out");
    assert_eq!(e.goals[0].progress, GoalProgress::Adjusted);
    // The plan changes later; the evaluated version stays readable.
    edit(&mut dos, PlanEdit::SetText(TextField::GoalTitle(goal), "Health first".into()));
    assert_eq!(dos.plan.evaluations[0].version.goals[0].title, "Work");
    assert_ne!(dos.plan.next_planned().unwrap().id, first_planned);
    assert!(!edit(&mut dos, PlanEdit::RemovePlannedEvaluation(first_planned)), "a held moment stays");
    // Proposing again keeps the held moment.
    edit(&mut dos, PlanEdit::ProposeEvaluations);
    assert!(dos.plan.planned_evaluations.iter().any(|p| p.id == first_planned));
}

#[test]
fn actions_from_other_features_carry_their_origin() {
    let mut dos = dossier();
    edit(
        &mut dos,
        PlanEdit::AddAction {
            origin: ActionOrigin::Catalogue {
                catalogue: "oostende".into(),
                catalogue_name: "OCMW Oostende".into(),
                edition: "2026".into(),
                offer: "wijk-werken".into(),
                name_nl: "Wijk-werken".into(),
                name_en: "Neighbourhood work".into(),
            },
            what: "Wijk-werken".into(),
            owner: Some(Owner::Client),
            due: None,
            goal: Some(12345),
        },
    );
    edit(
        &mut dos,
        PlanEdit::AddAction {
            origin: ActionOrigin::SelfCheck { domain: LifeDomain::Money, suggestion: "debt-mediation".into() },
            what: "Talk to a debt mediator".into(),
            owner: None,
            due: None,
            goal: None,
        },
    );
    assert_eq!(dos.plan.actions[0].goal, None, "an unknown goal is not linked");
    assert_ne!(dos.plan.actions[0].id, dos.plan.actions[1].id);
    let json = serde_json::to_string(&dos).unwrap();
    assert!(json.contains(r#""kind":"catalogue""#) && json.contains(r#""kind":"self_check""#));
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, dos);
}

#[test]
fn mandate_can_be_overridden_with_a_reason() {
    let mut dos = dossier();
    edit(&mut dos, PlanEdit::SetBirthDate(Some(d(2003, 5, 10))));
    edit(&mut dos, PlanEdit::SetDecisionDate(Some(d(2026, 11, 30))));
    let today = d(2026, 12, 1);
    assert_eq!(dos.plan.required(today), Some(true));
    assert_eq!(dos.plan.grounds(today), vec![Ground::Under25]);
    assert_eq!(dos.plan.due_date(), Some(d(2027, 2, 28)));
    // An override needs an OCMW decision with a reason; a full-time student is *not* one: for
    // them a GPMI is mandatory (art. 11 §2 a RMI-wet).
    edit(&mut dos, PlanEdit::SetOverride(Some(false)));
    edit(
        &mut dos,
        PlanEdit::SetText(TextField::OverrideReason, "Exempted for health reasons (decision 2026-11-30)".into()),
    );
    assert_eq!(dos.plan.required(today), Some(false));
    assert_eq!(dos.plan.text(TextField::OverrideReason), "Exempted for health reasons (decision 2026-11-30)");
    edit(&mut dos, PlanEdit::SetOverride(None));
    assert_eq!(dos.plan.required(today), Some(true));
    edit(&mut dos, PlanEdit::AskReflection(Some(d(2026, 11, 26))));
    // Calendar days by default: 26 November + 5 days.
    assert_eq!(dos.plan.reflection_end(), Some(d(2026, 12, 1)));
}

#[test]
fn a_dossier_stored_before_the_plan_existed_still_loads() {
    let old = r#"{"schema_version":1,"id":"x","client_name":"Amina","interface_lang":"nl","client_lang":"ar",
        "created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:00:00Z","next_item_id":1}"#;
    let dos: Dossier = serde_json::from_str(old).unwrap();
    assert_eq!(dos.plan, Plan::default());
    assert!(!dos.is_example);
    let full = complete();
    let json = serde_json::to_string(&full).unwrap();
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, full);
    assert!(!back.plan.can_undo(), "undo history is not stored");
}
