//! The evaluation schedule read against the rules: which moment an evaluation fulfils by
//! default, and how each plan year stands against the yearly minimum.

use chrono::NaiveDate;

use super::Plan;
use crate::domain::rules::{self, EvaluationKind, YearCount};

impl Plan {
    /// The open moment an evaluation held on `date` fulfils unless the worker chooses another
    /// (`rules::default_link`).
    pub fn default_link(&self, date: NaiveDate) -> Option<u64> {
        let open: Vec<(u64, NaiveDate)> = self.open_moments().iter().map(|p| (p.id, p.date)).collect();
        rules::default_link(&self.rules, date, &open)
    }

    /// The open moments an evaluation held on `date` may fulfil, by date.
    pub fn linkable_moments(&self, date: NaiveDate) -> Vec<&super::PlannedEvaluation> {
        crate::domain::order::ordered(
            self.open_moments().into_iter().filter(|p| rules::may_link(&self.rules, date, p.date)),
            |p| p.date,
        )
    }

    /// The kind planned for a moment when it differs from `kind` (a written evaluation held
    /// against a moment planned in person, say).
    pub fn kind_mismatch(&self, planned: Option<u64>, kind: EvaluationKind) -> Option<EvaluationKind> {
        planned.and_then(|id| self.planned_moment(id)).map(|p| p.kind).filter(|k| *k != kind)
    }

    /// Every plan year on `today`, counted on the evaluations held and the moments still planned
    /// (`rules::count_years`); empty without a start date.
    pub fn year_counts(&self, today: NaiveDate) -> Vec<YearCount> {
        let Some(start) = self.start else { return Vec::new() };
        let held: Vec<_> = self.evaluations.iter().map(|e| (e.date, e.kind)).collect();
        let open: Vec<_> = self.open_moments().iter().map(|p| (p.date, p.kind)).collect();
        rules::count_years(&self.rules, start, self.end, &held, &open, today)
    }
}
