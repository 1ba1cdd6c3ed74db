//! The GPMI (individual social-integration project), drafted together by client and worker:
//! the plan itself, its edits (with undo and redo), its evaluations and the ready-to-sign check.

mod contract;
#[cfg(test)]
mod contract_tests;
mod edit;
mod evaluations;
mod history;
mod kinds;
mod queries;
mod readiness;
#[cfg(test)]
mod tests;

pub use contract::{
    Closing, Cost, CostCoverage, EndKind, EndProblem, Explanation, Present, StudentCommitment, Studies,
};
pub use edit::{apply, PlanEdit, TextField};
pub use evaluations::{Evaluation, EvaluationInput, GoalProgress, GoalReview, PlanVersion, PlannedEvaluation};
pub use history::{History, UNDO_LIMIT};
pub use kinds::{
    ActionOrigin, ActionStatus, Agreements, Goal, MandateOverride, MeansOf, Owner, Plan, PlanAction, PlanStep,
    PlanType, Question, SupportKind, ThirdParty, Topic, Topics,
};
pub use readiness::Missing;
