//! Evaluations: the moments planned and the ones held, each keeping the plan as it stood.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Goal, Plan, PlanAction};
use crate::domain::{Dossier, Rung};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedEvaluation {
    pub id: u64,
    pub date: NaiveDate,
    pub in_person: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalProgress {
    NotStarted,
    OnTrack,
    Reached,
    Adjusted,
    Stopped,
}

impl GoalProgress {
    pub const ALL: [GoalProgress; 5] = [
        GoalProgress::NotStarted,
        GoalProgress::OnTrack,
        GoalProgress::Reached,
        GoalProgress::Adjusted,
        GoalProgress::Stopped,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            GoalProgress::NotStarted => "not-started",
            GoalProgress::OnTrack => "on-track",
            GoalProgress::Reached => "reached",
            GoalProgress::Adjusted => "adjusted",
            GoalProgress::Stopped => "stopped",
        }
    }
    pub fn from_slug(s: &str) -> Option<GoalProgress> {
        GoalProgress::ALL.into_iter().find(|g| g.slug() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalReview {
    pub goal: u64,
    pub progress: GoalProgress,
}

/// The goals and actions as they stood at an evaluation, so earlier versions stay readable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PlanVersion {
    pub goals: Vec<Goal>,
    pub actions: Vec<PlanAction>,
}

/// What is filled in to record an evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationInput {
    pub date: NaiveDate,
    pub in_person: bool,
    /// Who was there.
    pub present: String,
    pub goals: Vec<GoalReview>,
    /// What changed: an added agreement, a shifted focus.
    pub changes: String,
    pub new_rung: Option<Rung>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: u64,
    pub date: NaiveDate,
    pub in_person: bool,
    #[serde(default)]
    pub present: String,
    #[serde(default)]
    pub goals: Vec<GoalReview>,
    #[serde(default)]
    pub changes: String,
    #[serde(default)]
    pub new_rung: Option<Rung>,
    /// The planned moment this evaluation fulfils.
    #[serde(default)]
    pub planned: Option<u64>,
    #[serde(default)]
    pub version: PlanVersion,
    pub recorded: DateTime<Utc>,
}

impl Plan {
    /// Whether a planned evaluation has been held.
    pub fn planned_done(&self, planned: u64) -> bool {
        self.evaluations.iter().any(|e| e.planned == Some(planned))
    }

    /// The first planned evaluation not yet held.
    pub fn next_planned(&self) -> Option<&PlannedEvaluation> {
        let mut open: Vec<_> = self.planned_evaluations.iter().filter(|p| !self.planned_done(p.id)).collect();
        open.sort_by_key(|p| p.date);
        open.into_iter().next()
    }
}

/// Appends an evaluation; it fulfils the next planned moment and keeps the plan's version.
pub(super) fn record_evaluation(dossier: &mut Dossier, input: EvaluationInput, now: DateTime<Utc>) -> bool {
    let id = dossier.new_item_id();
    let plan = &mut dossier.plan;
    let planned = plan.next_planned().map(|p| p.id);
    let goals = input.goals.into_iter().filter(|r| plan.goal(r.goal).is_some()).collect();
    plan.evaluations.push(Evaluation {
        id,
        date: input.date,
        in_person: input.in_person,
        present: input.present,
        goals,
        changes: input.changes,
        new_rung: input.new_rung,
        planned,
        version: PlanVersion { goals: plan.goals.clone(), actions: plan.actions.clone() },
        recorded: now,
    });
    plan.history.last_key = None;
    true
}
