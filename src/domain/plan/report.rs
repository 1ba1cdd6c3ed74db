//! The evaluation report: what an OCMW files after every evaluation (date, kind, who was there,
//! progress per goal, the actions and their status, what changed since the version before, the
//! rung and the next moment), and the SHA-256 fingerprint of what it prints.

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Evaluation, Goal, Plan, PlanAction, PlanVersion, PlannedEvaluation};

/// Version of the report's canonical form; part of it, so a change of form changes every
/// fingerprint.
pub const REPORT_FORMAT: &str = "trede-evaluation-1";

/// One change between the version before an evaluation and the version it kept.
/// Written as `{"change":"goal_added","title":..}` (by hand: less wasm than the derived
/// adjacently tagged code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionChange {
    GoalAdded(String),
    GoalChanged(String),
    GoalRemoved(String),
    ActionAdded(String),
    ActionChanged(String),
    ActionRemoved(String),
}

impl Serialize for VersionChange {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let change = match self {
            VersionChange::GoalAdded(_) => "goal_added",
            VersionChange::GoalChanged(_) => "goal_changed",
            VersionChange::GoalRemoved(_) => "goal_removed",
            VersionChange::ActionAdded(_) => "action_added",
            VersionChange::ActionChanged(_) => "action_changed",
            VersionChange::ActionRemoved(_) => "action_removed",
        };
        let mut st = s.serialize_struct("VersionChange", 2)?;
        st.serialize_field("change", change)?;
        st.serialize_field("title", self.title())?;
        st.end()
    }
}

impl VersionChange {
    /// The message that says what happened: `eval-report-change-<kind>`.
    pub fn message_id(&self) -> &'static str {
        match self {
            VersionChange::GoalAdded(_) => "eval-report-change-goal-added",
            VersionChange::GoalChanged(_) => "eval-report-change-goal-changed",
            VersionChange::GoalRemoved(_) => "eval-report-change-goal-removed",
            VersionChange::ActionAdded(_) => "eval-report-change-action-added",
            VersionChange::ActionChanged(_) => "eval-report-change-action-changed",
            VersionChange::ActionRemoved(_) => "eval-report-change-action-removed",
        }
    }

    /// The title of the goal or action, as typed.
    pub fn title(&self) -> &str {
        match self {
            VersionChange::GoalAdded(t)
            | VersionChange::GoalChanged(t)
            | VersionChange::GoalRemoved(t)
            | VersionChange::ActionAdded(t)
            | VersionChange::ActionChanged(t)
            | VersionChange::ActionRemoved(t) => t,
        }
    }
}

/// Everything one evaluation's report prints.
#[derive(Clone, Debug, PartialEq)]
pub struct EvaluationReport {
    pub evaluation: Evaluation,
    /// The planned moment it fulfilled.
    pub fulfils: Option<PlannedEvaluation>,
    /// What changed since the previous evaluation (or, for the first, since the signed plan).
    pub changes: Vec<VersionChange>,
    /// The first open moment after this evaluation.
    pub next: Option<PlannedEvaluation>,
}

impl EvaluationReport {
    /// The report of evaluation `id`; `signed` is the plan as last signed, the baseline of the
    /// first evaluation.
    pub fn new(plan: &Plan, id: u64, signed: Option<&Plan>) -> Option<EvaluationReport> {
        let evaluation = plan.evaluation(id)?.clone();
        let previous = plan
            .evaluations
            .iter()
            .filter(|e| (e.date, e.id) < (evaluation.date, evaluation.id))
            .max_by_key(|e| (e.date, e.id));
        let baseline = match (previous, signed) {
            (Some(p), _) => Some(p.version.clone()),
            (None, Some(s)) => Some(PlanVersion { goals: s.goals.clone(), actions: s.actions.clone() }),
            (None, None) => None,
        };
        let changes = baseline.map(|b| changes(&b, &evaluation.version)).unwrap_or_default();
        let fulfils = evaluation.planned.and_then(|p| plan.planned_moment(p)).cloned();
        let next = plan.open_moments().into_iter().filter(|p| p.date > evaluation.date).min_by_key(|p| p.date).cloned();
        Some(EvaluationReport { evaluation, fulfils, changes, next })
    }

    /// The canonical form of what the report prints: JSON with no spaces, in the fields' order of
    /// the stored form (fixed by [`REPORT_FORMAT`]; written as the dossier is, which keeps the wasm
    /// small).
    pub fn canonical_form(&self, client_name: &str) -> String {
        #[derive(Serialize)]
        struct Canonical<'a> {
            format: &'static str,
            client_name: &'a str,
            evaluation: &'a Evaluation,
            fulfils: &'a Option<PlannedEvaluation>,
            changes: &'a [VersionChange],
            next: Option<NaiveDate>,
        }
        let mut evaluation = self.evaluation.clone();
        // When it was typed in is not part of what is printed.
        evaluation.recorded = chrono::DateTime::UNIX_EPOCH;
        let canonical = Canonical {
            format: REPORT_FORMAT,
            client_name,
            evaluation: &evaluation,
            fulfils: &self.fulfils,
            changes: &self.changes,
            next: self.next.as_ref().map(|p| p.date),
        };
        serde_json::to_string(&canonical).expect("the report always serialises")
    }

    /// Lowercase hex SHA-256 of the canonical form.
    pub fn fingerprint(&self, client_name: &str) -> String {
        let digest = Sha256::digest(self.canonical_form(client_name).as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// What changed from `before` to `after`: goals and actions added, changed or removed.
pub fn changes(before: &PlanVersion, after: &PlanVersion) -> Vec<VersionChange> {
    let mut out = Vec::new();
    let goal = |v: &PlanVersion, id: u64| v.goals.iter().find(|g| g.id == id).cloned();
    for g in &after.goals {
        match goal(before, g.id) {
            None => out.push(VersionChange::GoalAdded(g.title.clone())),
            Some(old) if !same_goal(&old, g) => out.push(VersionChange::GoalChanged(g.title.clone())),
            Some(_) => {}
        }
    }
    out.extend(
        before
            .goals
            .iter()
            .filter(|g| goal(after, g.id).is_none())
            .map(|g| VersionChange::GoalRemoved(g.title.clone())),
    );
    let action = |v: &PlanVersion, id: u64| v.actions.iter().find(|a| a.id == id).cloned();
    for a in &after.actions {
        match action(before, a.id) {
            None => out.push(VersionChange::ActionAdded(a.what.clone())),
            Some(old) if !same_action(&old, a) => out.push(VersionChange::ActionChanged(a.what.clone())),
            Some(_) => {}
        }
    }
    out.extend(
        before
            .actions
            .iter()
            .filter(|a| action(after, a.id).is_none())
            .map(|a| VersionChange::ActionRemoved(a.what.clone())),
    );
    out
}

fn same_goal(a: &Goal, b: &Goal) -> bool {
    (&a.title, a.domain, a.from, a.until, &a.why) == (&b.title, b.domain, b.from, b.until, &b.why)
}

/// The same agreement: a status moving on is not a change of the plan (the report prints it).
fn same_action(a: &PlanAction, b: &PlanAction) -> bool {
    (&a.what, a.owner, a.due, &a.evidence, a.goal) == (&b.what, b.owner, b.due, &b.evidence, b.goal)
}

impl crate::domain::Dossier {
    /// The report of one evaluation; the first evaluation is compared with the plan as last
    /// signed.
    pub fn evaluation_report(&self, id: u64) -> Option<EvaluationReport> {
        EvaluationReport::new(&self.plan, id, self.signing.rounds.last().map(|r| &r.plan))
    }
}
