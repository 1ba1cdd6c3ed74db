//! The GPMI (individual social-integration project), drafted together by client and worker:
//! the plan itself, its edits (with undo and redo), its evaluations and the ready-to-sign check.

mod changes;
#[cfg(test)]
mod changes_tests;
mod contract;
#[cfg(test)]
mod contract_tests;
mod edit;
#[cfg(test)]
mod evaluation_tests;
mod evaluations;
mod history;
mod kinds;
mod queries;
mod readiness;
mod report;
mod schedule;
mod strength;
mod talk;
#[cfg(test)]
mod tests;

pub use crate::domain::rules::EvaluationKind;
pub use changes::{plan_changes, ChangesSince, DateField, Part, Period, PlanChange, Who};
pub use contract::{
    Closing, Cost, CostCoverage, EndKind, EndProblem, Explanation, Present, StudentCommitment, Studies,
};
pub use edit::{apply, PlanEdit, TextField};
pub use evaluations::{Evaluation, EvaluationInput, GoalProgress, GoalReview, PlanVersion, PlannedEvaluation};
pub use history::{History, UNDO_LIMIT};
pub use kinds::{
    ActionOrigin, ActionStatus, Goal, MandateOverride, Owner, Plan, PlanAction, PlanStep, PlanType, SupportKind,
    ThirdParty,
};
pub use readiness::Missing;
pub use report::{EvaluationReport, VersionChange};
pub use strength::Strength;
pub use talk::{Agreements, MeansOf, Question, Topic, Topics};
