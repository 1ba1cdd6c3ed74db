//! The GPMI rule set as data: who must have a plan, the deadline after the leefloon decision,
//! reflection time and the evaluation rhythm. Belgian defaults; an OCMW can change them.
//! Every function is pure: "today" is always a parameter.

mod calendar;
mod deadlines;
mod evaluations;
mod mandate;
mod rule_set;
#[cfg(test)]
mod tests;
mod years;
#[cfg(test)]
mod years_tests;

pub use calendar::{add_months, age_on, easter, is_belgian_public_holiday};
pub use deadlines::{deadline_status, due_date, meeting_due, reflection_end, signed_inside_reflection, DeadlineStatus};
pub use evaluations::{
    default_link, evaluation_status, may_link, propose_evaluations, schedule_meets_minimum, schedule_shortfall,
    EvaluationKind, EvaluationStatus, Proposal,
};
pub use mandate::{mandate, Exemption, ExemptionGround, Ground, Mandate, MandateFacts};
pub use rule_set::{DayCount, RuleSet, ShortYear, MAX_LINK_MARGIN_DAYS};
pub use years::{count_years, minimum, plan_years, PlanYear, Tally, YearCount, YearStatus};
