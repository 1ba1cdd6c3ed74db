use chrono::{Duration, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::example::example_dossier;
use crate::domain::fixtures::large_dossier;
use crate::domain::ladder::{Movement, Position};
use crate::domain::plan::{apply as plan, EvaluationInput, EvaluationKind, GoalReview, PlanEdit};
use crate::domain::self_check::{apply as sc, SelfCheckEdit};
use crate::domain::DossierId;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn example() -> Dossier {
    example_dossier(DossierId("ex".into()), now())
}

#[test]
fn the_example_road_shows_the_fall_and_the_way_back_up() {
    let r = road(&example(), today());
    let positions: Vec<Position> = r.ladder.iter().map(|h| h.position).collect();
    let rung = |n| Position::Rung(Rung::new(n).unwrap());
    assert_eq!(positions, [Position::Orientation, rung(2), rung(3), rung(2), rung(3)]);
    let moves: Vec<Movement> = r.ladder.iter().map(|h| h.movement).collect();
    assert_eq!(moves, [Movement::Aside, Movement::Start, Movement::Rise, Movement::Fall, Movement::Rise]);
    assert!(r.ladder.windows(2).all(|w| w[0].date <= w[1].date), "oldest first");
    assert_eq!(r.ladder[0].date, NaiveDate::from_ymd_opt(2026, 6, 17).unwrap(), "the decision date");
    assert_eq!(r.target, Rung::new(4));
}

#[test]
fn one_self_check_is_a_then_without_a_now() {
    let r = road(&example(), today());
    let checks = r.checks.expect("the example has a self-check");
    assert_eq!(checks.latest, None);
    assert_eq!(checks.domains.len(), 18, "the client answered every domain");
    let money = &checks.domains[0];
    assert_eq!(
        (money.domain, money.then, money.now, money.movement),
        (LifeDomain::Money, Some(ClientAnswer::BigProblem), None, None)
    );
}

#[test]
fn a_later_self_check_is_the_now_and_shows_what_moved() {
    let mut d = example();
    let later = now() - Duration::days(3);
    sc(&mut d, SelfCheckEdit::Start, later);
    let check = d.self_checks.last().unwrap().id;
    let answer = |domain, answer| SelfCheckEdit::ClientAnswer { check, domain, answer: Some(answer) };
    sc(&mut d, answer(LifeDomain::Money, ClientAnswer::SometimesHard), later);
    sc(&mut d, answer(LifeDomain::Housing, ClientAnswer::BigProblem), later);
    sc(&mut d, answer(LifeDomain::Addiction, ClientAnswer::GoesWell), later);
    let checks = road(&d, today()).checks.unwrap();
    assert_eq!(checks.first, d.self_checks[0].created);
    assert_eq!(checks.latest, Some(later));
    let row = |domain| checks.domains.iter().find(|r| r.domain == domain).unwrap().clone();
    assert_eq!(row(LifeDomain::Money).now, Some(ClientAnswer::SometimesHard));
    assert_eq!(row(LifeDomain::Money).movement, Some(self_check::Movement::Eased));
    assert_eq!(row(LifeDomain::Housing).movement, Some(self_check::Movement::Harder));
    // "Rather not say" then: nothing to compare, so no movement.
    assert_eq!(row(LifeDomain::Addiction).movement, None);
    assert_eq!(row(LifeDomain::Health).now, None, "not answered in the latest check");
}

#[test]
fn next_steps_are_the_open_actions_soonest_first_and_say_when_late() {
    let r = road(&example(), today());
    let steps: Vec<(&str, Option<NaiveDate>, bool)> =
        r.next_steps.iter().map(|s| (s.what.as_str(), s.due, s.overdue)).collect();
    let date = |m, d| Some(NaiveDate::from_ymd_opt(2026, m, d).unwrap());
    assert_eq!(
        steps,
        [
            ("Inschrijven voor de opleiding zorgkundige", date(8, 16), true),
            ("Een afbetalingsplan opmaken", date(8, 31), true),
            ("Samen vacatures zoeken en sollicitaties opvolgen", date(9, 15), true),
        ],
        "the letters are done, so not a next step"
    );
    let early = road(&example(), NaiveDate::from_ymd_opt(2026, 8, 20).unwrap());
    let overdue: Vec<bool> = early.next_steps.iter().map(|s| s.overdue).collect();
    assert_eq!(overdue, [true, false, false]);
}

#[test]
fn a_goal_is_reached_from_the_evaluation_that_first_said_so_and_not_after_a_later_doubt() {
    let mut d = example();
    assert!(road(&d, today()).reached.is_empty(), "on track and adjusted are not reached");
    let (work, money) = (d.plan.goals[0].id, d.plan.goals[1].id);
    let evaluate = |d: &mut Dossier, day: u32, reviews: Vec<GoalReview>| {
        let input = EvaluationInput {
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            kind: EvaluationKind::InPerson,
            planned: None,
            present: String::new(),
            goals: reviews,
            changes: String::new(),
            new_rung: None,
            viewpoint: Default::default(),
        };
        assert!(plan(d, PlanEdit::RecordEvaluation(input), now()));
    };
    let reached = |goal| GoalReview { goal, progress: GoalProgress::Reached };
    evaluate(&mut d, 21, vec![reached(money), reached(work)]);
    evaluate(&mut d, 23, vec![reached(money), GoalReview { goal: work, progress: GoalProgress::OnTrack }]);
    let r = road(&d, today());
    assert_eq!(
        r.reached,
        [ReachedGoal {
            goal: money,
            title: "Mijn schulden onder controle".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
        }]
    );
}

#[test]
fn an_empty_dossier_has_an_empty_road() {
    let d = Dossier::new(DossierId("e".into()), "E".into(), crate::domain::Lang::Nl, now());
    let r = road(&d, today());
    assert!(r.ladder.is_empty() && r.checks.is_none() && r.reached.is_empty() && r.next_steps.is_empty());
}

#[test]
fn the_large_dossier_road_is_whole_and_ordered() {
    let d = large_dossier(now());
    let r = road(&d, today());
    assert_eq!(r.ladder.len(), d.ladder.placements.len());
    let checks = r.checks.unwrap();
    assert!(checks.latest.is_some_and(|l| l > checks.first));
    let dated: Vec<NaiveDate> = r.next_steps.iter().filter_map(|s| s.due).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]));
    assert!(r.next_steps.iter().all(|s| matches!(s.status, ActionStatus::Planned | ActionStatus::Busy)));
}
