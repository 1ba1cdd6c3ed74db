//! "My road so far": what a client sees of their own progress on one page (issue #18). The
//! ladder history (rises and falls, per viewpoint as `ladder::history` counts them), the client's
//! own answers of the first and the latest self-check per life domain, the goals an evaluation
//! found reached, and the next steps with their dates. Plain Rust, "today" a parameter.

use chrono::{DateTime, NaiveDate, Utc};

use super::ladder::HistoryPoint;
use super::order::ordered;
use super::plan::{ActionStatus, GoalProgress, Owner};
use super::self_check::{self, ClientAnswer, SelfCheck, Voice};
use super::{Dossier, LifeDomain, Rung};

/// The road of one dossier on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct Road {
    /// Every placement, oldest first, with how it moved.
    pub ladder: Vec<HistoryPoint>,
    /// The highest achievable rung, when set.
    pub target: Option<Rung>,
    pub checks: Option<ChecksThenNow>,
    /// Goals an evaluation found reached, in the plan's order.
    pub reached: Vec<ReachedGoal>,
    /// Actions still to do (planned or busy), the soonest first; undated ones last.
    pub next_steps: Vec<NextStep>,
}

/// The first self-check and, when there is a later one, the latest.
#[derive(Clone, Debug, PartialEq)]
pub struct ChecksThenNow {
    pub first: DateTime<Utc>,
    pub latest: Option<DateTime<Utc>>,
    /// Domains the client answered in either check, in domain order.
    pub domains: Vec<DomainThenNow>,
}

/// The client's own answer for one domain then and now.
#[derive(Clone, Debug, PartialEq)]
pub struct DomainThenNow {
    pub domain: LifeDomain,
    pub then: Option<ClientAnswer>,
    /// `None` when there is no later check, or it has no answer here.
    pub now: Option<ClientAnswer>,
    /// Which way the client's answer moved (answers that cannot be weighed do not move).
    pub movement: Option<self_check::Movement>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReachedGoal {
    pub goal: u64,
    pub title: String,
    /// The evaluation that found it reached.
    pub on: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub action: u64,
    pub what: String,
    pub owner: Option<Owner>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    /// Its date has passed and it is not done.
    pub overdue: bool,
}

/// The road of `d` as it stands on `today`.
pub fn road(d: &Dossier, today: NaiveDate) -> Road {
    Road {
        ladder: d.ladder.history(),
        target: d.ladder.target,
        checks: checks(&d.self_checks),
        reached: reached(d),
        next_steps: next_steps(d, today),
    }
}

fn checks(all: &[std::rc::Rc<SelfCheck>]) -> Option<ChecksThenNow> {
    let first = all.iter().min_by_key(|c| (c.created, c.id))?;
    let latest = all.iter().max_by_key(|c| (c.created, c.id)).filter(|c| c.id != first.id);
    let changes = latest.map(|l| l.changes_since(first)).unwrap_or_default();
    let answer = |c: &SelfCheck, domain| c.client.get(&domain).and_then(|e| e.answer);
    let domains = LifeDomain::ALL
        .into_iter()
        .map(|domain| DomainThenNow {
            domain,
            then: answer(first, domain),
            now: latest.and_then(|l| answer(l, domain)),
            movement: changes.iter().find(|c| c.domain == domain && c.voice == Voice::Client).map(|c| c.movement),
        })
        .filter(|row| row.then.is_some() || row.now.is_some())
        .collect();
    Some(ChecksThenNow { first: first.created, latest: latest.map(|l| l.created), domains })
}

/// A goal is reached when the latest evaluation that reviewed it says so, since the first review
/// of that run; the goal must still be in the plan.
fn reached(d: &Dossier) -> Vec<ReachedGoal> {
    let mut out = Vec::new();
    for goal in &d.plan.goals {
        // Every review of this goal, by date (the evaluations are kept in the order recorded).
        let reviews = ordered(
            d.plan
                .evaluations
                .iter()
                .filter_map(|e| e.goals.iter().find(|r| r.goal == goal.id).map(|r| ((e.date, e.id), r.progress))),
            |r| r.0,
        );
        let run = reviews.iter().rev().take_while(|(_, p)| *p == GoalProgress::Reached).last();
        if let Some(((on, _), _)) = run {
            out.push(ReachedGoal { goal: goal.id, title: goal.title.clone(), on: *on });
        }
    }
    out
}

fn next_steps(d: &Dossier, today: NaiveDate) -> Vec<NextStep> {
    let open = d.plan.actions.iter().filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::Busy));
    let steps = open.map(|a| NextStep {
        action: a.id,
        what: a.what.clone(),
        owner: a.owner,
        due: a.due,
        status: a.status,
        overdue: a.due.is_some_and(|due| due < today),
    });
    // Dated ones by date, then the undated; the plan's order within a day.
    ordered(steps, |s| (s.due.is_none(), s.due))
}

#[cfg(test)]
mod tests;
