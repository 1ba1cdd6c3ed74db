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
    // ## evals
    /// An evaluation is linked by default to the nearest open planned moment no later than this
    /// many days after the evaluation's date (so an evaluation held today never fulfils a moment
    /// planned two months later). No source sets a margin: 30 days is Trede's choice, a little
    /// less than the shortest gap the proposal leaves between moments at 3 a year (4 months).
    pub evaluation_link_margin_days: i64,
    /// How the yearly minimum applies to a plan year shorter than twelve months (a plan shorter
    /// than a year, or the last part of a longer one). The sources only state the yearly minimum.
    pub short_year: ShortYear,
    // Who signs (docs/rules.md, "Who signs").
    /// A third party whose tasks are written only as text (no action of its own) is a party that
    /// signs. Default on: seed 002 has third parties who take on tasks sign; KB art. 11 (2016)
    /// makes a third party's commitments part of the contract. Off: only a third party that
    /// carries an action must sign.
    pub third_party_with_tasks_signs: bool,
}

/// The yearly minimum of evaluations for a plan year shorter than twelve months. RMI-wet/KB and
/// POD MI state "at least 3 a year, at least 2 in person" and say nothing of shorter periods, so
/// this is an OCMW's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ShortYear {
    /// The minimum in proportion to the months (a started month counts), rounded up: six months
    /// need 2 evaluations, 1 in person; three months need 1, in person.
    #[default]
    Proportional,
    /// The full yearly minimum, however short the period.
    FullYear,
}

impl ShortYear {
    pub const ALL: [ShortYear; 2] = [ShortYear::Proportional, ShortYear::FullYear];
    pub fn slug(self) -> &'static str {
        match self {
            ShortYear::Proportional => "proportional",
            ShortYear::FullYear => "full-year",
        }
    }
    pub fn from_slug(s: &str) -> Option<ShortYear> {
        ShortYear::ALL.into_iter().find(|v| v.slug() == s)
    }
}

/// The largest margin the rule-set editor accepts, in days (about three months).
pub const MAX_LINK_MARGIN_DAYS: i64 = 92;

impl RuleSet {
    /// Whether the evaluation settings are usable: a link margin from 0 to
    /// [`MAX_LINK_MARGIN_DAYS`] days.
    pub fn evaluation_settings_valid(&self) -> bool {
        (0..=MAX_LINK_MARGIN_DAYS).contains(&self.evaluation_link_margin_days)
    }
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
            evaluation_link_margin_days: 30,
            short_year: ShortYear::Proportional,
            third_party_with_tasks_signs: true,
        }
    }
}
