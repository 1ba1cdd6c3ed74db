//! The rule set itself, with the Belgian defaults.

use serde::{Deserialize, Serialize};

/// Whether reflection time counts every day or only working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    Calendar,
    /// Monday to Friday (and, if set, not on Belgian public holidays).
    #[default]
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
    // Who signs (docs/rules.md, "Who signs").
    /// A third party whose tasks are written only as text (no action of its own) is a party that
    /// signs. Default on: seed 002 has third parties who take on tasks sign; KB art. 11 (2016)
    /// makes a third party's commitments part of the contract. Off: only a third party that
    /// carries an action must sign.
    pub third_party_with_tasks_signs: bool,
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet {
            young_age: 25,
            no_right_months: 3,
            deadline_months: 3,
            deadline_warn_days: 14,
            reflection_days: 5,
            reflection_count: DayCount::Working,
            skip_public_holidays: false,
            evaluations_per_year: 3,
            in_person_per_year: 2,
            evaluation_warn_days: 14,
            third_party_with_tasks_signs: true,
        }
    }
}
