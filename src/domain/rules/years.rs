//! The yearly minimum of evaluations, per plan year, counted on what was held and what is still
//! planned.
//!
//! Source: RMI-wet / KB of 11 July 2002 art. 11 (as replaced in 2016), POD MI, VVSG, seed 002
//! (L362): at least `RuleSet::evaluations_per_year` (3) a year, at least
//! `RuleSet::in_person_per_year` (2) of them in person. The sources do not say whether "a year"
//! is a calendar year or a year of the plan; Trede counts plan years from the start date (the
//! rhythm follows the contract). A plan year shorter than twelve months (a short plan, or the end
//! of a longer one) follows `RuleSet::short_year`; no source covers it.

use chrono::{Duration, NaiveDate};

use super::{add_months, EvaluationKind, RuleSet, ShortYear};

/// How many evaluations, and how many of them in person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub total: u32,
    pub in_person: u32,
}

impl Tally {
    pub fn add(&mut self, kind: EvaluationKind) {
        self.total += 1;
        self.in_person += u32::from(kind.is_in_person());
    }

    pub fn plus(self, other: Tally) -> Tally {
        Tally { total: self.total + other.total, in_person: self.in_person + other.in_person }
    }

    pub fn meets(self, minimum: Tally) -> bool {
        self.total >= minimum.total && self.in_person >= minimum.in_person
    }
}

/// One year of a plan: from `start` + 12(k-1) months (the day after, except for the first year)
/// to `start` + 12k months, or to the plan's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanYear {
    /// 1 for the first year.
    pub number: u32,
    /// The boundary the year counts from (the plan's start, or the previous year's last day).
    pub base: NaiveDate,
    /// The first day of the year.
    pub from: NaiveDate,
    /// The last day of the year.
    pub until: NaiveDate,
    /// Its length in months, a started month counting as one (12 for a whole year).
    pub months: u32,
    pub minimum: Tally,
}

impl PlanYear {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.until
    }
}

/// The minimum for a period of `months` months.
pub fn minimum(rules: &RuleSet, months: u32) -> Tally {
    let full = Tally {
        total: rules.evaluations_per_year,
        in_person: rules.in_person_per_year.min(rules.evaluations_per_year),
    };
    if months >= 12 || rules.short_year == ShortYear::FullYear {
        return full;
    }
    let share = |n: u32| (n * months).div_ceil(12);
    let total = share(full.total);
    Tally { total, in_person: share(full.in_person).min(total) }
}

/// The plan years from `start`: until `end`, or (without an end) through the year holding
/// `through`. At most fifty.
pub fn plan_years(rules: &RuleSet, start: NaiveDate, end: Option<NaiveDate>, through: NaiveDate) -> Vec<PlanYear> {
    let mut out = Vec::new();
    for number in 1..=50u32 {
        let base = add_months(start, 12 * (number - 1));
        let from = if number == 1 { start } else { base + Duration::days(1) };
        match end {
            Some(end) if from > end => break,
            None if number > 1 && from > through => break,
            _ => {}
        }
        let until = end.map_or(add_months(start, 12 * number), |e| e.min(add_months(start, 12 * number)));
        let months = (1..=12).find(|m| add_months(base, *m) >= until).unwrap_or(12);
        out.push(PlanYear { number, base, from, until, months, minimum: minimum(rules, months) });
    }
    out
}

/// Where a plan year stands against the minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// Enough evaluations were held.
    Met,
    /// Not yet, but the moments still planned are enough.
    OnTrack,
    /// The year is running and even with every moment still planned it falls short: plan more.
    Short,
    /// The year is over and it fell short.
    Missed,
}

impl YearStatus {
    pub fn slug(self) -> &'static str {
        match self {
            YearStatus::Met => "met",
            YearStatus::OnTrack => "on-track",
            YearStatus::Short => "short",
            YearStatus::Missed => "missed",
        }
    }

    pub fn is_warning(self) -> bool {
        matches!(self, YearStatus::Short | YearStatus::Missed)
    }
}

/// A plan year with what was held in it and what is still planned in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearCount {
    pub year: PlanYear,
    pub held: Tally,
    /// Open moments in the year, while the year runs (an overdue moment can still be held).
    pub planned: Tally,
    pub status: YearStatus,
}

/// Counts every plan year on `today`: `held` evaluations and `open` planned moments (not yet
/// held), each a date and a kind.
pub fn count_years(
    rules: &RuleSet,
    start: NaiveDate,
    end: Option<NaiveDate>,
    held: &[(NaiveDate, EvaluationKind)],
    open: &[(NaiveDate, EvaluationKind)],
    today: NaiveDate,
) -> Vec<YearCount> {
    let last = held.iter().chain(open).map(|(d, _)| *d).max().unwrap_or(today).max(today);
    plan_years(rules, start, end, last)
        .into_iter()
        .map(|year| {
            let mut count =
                YearCount { year, held: Tally::default(), planned: Tally::default(), status: YearStatus::Met };
            held.iter().filter(|(d, _)| year.contains(*d)).for_each(|(_, k)| count.held.add(*k));
            if year.until >= today {
                open.iter().filter(|(d, _)| year.contains(*d)).for_each(|(_, k)| count.planned.add(*k));
            }
            count.status = if count.held.meets(year.minimum) {
                YearStatus::Met
            } else if year.until < today {
                YearStatus::Missed
            } else if count.held.plus(count.planned).meets(year.minimum) {
                YearStatus::OnTrack
            } else {
                YearStatus::Short
            };
            count
        })
        .collect()
}
