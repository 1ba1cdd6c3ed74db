//! A fictional example dossier that anyone can open to see what a finished plan looks like.
//! Its dates follow "now", so it always looks current. It is marked as an example everywhere.

use chrono::{DateTime, Duration, Months, Utc};

use super::plan::{
    apply, ActionOrigin, ActionStatus, Cost, EvaluationInput, GoalProgress, GoalReview, MeansOf, Owner, PlanEdit,
    PlanStep, PlanType, Question, SupportKind, TextField, Topic,
};
use super::{Dossier, DossierId, Lang, LifeDomain, Rung};

/// The example's client name (fictional).
pub const EXAMPLE_NAME: &str = "Voorbeeld: Samira";

pub fn example_dossier(id: DossierId, now: DateTime<Utc>) -> Dossier {
    let mut d = Dossier::new(id, EXAMPLE_NAME.into(), Lang::Nl, now);
    d.is_example = true;
    let today = now.date_naive();
    let start = today.checked_sub_months(Months::new(4)).unwrap_or(today) - Duration::days(7);
    let decision = start - Duration::days(30);
    macro_rules! e {
        ($edit:expr) => {
            apply(&mut d, $edit, now)
        };
    }
    let text = |field: TextField, value: &str| PlanEdit::SetText(field, value.into());

    e!(PlanEdit::SetType(Some(PlanType::Employment)));
    e!(PlanEdit::SetOrientation(PlanType::Training, true));
    e!(PlanEdit::SetBirthDate(decision.checked_sub_months(Months::new(23 * 12 + 5))));
    e!(PlanEdit::SetHadRecentRight(Some(false)));
    e!(PlanEdit::SetDecisionDate(Some(decision)));
    e!(PlanEdit::SetStart(Some(start)));
    e!(PlanEdit::SetEnd(start.checked_add_months(Months::new(12))));
    e!(text(TextField::WorkerName, "Lotte Vermeulen"));
    e!(text(TextField::OcmwName, "OCMW Oostende"));
    e!(PlanEdit::AddThirdParty);
    let mediator = d.plan.third_parties[0].id;
    e!(text(TextField::ThirdPartyName(mediator), "Koen Declercq"));
    e!(text(TextField::ThirdPartyRole(mediator), "Schuldbemiddelaar"));
    e!(text(TextField::ThirdPartyTasks(mediator), "Maakt samen met Samira een afbetalingsplan en volgt het op."));
    e!(PlanEdit::SetPresent(SupportKind::SupportPerson, true));
    e!(text(TextField::PresentName(SupportKind::SupportPerson), "Nadia (zus)"));

    e!(text(TextField::Topic(Topic::Needs), "Rust in mijn hoofd over de schulden. Een vast inkomen."));
    e!(text(TextField::Topic(Topic::Challenges), "Ik heb geen diploma middelbaar. Ik heb geen rijbewijs."));
    e!(text(TextField::Topic(Topic::Goals), "Werk vinden in de zorg. Geen nieuwe schulden maken."));
    e!(text(TextField::Topic(Topic::Future), "Over twee jaar werk ik in een woonzorgcentrum en woon ik alleen."));
    e!(text(TextField::Topic(Topic::Role), "Ik wil voor anderen zorgen, zoals ik voor mijn oma zorgde."));

    e!(PlanEdit::AddGoal);
    e!(PlanEdit::AddGoal);
    let (work, money) = (d.plan.goals[0].id, d.plan.goals[1].id);
    e!(text(TextField::GoalTitle(work), "Werk vinden als zorgkundige"));
    e!(PlanEdit::SetGoalDomain(work, Some(LifeDomain::Work)));
    e!(text(TextField::GoalWhy(work), "Ik wil op eigen benen staan."));
    e!(text(TextField::GoalTitle(money), "Mijn schulden onder controle"));
    e!(PlanEdit::SetGoalDomain(money, Some(LifeDomain::Money)));
    e!(text(TextField::GoalWhy(money), "Dan slaap ik weer beter."));

    let actions = [
        ("Inschrijven voor de opleiding zorgkundige", Owner::Client, 30, work, "Inschrijvingsbewijs"),
        ("Samen vacatures zoeken en sollicitaties opvolgen", Owner::Ocmw, 60, work, "Verslag van het gesprek"),
        ("Een afbetalingsplan opmaken", Owner::ThirdParty(mediator), 45, money, "Getekend afbetalingsplan"),
        ("Alle brieven over schulden meebrengen", Owner::Client, 14, money, "Map met brieven"),
    ];
    for (what, owner, days, goal, evidence) in actions {
        e!(PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: what.into(),
            owner: Some(owner),
            due: Some(start + Duration::days(days)),
            goal: Some(goal),
        });
        let id = d.plan.actions.last().map(|a| a.id).unwrap_or_default();
        e!(PlanEdit::SetText(TextField::ActionEvidence(id), evidence.into()));
    }
    let first = d.plan.actions[0].id;
    let letters = d.plan.actions[3].id;
    e!(PlanEdit::SetActionStatus(letters, ActionStatus::Done));
    e!(PlanEdit::SetActionStatus(first, ActionStatus::Busy));

    e!(text(TextField::Question(Question::ClientWillDo), "Ik volg de opleiding en solliciteer voor stageplaatsen."));
    e!(text(TextField::Question(Question::ClientExpects), "Hulp bij het zoeken naar een stage en bij mijn brieven."));
    e!(text(TextField::Question(Question::OcmwExpects), "Dat Samira naar de afspraken komt of tijdig verwittigt."));
    e!(text(TextField::Means(MeansOf::Client), "Tijd voor de opleiding, twee dagen per week."));
    e!(text(TextField::Means(MeansOf::Ocmw), "Een gesprek elke twee weken; de kosten van de opleiding."));
    e!(text(TextField::Means(MeansOf::Others), "De schuldbemiddelaar: een afspraak per maand."));
    e!(PlanEdit::SetCost(Cost::Registration, true));
    e!(PlanEdit::SetCost(Cost::Travel, true));
    e!(PlanEdit::ProposeEvaluations);
    e!(PlanEdit::RecordExplained(start - Duration::days(7)));
    let first_moment = d.plan.planned_evaluations.first().map(|p| p.date).unwrap_or(today);
    let first_moment_id = d.plan.planned_evaluations.first().map(|p| p.id);
    e!(PlanEdit::AskReflection(Some(start - Duration::days(7))));
    e!(PlanEdit::SetSignedOn(Some(start)));
    e!(PlanEdit::RecordEvaluation(EvaluationInput {
        date: first_moment.min(today),
        kind: super::plan::EvaluationKind::InPerson,
        planned: first_moment_id,
        present: "Samira, Lotte Vermeulen, Nadia".into(),
        goals: vec![
            GoalReview { goal: work, progress: GoalProgress::OnTrack },
            GoalReview { goal: money, progress: GoalProgress::Adjusted },
        ],
        changes: "Samira schrijft zich ook in bij twee uitzendkantoren. Het afbetalingsplan loopt een maand langer."
            .into(),
        new_rung: Rung::new(3),
        viewpoint: super::ladder::Viewpoint::Agreed,
    }));
    e!(PlanEdit::SetStep(PlanStep::Review));
    d.plan.history = Default::default();
    add_example_self_check(&mut d, start);
    add_example_ladder(&mut d, decision, start, now);
    d
}

/// Samira's road on the ladder: orientation, rung 2 with a Dutch course beside it, up to rung 3,
/// and a step back when her daughter's childcare fell away (the first evaluation, recorded above,
/// puts her back on rung 3). Her goal is rung 4.
fn add_example_ladder(d: &mut Dossier, decision: chrono::NaiveDate, start: chrono::NaiveDate, now: DateTime<Utc>) {
    use super::ladder::{apply as ladder, LadderEdit, PlacementDraft, Position, Viewpoint};
    let place = |date, position, language_course, note: &str| {
        LadderEdit::AddPlacement(PlacementDraft {
            date,
            position,
            viewpoint: Viewpoint::Agreed,
            language_course,
            note: note.into(),
        })
    };
    let rung = |n| Position::Rung(Rung::new(n).expect("rungs 1 to 6 exist"));
    let steps = [
        place(decision, Position::Orientation, false, "Eerste gesprekken: kennismaken."),
        place(start, rung(2), true, "Nederlandse les bij het CVO, twee keer per week."),
        place(start + Duration::days(45), rung(3), true, "Start in het WerkLabo."),
        place(start + Duration::days(100), rung(2), true, "Kinderopvang viel weg; het WerkLabo ligt even stil."),
    ];
    for step in steps {
        ladder(d, step, now);
    }
    ladder(d, LadderEdit::SetTarget(Rung::new(4)), now);
}

/// The self-check Samira and her worker did before the plan: both voices, a precondition
/// (childcare) and a few places where they see things differently.
fn add_example_self_check(d: &mut Dossier, start: chrono::NaiveDate) {
    use super::self_check::{
        apply as sc, ClientAnswer as C, DutchLevel, LatinSkill, SelfCheckEdit as E, WorkerScore as W,
    };
    use LifeDomain::*;
    let at = (start - Duration::days(10)).and_hms_opt(10, 0, 0).expect("valid time").and_utc();
    sc(d, E::Start, at);
    let check = d.self_checks.last().expect("just started").id;
    let client = [
        (Money, C::BigProblem, true, "Ik heb schulden bij de energieleverancier en de huisbaas."),
        (Housing, C::GoesWell, false, ""),
        (Health, C::GoesWell, false, ""),
        (Mind, C::SometimesHard, false, "Ik slaap slecht door de zorgen."),
        (Addiction, C::RatherNotSay, false, ""),
        (Family, C::SometimesHard, false, ""),
        (Childcare, C::BigProblem, true, "Mijn dochter van 3 kan nergens terecht."),
        (Safety, C::GoesWell, false, ""),
        (Network, C::SometimesHard, false, ""),
        (Structure, C::GoesWell, false, ""),
        (Daily, C::GoesWell, false, ""),
        (Dutch, C::SometimesHard, true, "Ik wil beter leren schrijven."),
        (Learning, C::SometimesHard, false, ""),
        (Work, C::GoesWell, false, "Ik heb in een bakkerij gewerkt."),
        (Attitude, C::GoesWell, false, ""),
        (Mobility, C::GoesWell, false, ""),
        (Papers, C::GoesWell, false, ""),
        (Digital, C::BigProblem, true, ""),
    ];
    for (domain, answer, wants_help, note) in client {
        sc(d, E::ClientAnswer { check, domain, answer: Some(answer) }, at);
        if wants_help {
            sc(d, E::ClientWantsHelp { check, domain, wants_help: true }, at);
        }
        if !note.is_empty() {
            sc(d, E::ClientNote { check, domain, note: note.into() }, at);
        }
    }
    let worker = [
        (Money, W::WithSupport),
        (Housing, W::NoBarrier),
        (Health, W::NoBarrier),
        (Mind, W::NoBarrier),
        (Addiction, W::CannotAssess),
        (Family, W::WithSupport),
        (Childcare, W::NotNow),
        (Safety, W::NoBarrier),
        (Network, W::WithSupport),
        (Structure, W::NoBarrier),
        (Daily, W::NoBarrier),
        (Dutch, W::WithSupport),
        (Learning, W::WithSupport),
        (Work, W::WithSupport),
        (Attitude, W::NoBarrier),
        (Mobility, W::NoBarrier),
        (Papers, W::NoBarrier),
        (Digital, W::WithSupport),
    ];
    for (domain, score) in worker {
        sc(d, E::WorkerScore { check, domain, score: Some(score) }, at);
    }
    sc(
        d,
        E::WorkerNote { check, domain: Childcare, note: "Wachtlijst kinderopvang; eerst een plaats zoeken.".into() },
        at,
    );
    sc(d, E::DutchLevel { check, level: Some(DutchLevel::L1_2) }, at);
    sc(d, E::Literacy { check, skill: LatinSkill::Reading, value: Some(true) }, at);
    sc(d, E::Literacy { check, skill: LatinSkill::Writing, value: Some(false) }, at);
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_example_is_complete_marked_and_evaluated() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let d = example_dossier(DossierId("ex".into()), now);
        assert!(d.is_example);
        assert!(d.client_name.starts_with("Voorbeeld"));
        assert_eq!(d.plan.missing(), vec![], "ready to sign");
        assert_eq!(d.plan.goals.len(), 2);
        assert_eq!(d.plan.actions.len(), 4);
        assert_eq!(d.plan.evaluations.len(), 1);
        assert!(d.plan.evaluations[0].date <= now.date_naive());
        assert_eq!(d.plan.required(now.date_naive()), Some(true));
        assert!(!d.plan.can_undo());
        let check = &d.self_checks[0];
        assert!(check.progress().is_complete(), "{:?}", check.progress());
        assert_eq!(check.preconditions(), vec![LifeDomain::Childcare]);
        assert!(check.differs(LifeDomain::Mind));
        // Four placements, and the one the evaluation recorded: back up to rung 3.
        assert_eq!(d.ladder.placements.len(), 5);
        assert_eq!(d.ladder.target, Rung::new(4));
        assert_eq!(d.ladder.current_rung(), Rung::new(3));
        assert!(d.plan.evaluations[0].planned.is_some(), "it fulfils the first moment");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Dossier>(&json).unwrap(), d);
    }
}
