//! The deadline after the decision, the reflection time and the meeting asked for.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{add_months, is_belgian_public_holiday, DayCount, RuleSet};

/// The last day to conclude the GPMI: `deadline_months` after the decision granting the leefloon
/// (VVSG knowledge item "GPMI"; ocmw-info-cpas fiche "GPMI"; seed 000 gives no deadline). It is the
/// OCMW's obligation, not the client's. A day that does not exist in the target month becomes
/// that month's last day.
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

fn is_working_day(rules: &RuleSet, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && (!rules.skip_public_holidays || !is_belgian_public_holiday(date))
}

/// The last day of the reflection time asked for on `asked`: the client can sign from the next day.
/// 5 days (Brussels guides, domain README 3b; outside the seeds); calendar days by
/// default, working days as a setting (`reflection_count`), see `DayCount`.
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

/// Whether signing on `signed` falls inside the reflection time asked for on `asked`, when the
/// client did not waive it. Signing then stays possible: the app warns, it never blocks.
pub fn signed_inside_reflection(
    rules: &RuleSet,
    asked: Option<NaiveDate>,
    waived: Option<NaiveDate>,
    signed: NaiveDate,
) -> bool {
    match (asked, waived) {
        (Some(asked), None) => signed >= asked && signed <= reflection_end(rules, asked),
        _ => false,
    }
}

/// The last day of a meeting with the worker asked for on `asked`: `meeting_working_days` working
/// days later (Monday to Friday; also skipping Belgian public holidays when the rule set says so).
/// A right separate from the reflection time (domain README 3b, after the Brussels guides).
pub fn meeting_due(rules: &RuleSet, asked: NaiveDate) -> NaiveDate {
    let mut date = asked;
    let mut left = rules.meeting_working_days;
    while left > 0 {
        date += Duration::days(1);
        if is_working_day(rules, date) {
            left -= 1;
        }
    }
    date
}
