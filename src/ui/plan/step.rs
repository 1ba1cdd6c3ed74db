//! What every step of the plan gets: the plan (shared, not copied), today, and where edits go.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanEdit};

/// The plan inside the shared dossier: handed to a step without copying it (and its undo history)
/// on every keystroke. Equal when it is the same dossier or the same plan.
#[derive(Clone)]
pub struct PlanRef(pub std::rc::Rc<crate::domain::Dossier>);

impl std::ops::Deref for PlanRef {
    type Target = Plan;
    fn deref(&self) -> &Plan {
        &self.0.plan
    }
}

impl PartialEq for PlanRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0) || self.0.plan == other.0.plan
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanStepProps {
    pub plan: PlanRef,
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    pub on_edit: Callback<PlanEdit>,
    /// Opens the print view of one held evaluation's report.
    #[prop_or_default]
    pub on_print: Callback<u64>,
}
