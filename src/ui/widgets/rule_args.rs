//! The numbers of the rights texts, from the plan's rule set, as Fluent variables: the messages
//! never write them out, so an OCMW that changes a setting changes every text that names it.

use fluent_bundle::FluentValue;

use crate::domain::rules::RuleSet;

/// The variables every rights message may use: `$appeal` (months to appeal), `$sanction` and
/// `$repeat` (longest suspension, once and again within a year), `$reflection` (days of
/// reflection time) and `$meeting` (working days to a meeting asked for).
pub fn rights_args(rules: &RuleSet) -> [(&'static str, FluentValue<'static>); 5] {
    [
        ("appeal", FluentValue::from(rules.appeal_months)),
        ("sanction", FluentValue::from(rules.sanction_months)),
        ("repeat", FluentValue::from(rules.sanction_repeat_months)),
        ("reflection", FluentValue::from(rules.reflection_days)),
        ("meeting", FluentValue::from(rules.meeting_working_days)),
    ]
}
