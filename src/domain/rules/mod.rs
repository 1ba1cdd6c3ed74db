//! The GPMI rule set as data: who must have a plan, the deadline after the leefloon decision,
//! reflection time and the evaluation rhythm. Belgian defaults; an OCMW can change them.
//! Every function is pure: "today" is always a parameter.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
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
        }
    }
}

/// Age in whole years on `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// Adds whole months; a day that does not exist in the target month becomes its last day
/// (30 November + 3 months = 28 or 29 February).
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// Why a GPMI is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    Under25,
    NewBeneficiary,
    AskedByClient,
    AskedByOcmw,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::Under25, Ground::NewBeneficiary, Ground::AskedByClient, Ground::AskedByOcmw];
    pub fn message_id(self) -> &'static str {
        match self {
            Ground::Under25 => "plan-ground-under25",
            Ground::NewBeneficiary => "plan-ground-new",
            Ground::AskedByClient => "plan-ground-client",
            Ground::AskedByOcmw => "plan-ground-ocmw",
        }
    }
}

/// What is known about the client, to decide whether a GPMI is required.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MandateFacts {
    pub birth_date: Option<NaiveDate>,
    /// Had a right to social integration in the months before; `None` when not known yet.
    pub had_recent_right: Option<bool>,
    pub asked_by_client: bool,
    pub asked_by_ocmw: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mandate {
    /// Required, for these reasons.
    Required(Vec<Ground>),
    NotRequired,
    /// Not enough known yet (no birth date, or no history).
    Unknown,
}

/// Who must have a GPMI, on `on` (the decision date, or today).
pub fn mandate(rules: &RuleSet, facts: &MandateFacts, on: NaiveDate) -> Mandate {
    let mut grounds = Vec::new();
    let young = facts.birth_date.map(|b| age_on(b, on) < rules.young_age);
    if young == Some(true) {
        grounds.push(Ground::Under25);
    }
    if young == Some(false) && facts.had_recent_right == Some(false) {
        grounds.push(Ground::NewBeneficiary);
    }
    if facts.asked_by_client {
        grounds.push(Ground::AskedByClient);
    }
    if facts.asked_by_ocmw {
        grounds.push(Ground::AskedByOcmw);
    }
    if !grounds.is_empty() {
        Mandate::Required(grounds)
    } else if young.is_none() || facts.had_recent_right.is_none() {
        Mandate::Unknown
    } else {
        Mandate::NotRequired
    }
}

/// The last day to conclude the GPMI.
pub fn due_date(rules: &RuleSet, decision: NaiveDate) -> NaiveDate {
    add_months(decision, rules.deadline_months)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineStatus {
    Comfortable { days_left: i64 },
    Close { days_left: i64 },
    Past { days_over: i64 },
}

pub fn deadline_status(rules: &RuleSet, due: NaiveDate, today: NaiveDate) -> DeadlineStatus {
    let days_left = (due - today).num_days();
    if days_left < 0 {
        DeadlineStatus::Past { days_over: -days_left }
    } else if days_left <= rules.deadline_warn_days {
        DeadlineStatus::Close { days_left }
    } else {
        DeadlineStatus::Comfortable { days_left }
    }
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("valid Easter date")
}

/// The ten legal public holidays of Belgium.
pub fn is_belgian_public_holiday(date: NaiveDate) -> bool {
    let fixed = [(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)];
    if fixed.contains(&(date.month(), date.day())) {
        return true;
    }
    let easter = easter(date.year());
    [1, 39, 50].iter().any(|&offset| easter + Duration::days(offset) == date)
}

fn is_working_day(rules: &RuleSet, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && !(rules.skip_public_holidays && is_belgian_public_holiday(date))
}

/// The last day of the reflection time asked for on `asked`: the client can sign from the next day.
pub fn reflection_end(rules: &RuleSet, asked: NaiveDate) -> NaiveDate {
    let mut date = asked;
    let mut left = rules.reflection_days;
    while left > 0 {
        date += Duration::days(1);
        if rules.reflection_count == DayCount::Calendar || is_working_day(rules, date) {
            left -= 1;
        }
    }
    date
}

/// A proposed evaluation moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub date: NaiveDate,
    pub in_person: bool,
}

/// Evenly spread evaluations from `start` until `end` (one year when there is no end), at least
/// `evaluations_per_year` a year, the first `in_person_per_year` of each year in person.
pub fn propose_evaluations(rules: &RuleSet, start: NaiveDate, end: Option<NaiveDate>) -> Vec<Proposal> {
    let per_year = rules.evaluations_per_year.clamp(1, 12);
    let step = 12 / per_year;
    let end = end.filter(|e| *e > start).unwrap_or_else(|| add_months(start, 12));
    let in_person = |k: u32| (k - 1) % per_year < rules.in_person_per_year;
    let mut out: Vec<Proposal> = Vec::new();
    let mut k = 1;
    while k <= 120 {
        let date = add_months(start, step * k);
        if date > end {
            break;
        }
        out.push(Proposal { date, in_person: in_person(k) });
        k += 1;
    }
    // A plan that ends between two moments closes with an evaluation on its last day.
    let last = out.last().map(|p| p.date).unwrap_or(start);
    if (end - last).num_days() >= 30 {
        out.push(Proposal { date: end, in_person: in_person(k) });
    }
    out
}

/// Where a planned evaluation stands on `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvaluationStatus {
    Done,
    Overdue { days_over: i64 },
    Due { days_left: i64 },
    Later,
}

impl EvaluationStatus {
    pub fn message_id(self) -> &'static str {
        match self {
            EvaluationStatus::Done => "plan-eval-status-done",
            EvaluationStatus::Overdue { .. } => "plan-eval-status-overdue",
            EvaluationStatus::Due { .. } => "plan-eval-status-due",
            EvaluationStatus::Later => "plan-eval-status-later",
        }
    }
}

pub fn evaluation_status(rules: &RuleSet, date: NaiveDate, done: bool, today: NaiveDate) -> EvaluationStatus {
    if done {
        return EvaluationStatus::Done;
    }
    let days_left = (date - today).num_days();
    if days_left < 0 {
        EvaluationStatus::Overdue { days_over: -days_left }
    } else if days_left <= rules.evaluation_warn_days {
        EvaluationStatus::Due { days_left }
    } else {
        EvaluationStatus::Later
    }
}

/// Whether a schedule meets the yearly minimum (counted over its first year).
pub fn schedule_meets_minimum(rules: &RuleSet, start: NaiveDate, planned: &[Proposal]) -> bool {
    let year_end = add_months(start, 12);
    let first_year: Vec<_> = planned.iter().filter(|p| p.date <= year_end).collect();
    first_year.len() as u32 >= rules.evaluations_per_year
        && first_year.iter().filter(|p| p.in_person).count() as u32 >= rules.in_person_per_year
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_counts_whole_years_and_leap_day_birthdays() {
        assert_eq!(age_on(d(2003, 5, 10), d(2026, 5, 9)), 22);
        assert_eq!(age_on(d(2003, 5, 10), d(2026, 5, 10)), 23);
        // Born on 29 February: a year older only from 1 March in common years.
        assert_eq!(age_on(d(2004, 2, 29), d(2029, 2, 28)), 24);
        assert_eq!(age_on(d(2004, 2, 29), d(2029, 3, 1)), 25);
    }

    #[test]
    fn under_25_is_always_required() {
        let facts = MandateFacts { birth_date: Some(d(2003, 5, 10)), ..Default::default() };
        assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 24)), Mandate::Required(vec![Ground::Under25]));
        // The 25th birthday on the decision day: no longer under 25.
        let facts =
            MandateFacts { birth_date: Some(d(2001, 11, 24)), had_recent_right: Some(true), ..Default::default() };
        assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 24)), Mandate::NotRequired);
        assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 23)), Mandate::Required(vec![Ground::Under25]));
    }

    #[test]
    fn older_clients_depend_on_history_or_a_request() {
        let rules = RuleSet::default();
        let on = d(2026, 11, 24);
        let mut facts = MandateFacts { birth_date: Some(d(1980, 1, 1)), ..Default::default() };
        assert_eq!(mandate(&rules, &facts, on), Mandate::Unknown);
        facts.had_recent_right = Some(false);
        assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::NewBeneficiary]));
        facts.had_recent_right = Some(true);
        assert_eq!(mandate(&rules, &facts, on), Mandate::NotRequired);
        facts.asked_by_client = true;
        assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::AskedByClient]));
        facts.asked_by_client = false;
        facts.asked_by_ocmw = true;
        assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::AskedByOcmw]));
        assert_eq!(mandate(&rules, &MandateFacts::default(), on), Mandate::Unknown);
    }

    #[test]
    fn due_date_is_three_months_later_clamped_to_month_end() {
        let rules = RuleSet::default();
        assert_eq!(due_date(&rules, d(2026, 11, 24)), d(2027, 2, 24));
        assert_eq!(due_date(&rules, d(2026, 11, 30)), d(2027, 2, 28));
        assert_eq!(due_date(&rules, d(2027, 11, 30)), d(2028, 2, 29), "leap year");
        assert_eq!(due_date(&rules, d(2027, 11, 29)), d(2028, 2, 29));
        assert_eq!(due_date(&rules, d(2026, 5, 31)), d(2026, 8, 31));
        assert_eq!(due_date(&rules, d(2026, 3, 31)), d(2026, 6, 30));
        assert_eq!(due_date(&rules, d(2026, 10, 15)), d(2027, 1, 15), "across the year end");
    }

    #[test]
    fn deadline_warns_when_close_or_past() {
        let rules = RuleSet::default();
        let due = d(2027, 2, 28);
        assert_eq!(deadline_status(&rules, due, d(2027, 2, 1)), DeadlineStatus::Comfortable { days_left: 27 });
        assert_eq!(deadline_status(&rules, due, d(2027, 2, 14)), DeadlineStatus::Close { days_left: 14 });
        assert_eq!(deadline_status(&rules, due, d(2027, 2, 28)), DeadlineStatus::Close { days_left: 0 });
        assert_eq!(deadline_status(&rules, due, d(2027, 3, 1)), DeadlineStatus::Past { days_over: 1 });
    }

    #[test]
    fn reflection_time_skips_the_weekend_by_default() {
        let rules = RuleSet::default();
        // Asked on Thursday 26 November 2026: Fri, Mon, Tue, Wed, Thu.
        assert_eq!(reflection_end(&rules, d(2026, 11, 26)), d(2026, 12, 3));
        // Asked on a Saturday: Mon to Fri.
        assert_eq!(reflection_end(&rules, d(2026, 11, 28)), d(2026, 12, 4));
        let calendar = RuleSet { reflection_count: DayCount::Calendar, ..RuleSet::default() };
        assert_eq!(reflection_end(&calendar, d(2026, 11, 26)), d(2026, 12, 1));
    }

    #[test]
    fn public_holidays_are_skipped_only_when_set() {
        assert_eq!(easter(2026), d(2026, 4, 5));
        assert_eq!(easter(2027), d(2027, 3, 28));
        assert!(is_belgian_public_holiday(d(2026, 4, 6)), "Easter Monday");
        assert!(is_belgian_public_holiday(d(2026, 5, 14)), "Ascension");
        assert!(is_belgian_public_holiday(d(2026, 5, 25)), "Whit Monday");
        assert!(is_belgian_public_holiday(d(2026, 11, 11)));
        assert!(!is_belgian_public_holiday(d(2026, 11, 12)));
        // Asked on Monday 9 November 2026; 11 November is a Wednesday holiday.
        let plain = RuleSet::default();
        assert_eq!(reflection_end(&plain, d(2026, 11, 9)), d(2026, 11, 16));
        let holidays = RuleSet { skip_public_holidays: true, ..RuleSet::default() };
        assert_eq!(reflection_end(&holidays, d(2026, 11, 9)), d(2026, 11, 17));
    }

    #[test]
    fn a_year_gets_three_evaluations_two_in_person() {
        let rules = RuleSet::default();
        let start = d(2026, 11, 30);
        let plan = propose_evaluations(&rules, start, None);
        assert_eq!(
            plan,
            vec![
                Proposal { date: d(2027, 3, 30), in_person: true },
                Proposal { date: d(2027, 7, 30), in_person: true },
                Proposal { date: d(2027, 11, 30), in_person: false },
            ]
        );
        assert!(schedule_meets_minimum(&rules, start, &plan));
        assert!(!schedule_meets_minimum(&rules, start, &plan[..2]));
        // Month ends and a leap year: 31 October + 4 months = 29 February 2028.
        let plan = propose_evaluations(&rules, d(2027, 10, 31), None);
        assert_eq!(plan[0].date, d(2028, 2, 29));
        assert_eq!(plan[1].date, d(2028, 6, 30));
    }

    #[test]
    fn a_short_plan_still_gets_its_evaluations_and_a_long_one_more() {
        let rules = RuleSet::default();
        let six_months = propose_evaluations(&rules, d(2026, 1, 1), Some(d(2026, 7, 1)));
        assert_eq!(six_months.iter().map(|p| p.date).collect::<Vec<_>>(), vec![d(2026, 5, 1), d(2026, 7, 1)]);
        let two_years = propose_evaluations(&rules, d(2026, 1, 1), Some(d(2028, 1, 1)));
        assert_eq!(two_years.len(), 6);
        assert_eq!(two_years.iter().filter(|p| p.in_person).count(), 4);
    }

    #[test]
    fn evaluations_are_due_overdue_or_done() {
        let rules = RuleSet::default();
        let date = d(2027, 3, 30);
        assert_eq!(evaluation_status(&rules, date, false, d(2027, 3, 1)), EvaluationStatus::Later);
        assert_eq!(evaluation_status(&rules, date, false, d(2027, 3, 20)), EvaluationStatus::Due { days_left: 10 });
        assert_eq!(evaluation_status(&rules, date, false, d(2027, 4, 2)), EvaluationStatus::Overdue { days_over: 3 });
        assert_eq!(evaluation_status(&rules, date, true, d(2027, 4, 2)), EvaluationStatus::Done);
    }

    #[test]
    fn rules_round_trip_and_fill_defaults() {
        let rules: RuleSet = serde_json::from_str(r#"{"reflection_count":"calendar"}"#).unwrap();
        assert_eq!(rules.reflection_count, DayCount::Calendar);
        assert_eq!(rules.evaluations_per_year, 3);
        let json = serde_json::to_string(&RuleSet::default()).unwrap();
        assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), RuleSet::default());
    }
}
