//! The ready-to-sign check.

use super::Plan;
use crate::domain::rules::{self, Proposal};

impl Plan {
    /// What is still missing before signing. Never blocks saving.
    pub fn missing(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        if self.plan_type.is_none() {
            out.push(Missing::NoType);
        }
        if self.start.is_none() {
            out.push(Missing::NoStart);
        }
        if self.worker_name.trim().is_empty() {
            out.push(Missing::NoWorkerName);
        }
        if self.ocmw_name.trim().is_empty() {
            out.push(Missing::NoOcmwName);
        }
        for p in &self.third_parties {
            if p.name.trim().is_empty() {
                out.push(Missing::ThirdPartyWithoutName);
            }
        }
        if self.goals.is_empty() {
            out.push(Missing::NoGoal);
        }
        for g in &self.goals {
            if g.title.trim().is_empty() {
                out.push(Missing::GoalWithoutTitle);
            }
        }
        if self.actions.is_empty() {
            out.push(Missing::NoAction);
        }
        for a in &self.actions {
            let what = a.what.trim().to_owned();
            if what.is_empty() {
                out.push(Missing::ActionWithoutWhat);
            }
            if !a.owner.map(|o| self.owner_exists(o)).unwrap_or(false) {
                out.push(Missing::ActionWithoutOwner { what: what.clone() });
            }
            if a.due.is_none() {
                out.push(Missing::ActionWithoutDate { what });
            }
        }
        if self.planned_evaluations.is_empty() {
            out.push(Missing::NoEvaluationPlanned);
        } else if let Some(start) = self.start {
            let planned: Vec<Proposal> =
                self.planned_evaluations.iter().map(|p| Proposal { date: p.date, kind: p.kind }).collect();
            if !rules::schedule_meets_minimum(&self.rules, start, self.end, &planned) {
                out.push(Missing::TooFewEvaluations);
            }
        }
        out
    }
}

/// One thing still missing before the plan is ready to sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    NoType,
    NoStart,
    NoWorkerName,
    NoOcmwName,
    ThirdPartyWithoutName,
    NoGoal,
    GoalWithoutTitle,
    NoAction,
    ActionWithoutWhat,
    ActionWithoutOwner { what: String },
    ActionWithoutDate { what: String },
    NoEvaluationPlanned,
    TooFewEvaluations,
}

impl Missing {
    pub fn message_id(&self) -> &'static str {
        match self {
            Missing::NoType => "plan-missing-type",
            Missing::NoStart => "plan-missing-start",
            Missing::NoWorkerName => "plan-missing-worker",
            Missing::NoOcmwName => "plan-missing-ocmw",
            Missing::ThirdPartyWithoutName => "plan-missing-third-name",
            Missing::NoGoal => "plan-missing-goal",
            Missing::GoalWithoutTitle => "plan-missing-goal-title",
            Missing::NoAction => "plan-missing-action",
            Missing::ActionWithoutWhat => "plan-missing-action-what",
            Missing::ActionWithoutOwner { .. } => "plan-missing-action-owner",
            Missing::ActionWithoutDate { .. } => "plan-missing-action-date",
            Missing::NoEvaluationPlanned => "plan-missing-evaluation",
            Missing::TooFewEvaluations => "plan-missing-evaluation-count",
        }
    }
    /// The action's text, for messages that name it.
    pub fn what(&self) -> Option<&str> {
        match self {
            Missing::ActionWithoutOwner { what } | Missing::ActionWithoutDate { what } => Some(what),
            _ => None,
        }
    }
}
