//! The deadline after the decision and the reflection time.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{add_months, is_belgian_public_holiday, DayCount, RuleSet};

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

fn is_working_day(rules: &RuleSet, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && (!rules.skip_public_holidays || !is_belgian_public_holiday(date))
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
