//! The numbers of the rights texts, from the plan's rule set, as Fluent variables: the messages
//! never write them out, so an OCMW that changes a setting changes every text that names it.

use fluent_bundle::FluentValue;

use crate::domain::rules::RuleSet;

/// The variables every rights message may use: `$appeal` (months to appeal), `$sanction` and
/// `$repeat` (longest suspension, once and again within a year), `$reflection` (days of
/// reflection time), `$meeting` (working days to a meeting asked for), `$evaluations` and
/// `$in_person` (evaluations a year, and how many of them in person).
pub fn rights_args(rules: &RuleSet) -> [(&'static str, FluentValue<'static>); 7] {
    [
        ("appeal", FluentValue::from(rules.appeal_months)),
        ("sanction", FluentValue::from(rules.sanction_months)),
        ("repeat", FluentValue::from(rules.sanction_repeat_months)),
        ("reflection", FluentValue::from(rules.reflection_days)),
        ("meeting", FluentValue::from(rules.meeting_working_days)),
        ("evaluations", FluentValue::from(rules.evaluations_per_year)),
        ("in_person", FluentValue::from(rules.in_person_per_year.min(rules.evaluations_per_year))),
    ]
}
