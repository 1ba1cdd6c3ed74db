//! The rule set itself, with the Belgian defaults.

use serde::{Deserialize, Serialize};

/// Whether reflection time counts every day or only working days.
///
/// Source: the Brussels social-law guides (bdas-wwsb, droitsquotidiens) count 5 *calendar* days;
/// one guide speaks of working days. Default: calendar days (the majority of the sources).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    #[default]
    Calendar,
    /// Monday to Friday (and, if set, not on Belgian public holidays).
    Working,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSet {
    /// Below this age a GPMI is always required.
    pub young_age: u32,
    /// From `young_age` on, a GPMI is required for someone without a right to social integration
    /// in this many months before the decision.
    pub no_right_months: u32,
    /// The GPMI is concluded within this many months of the leefloon decision.
    pub deadline_months: u32,
    /// Warn this many days before the deadline (and after it).
    pub deadline_warn_days: i64,
    /// Days the client may take to think before signing.
    pub reflection_days: u32,
    pub reflection_count: DayCount,
    /// Also skip Belgian public holidays when counting working days.
    pub skip_public_holidays: bool,
    /// At least this many evaluations a year...
    pub evaluations_per_year: u32,
    /// ... of which at least this many in person.
    pub in_person_per_year: u32,
    /// An evaluation is "due" this many days before its date.
    pub evaluation_warn_days: i64,

    // ---- rules: who must, rights and sanctions (docs/rules.md) ----
    /// A part-time worker who gets a top-up leefloon must have a GPMI. Sources differ: seed 000
    /// (L2519-2530, Oostende) lists them as required; the Brussels guides call it optional.
    /// Default: required (seed 000); an OCMW that follows the guides turns it off.
    pub part_time_top_up_required: bool,
    /// On request, the client meets the worker within this many working days (domain README 3b,
    /// after the Brussels guides; a right separate from the reflection time).
    pub meeting_working_days: u32,
    /// An appeal to the labour court is lodged within this many months of the notification
    /// (RMI-wet art. 47).
    pub appeal_months: u32,
    /// A sanction suspends the leefloon, totally or partly, for at most this many months...
    /// (RMI-wet art. 30; seed 000 L2556-2566).
    pub sanction_months: u32,
    /// ... and at most this many when it happens again within a year (RMI-wet art. 30; seed 000
    /// L2568-2578).
    pub sanction_repeat_months: u32,
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet {
            young_age: 25,
            no_right_months: 3,
            deadline_months: 3,
            deadline_warn_days: 14,
            reflection_days: 5,
            reflection_count: DayCount::Calendar,
            skip_public_holidays: false,
            evaluations_per_year: 3,
            in_person_per_year: 2,
            evaluation_warn_days: 14,
            part_time_top_up_required: true,
            meeting_working_days: 5,
            appeal_months: 3,
            sanction_months: 1,
            sanction_repeat_months: 3,
        }
    }
}
