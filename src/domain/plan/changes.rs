//! What changed between two versions of a plan, in the terms a client reads before signing
//! again: goals and actions added, removed or changed (what, who, by when), dates moved, planned
//! evaluations added or removed, a new rung recorded on the ladder, and which other parts of the
//! signed content changed. Plain Rust: dates come with the versions, there is no clock.
//!
//! A plan is signed again after every change; the earlier version is the signing round's copy of
//! the plan (`SigningRound::plan`), kept since signing existed, so every dossier that has a
//! signed version has its baseline.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use super::{Owner, Plan, PlanAction, PlanType, SupportKind};
use crate::domain::signing::SigningRound;
use crate::domain::{Dossier, Rung};

/// From one date to another; either may be open.
pub type Period = (Option<NaiveDate>, Option<NaiveDate>);

/// Who takes an action on, as that version names them (a partner may be gone from the other).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    Nobody,
    Client,
    /// The OCMW, by its name where the plan gives one.
    Ocmw(String),
    /// A partner, as "name (role)"; empty when the plan gives neither.
    Partner(String),
}

impl Who {
    pub fn of(plan: &Plan, owner: Option<Owner>) -> Who {
        match owner {
            None => Who::Nobody,
            Some(Owner::Client) => Who::Client,
            Some(Owner::Ocmw) => Who::Ocmw(plan.ocmw_name.trim().to_owned()),
            Some(Owner::ThirdParty(id)) => Who::Partner(
                plan.third_party(id)
                    .map(|p| match (p.name.trim(), p.role.trim()) {
                        (name, "") => name.to_owned(),
                        ("", role) => role.to_owned(),
                        (name, role) => format!("{name} ({role})"),
                    })
                    .unwrap_or_default(),
            ),
        }
    }
}

/// A date of the plan as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    Decision,
    Start,
    End,
}

/// A part of the signed content that is not listed item by item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The kind of plan, the OCMW, the worker, the client's name.
    Basics,
    /// The partners and their tasks.
    Partners,
    /// The interpreter or support person.
    Present,
    /// What client and worker talked about.
    Topics,
    /// The three questions and what each side puts in.
    Agreements,
    /// The student block and the costs the OCMW covers.
    Contract,
    /// How many evaluations a year, how many in person.
    EvaluationRule,
    /// Anything else the fingerprint covers.
    Other,
}

impl Part {
    pub fn message_id(self) -> &'static str {
        match self {
            Part::Basics => "changes-part-basics",
            Part::Partners => "changes-part-partners",
            Part::Present => "changes-part-present",
            Part::Topics => "changes-part-topics",
            Part::Agreements => "changes-part-agreements",
            Part::Contract => "changes-part-contract",
            Part::EvaluationRule => "changes-part-evaluation-rule",
            Part::Other => "changes-part-other",
        }
    }
}

/// One change from an earlier version to a later one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanChange {
    GoalAdded {
        title: String,
    },
    GoalRemoved {
        title: String,
    },
    /// Reworded (`was` is the former title), or its life domain or reason changed.
    GoalChanged {
        title: String,
        was: Option<String>,
    },
    GoalPeriod {
        title: String,
        was: Period,
        now: Period,
    },
    ActionAdded {
        what: String,
        who: Who,
        due: Option<NaiveDate>,
    },
    ActionRemoved {
        what: String,
    },
    ActionWhat {
        what: String,
        was: String,
    },
    ActionWho {
        what: String,
        was: Who,
        now: Who,
    },
    ActionDue {
        what: String,
        was: Option<NaiveDate>,
        now: Option<NaiveDate>,
    },
    /// How it is shown, its goal, its origin or where the strength comes from.
    ActionChanged {
        what: String,
    },
    DateMoved {
        field: DateField,
        was: Option<NaiveDate>,
        now: Option<NaiveDate>,
    },
    EvaluationAdded(NaiveDate),
    EvaluationRemoved(NaiveDate),
    /// The moment stays, its kind (in person, written, by phone or video) changed.
    EvaluationChanged(NaiveDate),
    /// An evaluation recorded a new rung on the ladder.
    NewRung {
        rung: Rung,
        on: NaiveDate,
    },
    Part(Part),
}

impl PlanChange {
    /// The message that says what happened (print.ftl, `changes-*`).
    pub fn message_id(&self) -> &'static str {
        match self {
            PlanChange::GoalAdded { .. } => "changes-goal-added",
            PlanChange::GoalRemoved { .. } => "changes-goal-removed",
            PlanChange::GoalChanged { .. } => "changes-goal-changed",
            PlanChange::GoalPeriod { .. } => "changes-goal-period",
            PlanChange::ActionAdded { .. } => "changes-action-added",
            PlanChange::ActionRemoved { .. } => "changes-action-removed",
            PlanChange::ActionWhat { .. } => "changes-action-what",
            PlanChange::ActionWho { .. } => "changes-action-who",
            PlanChange::ActionDue { .. } => "changes-action-due",
            PlanChange::ActionChanged { .. } => "changes-action-changed",
            PlanChange::DateMoved { field: DateField::Decision, .. } => "changes-date-decision",
            PlanChange::DateMoved { field: DateField::Start, .. } => "changes-date-start",
            PlanChange::DateMoved { field: DateField::End, .. } => "changes-date-end",
            PlanChange::EvaluationAdded(_) => "changes-evaluation-added",
            PlanChange::EvaluationRemoved(_) => "changes-evaluation-removed",
            PlanChange::EvaluationChanged(_) => "changes-evaluation-changed",
            PlanChange::NewRung { .. } => "changes-rung",
            PlanChange::Part(part) => part.message_id(),
        }
    }

    /// The goal's title or the action's text the change is about, as typed.
    pub fn subject(&self) -> Option<&str> {
        match self {
            PlanChange::GoalAdded { title }
            | PlanChange::GoalRemoved { title }
            | PlanChange::GoalChanged { title, .. }
            | PlanChange::GoalPeriod { title, .. } => Some(title),
            PlanChange::ActionAdded { what, .. }
            | PlanChange::ActionRemoved { what }
            | PlanChange::ActionWhat { what, .. }
            | PlanChange::ActionWho { what, .. }
            | PlanChange::ActionDue { what, .. }
            | PlanChange::ActionChanged { what } => Some(what),
            _ => None,
        }
    }
}

/// What changed from `before` to `after`, in reading order: the plan's dates, goals, actions,
/// evaluation moments, other parts, and new rungs. A rung counts when its evaluation is not in
/// `before` and, with `since`, was recorded after it (a signed copy keeps no evaluations).
/// Follow-up that is not signed content (an action's status) is not a change of the plan.
pub fn plan_changes(before: &Plan, after: &Plan, since: Option<DateTime<Utc>>) -> Vec<PlanChange> {
    let mut out = Vec::new();
    for (field, was, now) in [
        (DateField::Decision, before.decision_date, after.decision_date),
        (DateField::Start, before.start, after.start),
        (DateField::End, before.end, after.end),
    ] {
        if was != now {
            out.push(PlanChange::DateMoved { field, was, now });
        }
    }
    goal_changes(before, after, &mut out);
    for a in &after.actions {
        match before.action(a.id) {
            None => {
                out.push(PlanChange::ActionAdded { what: a.what.clone(), who: Who::of(after, a.owner), due: a.due })
            }
            Some(old) => action_changes(before, old, after, a, &mut out),
        }
    }
    for a in before.actions.iter().filter(|a| after.action(a.id).is_none()) {
        out.push(PlanChange::ActionRemoved { what: a.what.clone() });
    }
    evaluation_changes(before, after, &mut out);
    out.extend(part_changes(before, after).into_iter().map(PlanChange::Part));
    for e in &after.evaluations {
        let new = !before.evaluations.iter().any(|b| b.id == e.id) && since.is_none_or(|s| e.recorded > s);
        if let (true, Some(rung)) = (new, e.new_rung) {
            out.push(PlanChange::NewRung { rung, on: e.date });
        }
    }
    out
}

fn goal_changes(before: &Plan, after: &Plan, out: &mut Vec<PlanChange>) {
    for g in &after.goals {
        let Some(old) = before.goal(g.id) else {
            out.push(PlanChange::GoalAdded { title: g.title.clone() });
            continue;
        };
        if old.title != g.title || old.domain != g.domain || old.why != g.why {
            let was = (old.title != g.title).then(|| old.title.clone());
            out.push(PlanChange::GoalChanged { title: g.title.clone(), was });
        }
        if (old.from, old.until) != (g.from, g.until) {
            out.push(PlanChange::GoalPeriod {
                title: g.title.clone(),
                was: (old.from, old.until),
                now: (g.from, g.until),
            });
        }
    }
    for g in before.goals.iter().filter(|g| after.goal(g.id).is_none()) {
        out.push(PlanChange::GoalRemoved { title: g.title.clone() });
    }
}

fn action_changes(before: &Plan, old: &PlanAction, after: &Plan, a: &PlanAction, out: &mut Vec<PlanChange>) {
    let what = || a.what.clone();
    if old.what != a.what {
        out.push(PlanChange::ActionWhat { what: what(), was: old.what.clone() });
    }
    if old.owner != a.owner {
        out.push(PlanChange::ActionWho { what: what(), was: Who::of(before, old.owner), now: Who::of(after, a.owner) });
    }
    if old.due != a.due {
        out.push(PlanChange::ActionDue { what: what(), was: old.due, now: a.due });
    }
    if (&old.evidence, &old.origin, old.goal, old.strength) != (&a.evidence, &a.origin, a.goal, a.strength) {
        out.push(PlanChange::ActionChanged { what: what() });
    }
}

/// Planned moments by their date: one on a new date is added, one whose date went is removed.
fn evaluation_changes(before: &Plan, after: &Plan, out: &mut Vec<PlanChange>) {
    let mut found = Vec::new();
    for p in &after.planned_evaluations {
        match before.planned_evaluations.iter().find(|b| b.date == p.date) {
            None => found.push(PlanChange::EvaluationAdded(p.date)),
            Some(b) if b.kind != p.kind => found.push(PlanChange::EvaluationChanged(p.date)),
            Some(_) => {}
        }
    }
    for b in &before.planned_evaluations {
        if !after.planned_evaluations.iter().any(|p| p.date == b.date) {
            found.push(PlanChange::EvaluationRemoved(b.date));
        }
    }
    // In date order; by hand, a few items (the slice sort would add kilobytes of wasm).
    let date = |c: &PlanChange| match c {
        PlanChange::EvaluationAdded(d) | PlanChange::EvaluationRemoved(d) | PlanChange::EvaluationChanged(d) => *d,
        _ => NaiveDate::MIN,
    };
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && date(&found[j - 1]) > date(&found[j]) {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    out.extend(found);
}

/// The other parts of the signed content (`signing::canonical_form`) that differ.
fn part_changes(before: &Plan, after: &Plan) -> Vec<Part> {
    let present = |p: &Plan| SupportKind::ALL.map(|k| p.present_name(k).map(str::to_owned));
    let studies = |p: &Plan| p.orientations.contains(&PlanType::Studies).then(|| p.studies.clone());
    let rule = |p: &Plan| (p.rules.evaluations_per_year, p.rules.in_person_per_year);
    [
        (
            Part::Basics,
            (&before.orientations, &before.ocmw_name, &before.worker_name)
                != (&after.orientations, &after.ocmw_name, &after.worker_name),
        ),
        (Part::Partners, before.third_parties != after.third_parties),
        (Part::Present, present(before) != present(after)),
        (Part::Topics, before.topics != after.topics),
        (Part::Agreements, before.agreements != after.agreements),
        (Part::Contract, studies(before) != studies(after) || before.costs != after.costs),
        (Part::EvaluationRule, rule(before) != rule(after)),
    ]
    .into_iter()
    .filter_map(|(part, changed)| changed.then_some(part))
    .collect()
}

/// What changed since an earlier signed version.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangesSince<'a> {
    /// The earlier signed version.
    pub round: &'a SigningRound,
    /// The day it was signed: its last signature's date.
    pub signed_on: NaiveDate,
    /// The fingerprint of the later version.
    pub fingerprint: String,
    pub changes: Vec<PlanChange>,
}

/// The newest of `rounds` whose version differs from `fingerprint`.
fn baseline<'a>(rounds: &'a [Rc<SigningRound>], fingerprint: &str) -> Option<&'a SigningRound> {
    rounds.iter().rev().find(|r| r.fingerprint != fingerprint).map(|r| &**r)
}

fn since<'a>(
    round: &'a SigningRound,
    (client_name, plan, fingerprint): (&str, &Plan, String),
    rungs_since: Option<DateTime<Utc>>,
) -> ChangesSince<'a> {
    let mut changes = plan_changes(&round.plan, plan, rungs_since);
    let basics = changes.iter().any(|c| matches!(c, PlanChange::Part(Part::Basics)));
    if round.client_name != client_name && !basics {
        changes.push(PlanChange::Part(Part::Basics));
    }
    if changes.iter().all(|c| matches!(c, PlanChange::NewRung { .. })) {
        changes.insert(0, PlanChange::Part(Part::Other));
    }
    let signed_on = round.signatures.iter().map(|s| s.date).max().unwrap_or_else(|| round.started.date_naive());
    ChangesSince { round, signed_on, fingerprint, changes }
}

impl Dossier {
    /// What changed in the plan as it is now since the last version signed before it (which,
    /// when this version is signed too, is the one before); `None` when no other version was
    /// signed.
    pub fn changes_since_signed(&self) -> Option<ChangesSince<'_>> {
        let fingerprint = self.plan_fingerprint();
        let round = baseline(&self.signing.rounds, &fingerprint)?;
        Some(since(round, (&self.client_name, &self.plan, fingerprint), Some(round.started)))
    }

    /// What changed in signing round `index` since the version signed before it.
    pub fn round_changes(&self, index: usize) -> Option<ChangesSince<'_>> {
        let later = self.signing.rounds.get(index)?;
        let round = baseline(&self.signing.rounds[..index], &later.fingerprint)?;
        Some(since(round, (&later.client_name, &later.plan, later.fingerprint.clone()), None))
    }
}
