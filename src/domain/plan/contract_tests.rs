//! Tests of what the contract holds (KB art. 11 as replaced in 2016), students, signers, ending
//! and moving, and reading plans stored before these existed. Fixed dates throughout.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::signing::{fingerprint, possible_signers, required_signers, SignerRole};
use crate::domain::{Dossier, DossierId, Lang, LifeDomain};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2028, 2, 29, 9, 0, 0).unwrap()
}
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn edit(d: &mut Dossier, e: PlanEdit) -> bool {
    apply(d, e, now())
}
fn text(d: &mut Dossier, field: TextField, value: &str) -> bool {
    edit(d, PlanEdit::SetText(field, value.into()))
}

/// A plan ready to sign, starting on a leap day and ending a year later: the client's action and the
/// OCMW's commitment in words.
fn ready() -> Dossier {
    let mut dos = Dossier::new(DossierId("c1".into()), "Yusuf".into(), Lang::Nl, now());
    edit(&mut dos, PlanEdit::SetType(Some(PlanType::Employment)));
    edit(&mut dos, PlanEdit::SetStart(Some(d(2028, 2, 29))));
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2029, 2, 28))));
    text(&mut dos, TextField::WorkerName, "Lotte");
    text(&mut dos, TextField::OcmwName, "OCMW Gent");
    edit(&mut dos, PlanEdit::AddGoal);
    let g = dos.plan.goals[0].id;
    text(&mut dos, TextField::GoalTitle(g), "A job");
    edit(&mut dos, PlanEdit::SetGoalDomain(g, Some(LifeDomain::Work)));
    edit(
        &mut dos,
        PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: "Apply".into(),
            owner: Some(Owner::Client),
            due: Some(d(2028, 3, 31)),
            goal: Some(g),
        },
    );
    text(&mut dos, TextField::Means(MeansOf::Ocmw), "A coaching talk every two weeks");
    edit(&mut dos, PlanEdit::ProposeEvaluations);
    edit(&mut dos, PlanEdit::RecordExplained(d(2028, 2, 22)));
    assert_eq!(dos.plan.missing(), vec![]);
    dos
}

#[test]
fn a_plan_without_an_ocmw_commitment_is_not_ready_to_sign() {
    let mut dos = ready();
    text(&mut dos, TextField::Means(MeansOf::Ocmw), "  ");
    assert!(dos.plan.missing().contains(&Missing::NoOcmwCommitment), "only client duties");
    // An action the OCMW carries is a commitment too.
    edit(
        &mut dos,
        PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: "Home visit".into(),
            owner: Some(Owner::Ocmw),
            due: Some(d(2028, 3, 15)),
            goal: None,
        },
    );
    assert!(!dos.plan.missing().contains(&Missing::NoOcmwCommitment));
}

#[test]
fn a_plan_without_an_end_date_or_activity_domain_is_not_ready_to_sign() {
    let mut dos = ready();
    edit(&mut dos, PlanEdit::SetEnd(None));
    assert!(dos.plan.missing().contains(&Missing::NoEnd));
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2028, 2, 29))));
    assert!(dos.plan.missing().contains(&Missing::EndBeforeStart), "ends on the day it starts");
    edit(&mut dos, PlanEdit::SetEnd(Some(d(2029, 2, 28))));
    let g = dos.plan.goals[0].id;
    edit(&mut dos, PlanEdit::SetGoalDomain(g, None));
    assert!(dos.plan.missing().contains(&Missing::NoActivityDomain));
}

#[test]
fn costs_are_addressed_where_a_training_or_activity_is_planned() {
    let mut dos = ready();
    edit(&mut dos, PlanEdit::SetOrientation(PlanType::Activation, true));
    assert!(dos.plan.missing().contains(&Missing::NoCosts));
    edit(&mut dos, PlanEdit::SetNoCosts(true));
    assert!(!dos.plan.missing().contains(&Missing::NoCosts), "an explicit none apply");
    edit(&mut dos, PlanEdit::SetCost(Cost::Travel, true));
    assert!(!dos.plan.costs.none_apply, "a cost covered is not none");
    assert_eq!(dos.plan.costs.covered, vec![Cost::Travel]);
    assert!(!dos.plan.missing().contains(&Missing::NoCosts));
}

#[test]
fn the_explanation_is_asked_again_after_each_change() {
    let mut dos = ready();
    assert!(dos.plan.explained_now());
    let g = dos.plan.goals[0].id;
    text(&mut dos, TextField::GoalTitle(g), "A job in care");
    assert_eq!(dos.plan.missing(), vec![Missing::ChangedSinceExplained]);
    edit(&mut dos, PlanEdit::RecordExplained(d(2028, 3, 1)));
    assert_eq!(dos.plan.missing(), vec![]);
    assert_eq!(dos.plan.explained.len(), 2, "both explanations are kept");
    let fresh = Dossier::new(DossierId("c2".into()), "A".into(), Lang::Nl, now());
    assert!(fresh.plan.missing().contains(&Missing::NotExplained));
}

#[test]
fn a_student_plan_needs_its_block() {
    let mut dos = ready();
    edit(&mut dos, PlanEdit::SetOrientation(PlanType::Studies, true));
    assert_eq!(dos.plan.orientations, vec![PlanType::Employment, PlanType::Studies], "mixed, in a fixed order");
    assert!(dos.plan.missing().contains(&Missing::NoStudies));
    assert_eq!(dos.plan.studies.commitments, StudentCommitment::ALL.to_vec(), "the fiche's four by default");
    // Mandatory for a full-time student, whatever age and right (art. 11 §2 a RMI-wet).
    edit(&mut dos, PlanEdit::SetBirthDate(Some(d(1990, 2, 28))));
    edit(&mut dos, PlanEdit::SetHadRecentRight(Some(true)));
    assert_eq!(dos.plan.required(d(2028, 2, 29)), Some(true));
    text(&mut dos, TextField::StudiesSchool, "HoGent");
    text(&mut dos, TextField::StudiesDirection, "Bachelor verpleegkunde");
    text(&mut dos, TextField::StudiesDuration, "3 jaar, tot juni 2031");
    edit(&mut dos, PlanEdit::SetStudentCommitment(StudentCommitment::HolidayJob, false));
    text(&mut dos, TextField::StudiesOcmw, "Het OCMW betaalt het inschrijvingsgeld");
    edit(&mut dos, PlanEdit::SetCost(Cost::Registration, true));
    edit(&mut dos, PlanEdit::RecordExplained(d(2028, 3, 1)));
    assert_eq!(dos.plan.missing(), vec![]);
    assert_eq!(dos.plan.studies.commitments.len(), 3);
    // Taking studies out leaves a plan without the block ready again.
    edit(&mut dos, PlanEdit::SetOrientation(PlanType::Studies, false));
    assert!(!dos.plan.missing().contains(&Missing::NoStudies));
}

#[test]
fn a_plan_stored_with_one_type_and_one_support_person_still_reads() {
    let old = r#"{"plan_type":"training","support_kind":"interpreter","support_name":"Tolk Dari"}"#;
    let plan: Plan = serde_json::from_str(old).unwrap();
    assert_eq!(plan.orientations, vec![PlanType::Training]);
    assert_eq!(plan.present_name(SupportKind::Interpreter), Some("Tolk Dari"));
    assert_eq!(plan.present_name(SupportKind::SupportPerson), None);
    let none: Plan = serde_json::from_str(r#"{"plan_type":null,"support_kind":null,"support_name":""}"#).unwrap();
    assert!(none.orientations.is_empty() && none.present == Present::default());
    assert!(SupportKind::ALL.iter().all(|k| none.present_name(*k).is_none()));
    let back: Plan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(back, plan, "stored again as it was until a change");
    // A change moves the old single person into the new form, keeping the name.
    let mut dos = ready();
    dos.plan.support_kind = Some(SupportKind::Interpreter);
    dos.plan.support_name = "Tolk Dari".into();
    edit(&mut dos, PlanEdit::SetPresent(SupportKind::SupportPerson, true));
    assert_eq!(dos.plan.present.interpreter.as_deref(), Some("Tolk Dari"));
    assert_eq!(dos.plan.present.support_person.as_deref(), Some(""));
    assert_eq!(dos.plan.support_kind, None);
}

#[test]
fn one_orientation_and_one_person_present_keep_the_fingerprint_of_before() {
    // The canonical form of a plan signed before orientations could mix: one orientation and
    // one person present are written as `plan_type` and `support_kind`/`support_name`.
    let mut dos = ready();
    edit(&mut dos, PlanEdit::SetPresent(SupportKind::Interpreter, true));
    text(&mut dos, TextField::PresentName(SupportKind::Interpreter), "Tolk");
    let form = crate::domain::signing::canonical_form("Yusuf", &dos.plan);
    assert!(form.contains(r#""plan_type":"employment""#) && form.contains(r#""support_kind":"interpreter""#));
    assert!(!form.contains("orientations") && !form.contains("interpreter_also"));
    let before = fingerprint("Yusuf", &dos.plan);
    edit(&mut dos, PlanEdit::SetPresent(SupportKind::SupportPerson, true));
    assert_ne!(fingerprint("Yusuf", &dos.plan), before, "a second person present is signed content");
}

#[test]
fn a_third_party_with_tasks_in_words_signs_and_both_present_may_sign() {
    let mut dos = ready();
    edit(&mut dos, PlanEdit::AddThirdParty);
    let p = dos.plan.third_parties[0].id;
    text(&mut dos, TextField::ThirdPartyName(p), "CAW");
    assert!(!required_signers(&dos.plan).contains(&SignerRole::ThirdParty(p)), "no tasks, no duty to sign");
    text(&mut dos, TextField::ThirdPartyTasks(p), "Budget coaching once a month");
    assert!(required_signers(&dos.plan).contains(&SignerRole::ThirdParty(p)), "tasks only as text");
    let mut rules = dos.plan.rules.clone();
    rules.third_party_with_tasks_signs = false;
    edit(&mut dos, PlanEdit::SetRules(rules.clone()));
    assert!(!required_signers(&dos.plan).contains(&SignerRole::ThirdParty(p)), "the setting turns it off");
    rules.third_party_with_tasks_signs = true;
    edit(&mut dos, PlanEdit::SetRules(rules));
    assert!(!possible_signers(&dos.plan).contains(&SignerRole::SupportPerson), "no card for a role nobody chose");
    edit(&mut dos, PlanEdit::SetPresent(SupportKind::Interpreter, true));
    let signers = possible_signers(&dos.plan);
    assert!(signers.contains(&SignerRole::Interpreter) && !signers.contains(&SignerRole::SupportPerson));
    edit(&mut dos, PlanEdit::SetPresent(SupportKind::SupportPerson, true));
    text(&mut dos, TextField::PresentName(SupportKind::SupportPerson), "Nadia");
    let signers = possible_signers(&dos.plan);
    assert!(signers.contains(&SignerRole::Interpreter) && signers.contains(&SignerRole::SupportPerson));
    assert_eq!(SignerRole::SupportPerson.known_name("Yusuf", &dos.plan), "Nadia");
}

#[test]
fn an_ended_plan_stays_readable_and_takes_no_edit_or_signature() {
    let mut dos = ready();
    assert!(!edit(&mut dos, PlanEdit::EndPlan), "no kind or date yet");
    edit(&mut dos, PlanEdit::SetEndKind(Some(EndKind::Early)));
    edit(&mut dos, PlanEdit::SetEndDate(Some(d(2028, 12, 31))));
    assert_eq!(dos.plan.closing.problems(), vec![EndProblem::NoReason], "early needs a reason");
    assert!(!edit(&mut dos, PlanEdit::EndPlan));
    text(&mut dos, TextField::EndReason, "Found work with a full-time contract");
    assert!(edit(&mut dos, PlanEdit::EndPlan));
    assert!(dos.plan.closing.ended);
    let goals = dos.plan.goals.clone();
    assert!(!text(&mut dos, TextField::GoalTitle(goals[0].id), "changed"), "no edit after the end");
    assert!(!edit(&mut dos, PlanEdit::Undo), "the end is not undone");
    assert_eq!(dos.plan.goals, goals);
    let signature = crate::domain::signing::Signature {
        role: SignerRole::Client,
        name: "Yusuf".into(),
        date: d(2029, 1, 2),
        place: String::new(),
        strokes: vec![],
        typed: true,
    };
    let signed = crate::domain::signing::apply(&mut dos, crate::domain::signing::SigningEdit::Sign(signature), now());
    assert!(!signed, "an ended plan is not signed");
    // A move is still recorded after the end, and only with the client's consent.
    text(&mut dos, TextField::NewOcmw, "OCMW Brugge");
    assert!(!dos.plan.closing.move_consented());
    edit(&mut dos, PlanEdit::SetMoveConsent(Some(d(2029, 1, 3))));
    assert!(dos.plan.closing.move_consented());
    let back: Dossier = serde_json::from_str(&serde_json::to_string(&dos).unwrap()).unwrap();
    assert_eq!(back.plan.closing, dos.plan.closing);
}

#[test]
fn the_guided_steps_put_evaluations_before_the_read_through() {
    assert_eq!(PlanStep::ALL.last(), Some(&PlanStep::Review));
    assert!(PlanStep::Evaluations.index() < PlanStep::Review.index());
    assert!(PlanStep::Agreements.index() < PlanStep::Evaluations.index(), "costs come before evaluations");
    assert_eq!(PlanStep::Evaluations.next(), Some(PlanStep::Review));
}
