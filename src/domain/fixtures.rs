//! Test and benchmark fixtures: dossiers far bigger than the example, built through the same edit
//! functions the screens use, so they hold only what the app itself could have produced.
//!
//! [`large_dossier`] is what a client followed for years looks like: the benchmark
//! (`tools/bench.mjs`, via `cargo run --example large_dossier`) stores it in the browser and
//! measures input latency, the print preview and the heap on it.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

use super::catalogue::Catalogue;
use super::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
use super::plan::{
    ActionOrigin, ActionStatus, EvaluationInput, EvaluationKind, GoalProgress, GoalReview, MeansOf, Owner, PlanEdit,
    PlanStep, PlanType, Question, SupportKind, TextField, Topic,
};
use super::self_check::{sub_items, ClientAnswer, DutchLevel, LatinSkill, SelfCheckEdit, WorkerScore};
use super::{Dossier, DossierEdit, DossierId, Lang, LifeDomain, Rung};

/// The large dossier's id (its storage key is `trede.dossier.bench-large`).
pub const LARGE_DOSSIER_ID: &str = "bench-large";
pub const LARGE_DOSSIER_NAME: &str = "Groot dossier (benchmark)";

pub const LARGE_GOALS: usize = 40;
pub const LARGE_ACTIONS: usize = 200;
pub const LARGE_EVALUATIONS: usize = 24;
pub const LARGE_SELF_CHECKS: usize = 12;
pub const LARGE_PLACEMENTS: usize = 30;
/// Of the actions, this many come from offers picked on the ladder (the rest are typed).
const PICKED_OFFERS: usize = 8;

/// A dossier of eight years: 40 goals, 200 actions, 24 evaluations (three a year), 12
/// self-checks and 30 ladder placements (plus one per evaluation, for its rung), with notes and texts of a realistic length.
pub fn large_dossier(now: DateTime<Utc>) -> Dossier {
    let mut d = Dossier::new(DossierId(LARGE_DOSSIER_ID.into()), LARGE_DOSSIER_NAME.into(), Lang::Nl, now);
    let today = now.date_naive();
    let start = today.checked_sub_months(Months::new(8 * 12)).expect("a date eight years back");
    let decision = start - Duration::days(40);
    // Every edit goes through the one entry point the reducer uses.
    let mut edit = |d: &mut Dossier, e: DossierEdit, at: DateTime<Utc>| {
        e.apply(d, at);
    };
    let plan = |e: PlanEdit| DossierEdit::Plan(e);
    let text = |field: TextField, value: String| DossierEdit::Plan(PlanEdit::SetText(field, value));

    // About the plan.
    edit(&mut d, plan(PlanEdit::SetType(Some(PlanType::Activation))), now);
    edit(&mut d, plan(PlanEdit::SetBirthDate(decision.checked_sub_months(Months::new(31 * 12)))), now);
    edit(&mut d, plan(PlanEdit::SetHadRecentRight(Some(false))), now);
    edit(&mut d, plan(PlanEdit::SetDecisionDate(Some(decision))), now);
    edit(&mut d, plan(PlanEdit::SetStart(Some(start))), now);
    edit(&mut d, plan(PlanEdit::SetEnd(today.checked_add_months(Months::new(6)))), now);
    edit(&mut d, text(TextField::WorkerName, "Lotte Vermeulen".into()), now);
    edit(&mut d, text(TextField::OcmwName, "OCMW Oostende".into()), now);
    edit(&mut d, plan(PlanEdit::SetPresent(SupportKind::Interpreter, true)), now);
    edit(
        &mut d,
        text(TextField::PresentName(SupportKind::Interpreter), "Tolk Arabisch (Sociaal Tolken Vlaanderen)".into()),
        now,
    );
    let partners = [
        ("Koen Declercq", "Schuldbemiddelaar", "Maakt een afbetalingsplan en volgt het maandelijks op."),
        ("Sara Janssens", "Trajectbegeleider VDAB", "Zoekt samen naar een stage en volgt de sollicitaties op."),
        ("Dr. Pieters", "Huisarts", "Volgt de gezondheid op en schrijft attesten voor de arbeidsgeneeskunde."),
    ];
    for (name, role, tasks) in partners {
        edit(&mut d, plan(PlanEdit::AddThirdParty), now);
        let id = d.plan.third_parties.last().expect("just added").id;
        edit(&mut d, text(TextField::ThirdPartyName(id), name.into()), now);
        edit(&mut d, text(TextField::ThirdPartyRole(id), role.into()), now);
        edit(&mut d, text(TextField::ThirdPartyTasks(id), tasks.into()), now);
    }
    let story =
        "Ik wil graag werken en mijn kinderen tonen dat het kan. Soms is het zwaar, maar stap voor stap lukt het.";
    for topic in Topic::ALL {
        edit(&mut d, text(TextField::Topic(topic), format!("{story} ({})", topic.slug())), now);
    }

    // Goals, each in a life domain, with why it matters.
    for i in 0..LARGE_GOALS {
        edit(&mut d, plan(PlanEdit::AddGoal), now);
        let id = d.plan.goals.last().expect("just added").id;
        let domain = LifeDomain::ALL[i % LifeDomain::ALL.len()];
        edit(&mut d, text(TextField::GoalTitle(id), format!("Doel {}: vooruitgang op {}", i + 1, domain.slug())), now);
        edit(&mut d, plan(PlanEdit::SetGoalDomain(id, Some(domain))), now);
        edit(
            &mut d,
            text(
                TextField::GoalWhy(id),
                format!("Dit is belangrijk voor mij omdat het mijn leven rustiger maakt (doel {}).", i + 1),
            ),
            now,
        );
    }
    let goals: Vec<u64> = d.plan.goals.iter().map(|g| g.id).collect();
    let owners: Vec<Owner> = [Owner::Client, Owner::Ocmw]
        .into_iter()
        .chain(d.plan.third_parties.iter().map(|p| Owner::ThirdParty(p.id)))
        .collect();

    // Offers picked on the ladder become actions too (the ladder adds them to the plan).
    let catalogue = Catalogue::default_ref();
    for offer in catalogue.offers.iter().take(PICKED_OFFERS) {
        let pick = LadderEdit::PickOffer {
            catalogue_id: catalogue.id.clone(),
            catalogue_name: catalogue.name.get(crate::domain::Lang::Nl).to_owned(),
            edition: catalogue.edition.clone(),
            offer: Box::new(offer.clone()),
            carrier: crate::domain::ladder::PickCarrier::default_for(offer.carried_by),
        };
        edit(&mut d, DossierEdit::Ladder(pick), now);
    }
    // The other actions are typed, spread over the goals, owners and years.
    for i in d.plan.actions.len()..LARGE_ACTIONS {
        let action = PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: format!("Actie {}: een concrete stap zetten en die samen bespreken", i + 1),
            owner: Some(owners[i % owners.len()]),
            due: Some(start + Duration::days((i as i64 * 14) % (8 * 365))),
            goal: Some(goals[i % goals.len()]),
        };
        edit(&mut d, plan(action), now);
        let id = d.plan.actions.last().expect("just added").id;
        edit(&mut d, text(TextField::ActionEvidence(id), format!("Bewijs {}: attest of verslag", i + 1)), now);
        let status = ActionStatus::ALL[i % ActionStatus::ALL.len()];
        edit(&mut d, plan(PlanEdit::SetActionStatus(id, status)), now);
        if status == ActionStatus::Stopped {
            edit(&mut d, text(TextField::ActionStopReason(id), "Niet meer nodig na de evaluatie.".into()), now);
        }
    }

    // Agreements and the evaluation schedule.
    for q in Question::ALL {
        edit(
            &mut d,
            text(TextField::Question(q), format!("Afspraak over {}: we zien elkaar elke twee weken.", q.slug())),
            now,
        );
    }
    for m in MeansOf::ALL {
        edit(
            &mut d,
            text(TextField::Means(m), format!("Middelen van {}: tijd, vervoer en begeleiding.", m.slug())),
            now,
        );
    }
    edit(&mut d, plan(PlanEdit::ProposeEvaluations), now);
    edit(&mut d, plan(PlanEdit::AskReflection(Some(start - Duration::days(7)))), now);
    edit(&mut d, plan(PlanEdit::SetSignedOn(Some(start))), now);

    // Three evaluations a year, each reviewing every goal (they keep the plan's version of then).
    let moments: Vec<NaiveDate> = d.plan.planned_evaluations.iter().map(|p| p.date).filter(|p| *p <= today).collect();
    for i in 0..LARGE_EVALUATIONS {
        let date = moments.get(i).copied().unwrap_or(today);
        let input = EvaluationInput {
            date,
            kind: if i % 3 != 2 { EvaluationKind::InPerson } else { EvaluationKind::Written },
            planned: None,
            present: "Cliënt, Lotte Vermeulen, tolk".into(),
            goals: goals
                .iter()
                .enumerate()
                .map(|(k, g)| GoalReview { goal: *g, progress: GoalProgress::ALL[(i + k) % GoalProgress::ALL.len()] })
                .collect(),
            changes: format!("Evaluatie {}: twee acties afgerond, één bijgestuurd; de focus ligt nu op werk.", i + 1),
            new_rung: Rung::new(1 + (i as u8 / 5) % 6),
            viewpoint: Viewpoint::Worker,
        };
        let at = date.and_hms_opt(10, 0, 0).expect("valid time").and_utc();
        edit(&mut d, plan(PlanEdit::RecordEvaluation(input)), at);
    }

    add_self_checks(&mut d, start, &mut edit);
    add_placements(&mut d, decision, today, now, &mut edit);
    edit(&mut d, plan(PlanEdit::SetStep(PlanStep::Goals)), now);
    // Undo history lasts only while a page is open; a loaded dossier has none.
    d.plan.history = Default::default();
    d.touch(now);
    d
}

/// Twelve self-checks, one every eight months, every domain answered by both voices.
fn add_self_checks(d: &mut Dossier, start: NaiveDate, edit: &mut impl FnMut(&mut Dossier, DossierEdit, DateTime<Utc>)) {
    for n in 0..LARGE_SELF_CHECKS {
        let day = start.checked_add_months(Months::new(8 * n as u32)).expect("a later date") - Duration::days(10);
        let at = day.and_hms_opt(10, 0, 0).expect("valid time").and_utc();
        let sc = |e: SelfCheckEdit| DossierEdit::SelfCheck(e);
        edit(d, sc(SelfCheckEdit::Start), at);
        let check = d.self_checks.last().expect("just started").id;
        for (k, domain) in LifeDomain::ALL.into_iter().enumerate() {
            let answer = ClientAnswer::ALL[(n + k) % ClientAnswer::ALL.len()];
            edit(d, sc(SelfCheckEdit::ClientAnswer { check, domain, answer: Some(answer) }), at);
            if answer == ClientAnswer::BigProblem {
                edit(d, sc(SelfCheckEdit::ClientWantsHelp { check, domain, wants_help: true }), at);
                edit(
                    d,
                    sc(SelfCheckEdit::ClientNote {
                        check,
                        domain,
                        note: "Hier wil ik echt hulp bij, het houdt me wakker.".into(),
                    }),
                    at,
                );
            }
            let score = WorkerScore::ALL[(n + 2 * k) % WorkerScore::ALL.len()];
            edit(d, sc(SelfCheckEdit::WorkerScore { check, domain, score: Some(score) }), at);
            if score.opens_details() {
                if let Some(item) = sub_items(domain).first() {
                    edit(d, sc(SelfCheckEdit::WorkerSubItem { check, domain, item: item.id.into(), ticked: true }), at);
                }
                edit(
                    d,
                    sc(SelfCheckEdit::WorkerNote { check, domain, note: "Opvolgen bij de volgende evaluatie.".into() }),
                    at,
                );
            }
        }
        edit(d, sc(SelfCheckEdit::ClientGoTo { check, position: LifeDomain::ALL.len() }), at);
        let level = DutchLevel::ALL[(2 + n / 2).min(DutchLevel::ALL.len() - 1)];
        edit(d, sc(SelfCheckEdit::DutchLevel { check, level: Some(level) }), at);
        edit(d, sc(SelfCheckEdit::Literacy { check, skill: LatinSkill::Reading, value: Some(n > 1) }), at);
        edit(d, sc(SelfCheckEdit::Literacy { check, skill: LatinSkill::Writing, value: Some(n > 3) }), at);
    }
}

/// Thirty placements over the years: mostly rungs, up and down, some side statuses.
fn add_placements(
    d: &mut Dossier,
    decision: NaiveDate,
    today: NaiveDate,
    now: DateTime<Utc>,
    edit: &mut impl FnMut(&mut Dossier, DossierEdit, DateTime<Utc>),
) {
    let span = (today - decision).num_days();
    let rungs = [1u8, 2, 2, 3, 2, 3, 4, 3, 4, 5];
    for i in 0..LARGE_PLACEMENTS {
        let position = match i {
            0 => Position::Orientation,
            _ if i % 7 == 3 => Position::CareFirst,
            _ => Position::Rung(Rung::new(rungs[i % rungs.len()]).expect("rungs 1 to 6 exist")),
        };
        let draft = PlacementDraft {
            date: decision + Duration::days(span * i as i64 / LARGE_PLACEMENTS as i64),
            position,
            viewpoint: Viewpoint::ALL[i % Viewpoint::ALL.len()],
            language_course: i < 12,
            note: format!("Plaatsing {}: besproken tijdens het gesprek, met de tolk erbij.", i + 1),
        };
        edit(d, DossierEdit::Ladder(LadderEdit::AddPlacement(draft)), now);
    }
    edit(d, DossierEdit::Ladder(LadderEdit::SetTarget(Rung::new(5))), now);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::migration::load_dossier;
    use chrono::TimeZone;

    #[test]
    fn the_large_dossier_has_the_promised_counts_and_loads_back() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let d = large_dossier(now);
        assert_eq!(d.plan.goals.len(), LARGE_GOALS);
        assert_eq!(d.plan.actions.len(), LARGE_ACTIONS);
        assert_eq!(d.plan.evaluations.len(), LARGE_EVALUATIONS);
        assert_eq!(d.self_checks.len(), LARGE_SELF_CHECKS);
        assert_eq!(d.ladder.placements.len(), LARGE_PLACEMENTS + LARGE_EVALUATIONS);
        assert_eq!(d.ladder.picked_offers.len(), PICKED_OFFERS);
        assert!(d.self_checks.iter().all(|c| c.progress().is_complete()));
        assert!(d.plan.evaluations.iter().all(|e| e.date <= now.date_naive() && e.goals.len() == LARGE_GOALS));
        assert!(!d.plan.can_undo(), "no undo history in a stored dossier");

        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Dossier>(&json).unwrap(), d);
        let (loaded, migrated) = load_dossier(&json).unwrap();
        assert!(!migrated);
        assert_eq!(loaded, d);
    }
}
