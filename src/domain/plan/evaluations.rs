//! Evaluations: the moments planned and the ones held, each keeping the plan as it stood.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Goal, Plan, PlanAction};
use crate::domain::ladder::{self, LadderEdit, PlacementDraft, Position, Viewpoint};
use crate::domain::rules::{may_link, EvaluationKind};
use crate::domain::{Dossier, Rung};

/// A planned evaluation moment.
///
/// Stored as older versions stored it (`in_person` yes or no), plus `written: true` for the kind
/// they did not have: a plan signed before written evaluations existed keeps its fingerprint,
/// because the signed content holds the planned moments in this form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredMoment", into = "StoredMoment")]
pub struct PlannedEvaluation {
    pub id: u64,
    pub date: NaiveDate,
    pub kind: EvaluationKind,
}

#[derive(Clone, Serialize, Deserialize)]
struct StoredMoment {
    id: u64,
    date: NaiveDate,
    in_person: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    written: bool,
}

impl From<StoredMoment> for PlannedEvaluation {
    fn from(m: StoredMoment) -> Self {
        let kind = if m.written { EvaluationKind::Written } else { EvaluationKind::from_in_person(m.in_person) };
        PlannedEvaluation { id: m.id, date: m.date, kind }
    }
}

impl From<PlannedEvaluation> for StoredMoment {
    fn from(p: PlannedEvaluation) -> Self {
        StoredMoment {
            id: p.id,
            date: p.date,
            in_person: p.kind.is_in_person(),
            written: p.kind == EvaluationKind::Written,
        }
    }
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
    pub goals: Vec<std::rc::Rc<Goal>>,
    pub actions: Vec<std::rc::Rc<PlanAction>>,
}

/// What is filled in to record an evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationInput {
    pub date: NaiveDate,
    pub kind: EvaluationKind,
    /// The planned moment it fulfils (chosen in the form; `Plan::default_link` proposes one).
    pub planned: Option<u64>,
    /// Who was there.
    pub present: String,
    pub goals: Vec<GoalReview>,
    /// What changed: an added agreement, a shifted focus.
    pub changes: String,
    pub new_rung: Option<Rung>,
    /// Whose view the new rung is.
    pub viewpoint: Viewpoint,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: u64,
    pub date: NaiveDate,
    /// Older versions stored `in_person: true/false`.
    #[serde(alias = "in_person")]
    pub kind: EvaluationKind,
    #[serde(default)]
    pub present: String,
    #[serde(default)]
    pub goals: Vec<GoalReview>,
    #[serde(default)]
    pub changes: String,
    #[serde(default)]
    pub new_rung: Option<Rung>,
    /// Whose view the new rung is (it became a ladder placement with this view).
    #[serde(default)]
    pub viewpoint: Viewpoint,
    /// The ladder placement the new rung became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<u64>,
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
        self.open_moments().into_iter().min_by_key(|p| p.date)
    }

    /// The planned moments not yet held.
    pub fn open_moments(&self) -> Vec<&PlannedEvaluation> {
        self.planned_evaluations.iter().filter(|p| !self.planned_done(p.id)).collect()
    }

    pub fn planned_moment(&self, id: u64) -> Option<&PlannedEvaluation> {
        self.planned_evaluations.iter().find(|p| p.id == id)
    }

    pub fn evaluation(&self, id: u64) -> Option<&Evaluation> {
        self.evaluations.iter().find(|e| e.id == id).map(|e| &**e)
    }
}

/// Appends an evaluation with the plan's version of now. It fulfils the planned moment chosen,
/// if that moment is still open and not too far ahead (else it is kept unlinked: nothing entered
/// is lost). A new rung becomes a ladder placement on the evaluation's date, with its view.
pub(super) fn record_evaluation(dossier: &mut Dossier, input: EvaluationInput, now: DateTime<Utc>) -> bool {
    let id = dossier.new_item_id();
    let placement = input.new_rung.and_then(|rung| place_on_ladder(dossier, &input, rung, id, now));
    let plan = &mut dossier.plan;
    let planned = input.planned.filter(|p| {
        plan.planned_moment(*p).is_some_and(|m| may_link(&plan.rules, input.date, m.date)) && !plan.planned_done(*p)
    });
    let goals = input.goals.into_iter().filter(|r| plan.goal(r.goal).is_some()).collect();
    plan.evaluations.push(std::rc::Rc::new(Evaluation {
        id,
        date: input.date,
        kind: input.kind,
        present: input.present,
        goals,
        changes: input.changes,
        new_rung: input.new_rung,
        viewpoint: input.viewpoint,
        placement,
        planned,
        version: PlanVersion { goals: plan.goals.clone(), actions: plan.actions.clone() },
        recorded: now,
    }));
    plan.history.last_key = None;
    true
}

/// The rung of an evaluation as a ladder placement (a language course beside the current rung
/// carries over); its id.
fn place_on_ladder(
    dossier: &mut Dossier,
    input: &EvaluationInput,
    rung: Rung,
    evaluation: u64,
    now: DateTime<Utc>,
) -> Option<u64> {
    let draft = PlacementDraft {
        date: input.date,
        position: Position::Rung(rung),
        viewpoint: input.viewpoint,
        language_course: dossier.ladder.current().is_some_and(|p| p.draft.language_course),
        note: String::new(),
    };
    if !ladder::apply(dossier, LadderEdit::AddPlacement(draft), now) {
        return None;
    }
    let placement = std::rc::Rc::make_mut(&mut dossier.ladder).placements.iter_mut().max_by_key(|p| p.id)?;
    placement.evaluation = Some(evaluation);
    Some(placement.id)
}
