//! The evaluation rhythm: proposing moments and checking a schedule.

use chrono::NaiveDate;

use super::{add_months, RuleSet};

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
