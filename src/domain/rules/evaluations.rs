//! The evaluation rhythm: the kinds of evaluation, proposing moments and where a moment stands.
//!
//! Source of the rhythm: RMI-wet (law of 26 May 2002) and KB of 11 July 2002 art. 11 as replaced
//! in 2016, as summarised by POD MI, VVSG and seed 002 (L362): "at least three evaluations a
//! year, of which two in person". The other kind is named differently by the sources (written,
//! by phone, by video); Trede keeps "written" and "phone or video" apart.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::years::{plan_years, PlanYear};
use super::RuleSet;

/// How an evaluation takes place. Only "in person" counts for the in-person minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationKind {
    #[default]
    InPerson,
    Written,
    PhoneOrVideo,
}

impl EvaluationKind {
    pub const ALL: [EvaluationKind; 3] =
        [EvaluationKind::InPerson, EvaluationKind::Written, EvaluationKind::PhoneOrVideo];

    pub fn is_in_person(self) -> bool {
        self == EvaluationKind::InPerson
    }

    pub fn slug(self) -> &'static str {
        match self {
            EvaluationKind::InPerson => "in-person",
            EvaluationKind::Written => "written",
            EvaluationKind::PhoneOrVideo => "phone-or-video",
        }
    }

    pub fn from_slug(s: &str) -> Option<EvaluationKind> {
        EvaluationKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// The message naming the kind: `plan-eval-kind-<slug>`.
    pub fn message_id(self) -> String {
        format!("plan-eval-kind-{}", self.slug())
    }

    /// The kind an older version stored as a yes/no "in person": the other kind was then called
    /// "phone or video" on the schedule.
    pub fn from_in_person(in_person: bool) -> EvaluationKind {
        if in_person {
            EvaluationKind::InPerson
        } else {
            EvaluationKind::PhoneOrVideo
        }
    }
}

/// Reads the kind as written now (`"written"`) or as older versions wrote it (`true`/`false`).
/// Not an untagged enum: it keeps the wasm small.
impl<'de> Deserialize<'de> for EvaluationKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Through a JSON `Value`: the wasm already holds its reader, a visitor would add a second
        // `deserialize_any`.
        use serde::de::Error;
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Bool(in_person) => Ok(EvaluationKind::from_in_person(in_person)),
            serde_json::Value::String(s) => match s.as_str() {
                "in_person" => Ok(EvaluationKind::InPerson),
                "written" => Ok(EvaluationKind::Written),
                "phone_or_video" => Ok(EvaluationKind::PhoneOrVideo),
                other => Err(D::Error::unknown_variant(other, &["in_person", "written", "phone_or_video"])),
            },
            _ => Err(D::Error::custom("expected an evaluation kind or a yes/no \"in person\"")),
        }
    }
}

/// A proposed (or planned) evaluation moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub date: NaiveDate,
    pub kind: EvaluationKind,
}

/// For every plan year from `start` until `end` (one year when there is no end), the year's
/// minimum of moments spread evenly over it, the first ones in person and the others by phone or
/// video. Each year ends with a moment on its last day, so the proposal meets its own rule
/// (`schedule_meets_minimum`), also for a plan shorter than a year (`RuleSet::short_year`).
pub fn propose_evaluations(rules: &RuleSet, start: NaiveDate, end: Option<NaiveDate>) -> Vec<Proposal> {
    let end = end.filter(|e| *e > start).unwrap_or_else(|| super::add_months(start, 12));
    let mut out = Vec::new();
    for year in plan_years(rules, start, Some(end), start) {
        let n = year.minimum.total.max(1);
        let days = (year.until - year.base).num_days();
        for j in 1..=n {
            // By whole months where the year has a month per moment, else by days.
            let date = if year.months >= n {
                super::add_months(year.base, year.months * j / n).min(year.until)
            } else {
                year.base + chrono::Duration::days(days * i64::from(j) / i64::from(n))
            };
            let kind =
                if j <= year.minimum.in_person { EvaluationKind::InPerson } else { EvaluationKind::PhoneOrVideo };
            if out.last().map(|p: &Proposal| p.date < date).unwrap_or(true) {
                out.push(Proposal { date, kind });
            }
        }
    }
    out
}

/// Whether a schedule meets the minimum in every plan year (only the first year when the plan
/// has no end), counting every moment as planned.
pub fn schedule_meets_minimum(rules: &RuleSet, start: NaiveDate, end: Option<NaiveDate>, planned: &[Proposal]) -> bool {
    schedule_shortfall(rules, start, end, planned).is_none()
}

/// The first plan year whose planned moments fall short of its own minimum (a proportional one
/// for a year shorter than twelve months), or `None` when every year has enough.
pub fn schedule_shortfall(
    rules: &RuleSet,
    start: NaiveDate,
    end: Option<NaiveDate>,
    planned: &[Proposal],
) -> Option<PlanYear> {
    plan_years(rules, start, end, start).into_iter().find(|year: &PlanYear| {
        let in_year: Vec<_> = planned.iter().filter(|p| year.contains(p.date)).collect();
        (in_year.len() as u32) < year.minimum.total
            || (in_year.iter().filter(|p| p.kind.is_in_person()).count() as u32) < year.minimum.in_person
    })
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

/// The planned moment an evaluation held on `date` fulfils by default: among the open moments
/// `(id, date)`, the nearest to `date` that is no later than `RuleSet::evaluation_link_margin_days`
/// after it (the earlier one on a tie). Never a moment further ahead: that one is still to come.
pub fn default_link(rules: &RuleSet, date: NaiveDate, open: &[(u64, NaiveDate)]) -> Option<u64> {
    open.iter()
        .filter(|(_, d)| may_link(rules, date, *d))
        .min_by_key(|(_, d)| ((*d - date).num_days().abs(), *d))
        .map(|(id, _)| *id)
}

/// Whether an evaluation held on `held` may fulfil a moment planned on `planned`.
pub fn may_link(rules: &RuleSet, held: NaiveDate, planned: NaiveDate) -> bool {
    (planned - held).num_days() <= rules.evaluation_link_margin_days
}
