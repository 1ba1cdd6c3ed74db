//! Every change to the plan, and applying it.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use super::evaluations::record_evaluation;
use super::{
    ActionOrigin, ActionStatus, Cost, EndKind, EvaluationInput, Goal, MandateOverride, MeansOf, Owner, PlanAction,
    PlanStep, PlanType, PlannedEvaluation, Question, Strength, StudentCommitment, SupportKind, ThirdParty, Topic,
    UNDO_LIMIT,
};
use crate::domain::rules::{self, Exemption, ExemptionGround, RuleSet};
use crate::domain::{Dossier, LifeDomain};

/// A text that is saved as it is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    WorkerName,
    OcmwName,
    /// The name of the interpreter or of the support person.
    PresentName(SupportKind),
    OverrideReason,
    ExemptionReason,
    StudiesSchool,
    StudiesDirection,
    StudiesDuration,
    StudentOther,
    StudiesOcmw,
    CostsOther,
    EndReason,
    NewOcmw,
    Topic(Topic),
    Question(Question),
    Means(MeansOf),
    GoalTitle(u64),
    GoalWhy(u64),
    ActionWhat(u64),
    ActionEvidence(u64),
    ActionStopReason(u64),
    ThirdPartyName(u64),
    ThirdPartyRole(u64),
    ThirdPartyTasks(u64),
}

/// Every change to the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    SetText(TextField, String),
    /// Makes this the plan's only orientation (`None`: no orientation).
    SetType(Option<PlanType>),
    /// Adds or removes one orientation; a plan may mix them.
    SetOrientation(PlanType, bool),
    SetDecisionDate(Option<NaiveDate>),
    SetStart(Option<NaiveDate>),
    SetEnd(Option<NaiveDate>),
    SetBirthDate(Option<NaiveDate>),
    SetHadRecentRight(Option<bool>),
    SetAskedByClient(bool),
    SetAskedByOcmw(bool),
    /// `None` follows the rules; `Some(required)` overrides them (a reason is asked for).
    SetOverride(Option<bool>),
    /// An interpreter or a support person is present, or not; both may be.
    SetPresent(SupportKind, bool),
    SetStudentCommitment(StudentCommitment, bool),
    SetCost(Cost, bool),
    /// No training or activity costs apply.
    SetNoCosts(bool),
    /// The worker explained content, scope and consequences on this date (appended).
    RecordExplained(NaiveDate),
    SetEndKind(Option<EndKind>),
    SetEndDate(Option<NaiveDate>),
    /// Ends the plan when kind, date (and for an early end a reason) are there; then the plan can
    /// no longer be changed or signed.
    EndPlan,
    /// The day the client agreed that the file goes to the new OCMW.
    SetMoveConsent(Option<NaiveDate>),
    AddThirdParty,
    RemoveThirdParty(u64),
    AddGoal,
    RemoveGoal(u64),
    SetGoalDomain(u64, Option<LifeDomain>),
    SetGoalFrom(u64, Option<NaiveDate>),
    SetGoalUntil(u64, Option<NaiveDate>),
    /// Adds an action; the self-check and the ladder catalogue use this with their own origin.
    AddAction {
        origin: ActionOrigin,
        what: String,
        owner: Option<Owner>,
        due: Option<NaiveDate>,
        goal: Option<u64>,
    },
    RemoveAction(u64),
    SetActionOwner(u64, Option<Owner>),
    SetActionDue(u64, Option<NaiveDate>),
    SetActionStatus(u64, ActionStatus),
    SetActionGoal(u64, Option<u64>),
    /// Where the strength for the action comes from (`None`: not said).
    SetActionStrength(u64, Option<Strength>),
    /// Replaces the planned evaluations with the rule set's proposal from the start date.
    ProposeEvaluations,
    RemovePlannedEvaluation(u64),
    AskReflection(Option<NaiveDate>),
    SetSignedOn(Option<NaiveDate>),
    SetRules(RuleSet),
    // ---- rules ----
    /// Records (or, with `None`, removes) the OCMW's exemption on this ground.
    SetExemption(Option<ExemptionGround>),
    SetExemptionDate(Option<NaiveDate>),
    SetPartTimeTopUp(bool),
    /// The day the client waived the reflection time; `None` withdraws the waiver.
    WaiveReflection(Option<NaiveDate>),
    /// Appends an evaluation (never removed, not undone).
    RecordEvaluation(EvaluationInput),
    SetStep(PlanStep),
    Undo,
    Redo,
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// What may still change once the plan ended: which step is on screen, and the move to another
/// OCMW (a client often moves after the plan ends).
fn allowed_after_end(edit: &PlanEdit) -> bool {
    matches!(edit, PlanEdit::SetStep(_) | PlanEdit::SetMoveConsent(_) | PlanEdit::SetText(TextField::NewOcmw, _))
}

/// Adds `item` to `list` or takes it out; returns whether that changed it.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) -> bool {
    match (list.iter().position(|x| *x == item), on) {
        (None, true) => {
            list.push(item);
            true
        }
        (Some(i), false) => {
            list.remove(i);
            true
        }
        _ => false,
    }
}

/// Applies one plan edit; returns whether anything changed. An ended plan takes no edit but the
/// ones `allowed_after_end` names.
pub fn apply(dossier: &mut Dossier, edit: PlanEdit, now: DateTime<Utc>) -> bool {
    if dossier.plan.closing.ended && !allowed_after_end(&edit) {
        return false;
    }
    match edit {
        PlanEdit::Undo => dossier.plan.undo(),
        PlanEdit::Redo => dossier.plan.redo(),
        PlanEdit::SetStep(step) => set(&mut dossier.plan.step, step),
        PlanEdit::RecordEvaluation(input) => record_evaluation(dossier, input, now),
        edit => {
            let key = match &edit {
                PlanEdit::SetText(field, _) => Some(*field),
                _ => None,
            };
            // Typing on in the same field extends the last undo step: no snapshot to take then
            // (a copy of the whole plan per keystroke is what made typing slow on a big plan).
            let extends_last = key.is_some() && dossier.plan.history.last_key == key;
            let before = (!extends_last).then(|| dossier.plan.snapshot());
            let changed = apply_content(dossier, edit);
            if changed {
                let history = &mut dossier.plan.history;
                if let Some(before) = before {
                    history.undo.push(std::rc::Rc::new(before));
                    if history.undo.len() > UNDO_LIMIT {
                        history.undo.remove(0);
                    }
                }
                history.redo.clear();
                history.last_key = key;
            }
            changed
        }
    }
}

fn apply_content(dossier: &mut Dossier, edit: PlanEdit) -> bool {
    match edit {
        PlanEdit::SetText(field, value) => match dossier.plan.text_mut(field) {
            Some(slot) => set(slot, value),
            None => false,
        },
        PlanEdit::SetType(t) => set(&mut dossier.plan.orientations, t.into_iter().collect()),
        PlanEdit::SetOrientation(t, on) => {
            let plan = &mut dossier.plan;
            let changed = toggle(&mut plan.orientations, t, on);
            crate::domain::order::order_by_key(&mut plan.orientations, |o| PlanType::ALL.iter().position(|a| a == o));
            changed
        }
        PlanEdit::SetDecisionDate(d) => set(&mut dossier.plan.decision_date, d),
        PlanEdit::SetStart(d) => set(&mut dossier.plan.start, d),
        PlanEdit::SetEnd(d) => set(&mut dossier.plan.end, d),
        PlanEdit::SetBirthDate(d) => set(&mut dossier.plan.birth_date, d),
        PlanEdit::SetHadRecentRight(v) => set(&mut dossier.plan.had_recent_right, v),
        PlanEdit::SetAskedByClient(v) => set(&mut dossier.plan.asked_by_client, v),
        PlanEdit::SetAskedByOcmw(v) => set(&mut dossier.plan.asked_by_ocmw, v),
        PlanEdit::SetOverride(v) => {
            let plan = &mut dossier.plan;
            match (v, &mut plan.mandate_override) {
                (None, slot) => set(slot, None),
                (Some(required), Some(o)) => set(&mut o.required, required),
                (Some(required), slot) => {
                    *slot = Some(MandateOverride { required, reason: String::new() });
                    true
                }
            }
        }
        PlanEdit::SetPresent(kind, on) => {
            let slot = dossier.plan.present_slot(kind);
            match (slot.is_some(), on) {
                (false, true) => set(slot, Some(String::new())),
                (true, false) => set(slot, None),
                _ => false,
            }
        }
        PlanEdit::SetStudentCommitment(c, on) => toggle(&mut dossier.plan.studies.commitments, c, on),
        PlanEdit::SetCost(c, on) => {
            let costs = &mut dossier.plan.costs;
            let changed = toggle(&mut costs.covered, c, on);
            if changed && on {
                costs.none_apply = false;
            }
            changed
        }
        PlanEdit::SetNoCosts(v) => {
            let costs = &mut dossier.plan.costs;
            if v {
                costs.covered.clear();
            }
            set(&mut costs.none_apply, v)
        }
        PlanEdit::RecordExplained(on) => {
            let content = dossier.plan.content_fingerprint();
            let explained = &mut dossier.plan.explained;
            if explained.last().is_some_and(|e| e.on == on && e.content == content) {
                return false;
            }
            explained.push(super::Explanation { on, content });
            true
        }
        PlanEdit::SetEndKind(k) => set(&mut dossier.plan.closing.kind, k),
        PlanEdit::SetEndDate(d) => set(&mut dossier.plan.closing.on, d),
        PlanEdit::EndPlan => {
            let closing = &mut dossier.plan.closing;
            closing.problems().is_empty() && set(&mut closing.ended, true)
        }
        PlanEdit::SetMoveConsent(d) => set(&mut dossier.plan.closing.consent_on, d),
        PlanEdit::AddThirdParty => {
            let id = dossier.new_item_id();
            dossier.plan.third_parties.push(ThirdParty {
                id,
                name: String::new(),
                role: String::new(),
                tasks: String::new(),
            });
            true
        }
        PlanEdit::RemoveThirdParty(id) => {
            let plan = &mut dossier.plan;
            let before = plan.third_parties.len();
            plan.third_parties.retain(|p| p.id != id);
            if plan.third_parties.len() == before {
                return false;
            }
            // Its actions keep their text but have no owner until one is chosen.
            for a in plan.actions.iter_mut().filter(|a| a.owner == Some(Owner::ThirdParty(id))) {
                Rc::make_mut(a).owner = None;
            }
            true
        }
        PlanEdit::AddGoal => {
            let id = dossier.new_item_id();
            let plan = &mut dossier.plan;
            plan.goals.push(Rc::new(Goal {
                id,
                title: String::new(),
                domain: None,
                from: plan.start,
                until: plan.end,
                why: String::new(),
            }));
            true
        }
        PlanEdit::RemoveGoal(id) => {
            let plan = &mut dossier.plan;
            let before = plan.goals.len();
            plan.goals.retain(|g| g.id != id);
            for a in plan.actions.iter_mut().filter(|a| a.goal == Some(id)) {
                Rc::make_mut(a).goal = None;
            }
            plan.goals.len() != before
        }
        PlanEdit::SetGoalDomain(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.domain, v)).unwrap_or(false),
        PlanEdit::SetGoalFrom(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.from, v)).unwrap_or(false),
        PlanEdit::SetGoalUntil(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.until, v)).unwrap_or(false),
        PlanEdit::AddAction { origin, what, owner, due, goal } => {
            let id = dossier.new_item_id();
            let plan = &mut dossier.plan;
            let goal = goal.filter(|g| plan.goal(*g).is_some());
            plan.actions.push(Rc::new(PlanAction {
                id,
                what,
                owner,
                due,
                evidence: String::new(),
                status: ActionStatus::Planned,
                stop_reason: String::new(),
                origin,
                goal,
                strength: None,
            }));
            true
        }
        PlanEdit::RemoveAction(id) => {
            let before = dossier.plan.actions.len();
            dossier.plan.actions.retain(|a| a.id != id);
            dossier.plan.actions.len() != before
        }
        PlanEdit::SetActionOwner(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.owner, v)).unwrap_or(false),
        PlanEdit::SetActionDue(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.due, v)).unwrap_or(false),
        PlanEdit::SetActionStatus(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.status, v)).unwrap_or(false),
        PlanEdit::SetActionGoal(id, v) => {
            let v = v.filter(|g| dossier.plan.goal(*g).is_some());
            dossier.plan.action_mut(id).map(|a| set(&mut a.goal, v)).unwrap_or(false)
        }
        PlanEdit::SetActionStrength(id, v) => {
            dossier.plan.action_mut(id).map(|a| set(&mut a.strength, v)).unwrap_or(false)
        }
        PlanEdit::ProposeEvaluations => {
            let Some(start) = dossier.plan.start else { return false };
            let proposals = rules::propose_evaluations(&dossier.plan.rules, start, dossier.plan.end);
            let mut planned = Vec::new();
            // Moments already held stay; the others are replaced by the proposal.
            for p in dossier.plan.planned_evaluations.clone() {
                if dossier.plan.planned_done(p.id) {
                    planned.push(p);
                }
            }
            for p in proposals {
                if !planned.iter().any(|q| q.date == p.date) {
                    planned.push(PlannedEvaluation { id: dossier.new_item_id(), date: p.date, kind: p.kind });
                }
            }
            crate::domain::order::order_by_key(&mut planned, |p| p.date);
            set(&mut dossier.plan.planned_evaluations, planned)
        }
        PlanEdit::RemovePlannedEvaluation(id) => {
            let plan = &mut dossier.plan;
            if plan.planned_done(id) {
                return false;
            }
            let before = plan.planned_evaluations.len();
            plan.planned_evaluations.retain(|p| p.id != id);
            plan.planned_evaluations.len() != before
        }
        PlanEdit::AskReflection(d) => set(&mut dossier.plan.reflection_asked, d),
        PlanEdit::SetSignedOn(d) => set(&mut dossier.plan.signed_on, d),
        PlanEdit::SetRules(r) if !r.evaluation_settings_valid() => false,
        PlanEdit::SetRules(r) => set(&mut dossier.plan.rules, r),
        PlanEdit::SetExemption(ground) => set_exemption(&mut dossier.plan.exemption, ground),
        PlanEdit::SetExemptionDate(d) => match &mut dossier.plan.exemption {
            Some(x) => set(&mut x.decided_on, d),
            None => false,
        },
        PlanEdit::SetPartTimeTopUp(v) => set(&mut dossier.plan.part_time_top_up, v),
        PlanEdit::WaiveReflection(d) => set(&mut dossier.plan.reflection_waived, d),
        PlanEdit::Undo | PlanEdit::Redo | PlanEdit::SetStep(_) | PlanEdit::RecordEvaluation(_) => false,
    }
}

/// Records the exemption's ground, keeping its reason and date when only the ground changes.
fn set_exemption(slot: &mut Option<Exemption>, ground: Option<ExemptionGround>) -> bool {
    match (ground, slot.as_mut()) {
        (None, _) => set(slot, None),
        (Some(ground), Some(x)) => set(&mut x.ground, ground),
        (Some(ground), None) => {
            *slot = Some(Exemption { ground, reason: String::new(), decided_on: None });
            true
        }
    }
}
