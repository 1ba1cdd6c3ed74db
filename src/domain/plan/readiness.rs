//! The ready-to-sign check. What a GPMI holds is set by KB 11 July 2002 art. 11, as replaced by
//! the KB of 3 October 2016: the goals; the commitments of the OCMW, the client and any third
//! party; the activity domains; the duration and the evaluation; the costs the OCMW covers for a
//! training or activity; and that the worker explained content, scope and consequences before
//! signing and before each change. Each is a warning here, never a block on saving.

use super::{ActionOrigin, Owner, Plan, PlanType};
use crate::domain::rules::{self, Proposal, Tally};

impl Plan {
    /// What the worker explains and signing covers, without the client's name: the explanation
    /// is asked for again when this changes.
    pub fn content_fingerprint(&self) -> String {
        crate::domain::signing::fingerprint("", self)
    }

    /// The last explanation is of the content as it is now.
    pub fn explained_now(&self) -> bool {
        self.explained.last().is_some_and(|e| e.content == self.content_fingerprint())
    }

    /// An OCMW commitment: an action the OCMW carries, or what the OCMW puts in written down (in
    /// the agreements or, for a student, in the student block). KB art. 11 as replaced in 2016.
    pub fn has_ocmw_commitment(&self) -> bool {
        let action = self.actions.iter().any(|a| a.owner == Some(Owner::Ocmw) && !a.what.trim().is_empty());
        let studies = self.orientations.contains(&PlanType::Studies) && !self.studies.ocmw.trim().is_empty();
        action || studies || !self.agreements.means_ocmw.trim().is_empty()
    }

    /// The plan holds a training or an activity, whose costs the contract must address: an
    /// orientation other than employment alone, or an offer picked from the catalogue.
    pub fn has_training_or_activity(&self) -> bool {
        self.orientations.iter().any(|o| *o != PlanType::Employment)
            || self.actions.iter().any(|a| matches!(a.origin, ActionOrigin::Catalogue { .. }))
    }

    /// What is still missing before signing. Never blocks saving.
    pub fn missing(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        if self.orientations.is_empty() {
            out.push(Missing::NoType);
        }
        if self.orientations.contains(&PlanType::Studies) && !self.studies.is_complete() {
            out.push(Missing::NoStudies);
        }
        if self.start.is_none() {
            out.push(Missing::NoStart);
        }
        match (self.start, self.end) {
            (_, None) => out.push(Missing::NoEnd),
            (Some(start), Some(end)) if end <= start => out.push(Missing::EndBeforeStart),
            _ => {}
        }
        if self.worker_name.trim().is_empty() {
            out.push(Missing::NoWorkerName);
        }
        if self.ocmw_name.trim().is_empty() {
            out.push(Missing::NoOcmwName);
        }
        for p in &self.third_parties {
            if p.name.trim().is_empty() {
                out.push(Missing::ThirdPartyWithoutName);
            }
        }
        if self.goals.is_empty() {
            out.push(Missing::NoGoal);
        }
        for g in &self.goals {
            if g.title.trim().is_empty() {
                out.push(Missing::GoalWithoutTitle);
            }
        }
        if !self.goals.is_empty() && self.goals.iter().all(|g| g.domain.is_none()) {
            out.push(Missing::NoActivityDomain);
        }
        if self.actions.is_empty() {
            out.push(Missing::NoAction);
        }
        for a in &self.actions {
            let what = a.what.trim().to_owned();
            if what.is_empty() {
                out.push(Missing::ActionWithoutWhat);
            }
            if !a.owner.map(|o| self.owner_exists(o)).unwrap_or(false) {
                out.push(Missing::ActionWithoutOwner { what: what.clone() });
            }
            if a.due.is_none() {
                out.push(Missing::ActionWithoutDate { what });
            }
        }
        if self.planned_evaluations.is_empty() {
            out.push(Missing::NoEvaluationPlanned);
        } else if let Some(start) = self.start {
            let planned: Vec<Proposal> =
                self.planned_evaluations.iter().map(|p| Proposal { date: p.date, kind: p.kind }).collect();
            if let Some(year) = rules::schedule_shortfall(&self.rules, start, self.end, &planned) {
                out.push(Missing::TooFewEvaluations { minimum: year.minimum, months: year.months });
            }
        }
        if !self.has_ocmw_commitment() {
            out.push(Missing::NoOcmwCommitment);
        }
        if self.has_training_or_activity() && !self.costs.is_recorded() {
            out.push(Missing::NoCosts);
        }
        match self.explained.last() {
            None => out.push(Missing::NotExplained),
            Some(_) if !self.explained_now() => out.push(Missing::ChangedSinceExplained),
            Some(_) => {}
        }
        out
    }
}

/// One thing still missing before the plan is ready to sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    NoType,
    NoStudies,
    NoStart,
    NoEnd,
    EndBeforeStart,
    NoWorkerName,
    NoOcmwName,
    ThirdPartyWithoutName,
    NoGoal,
    GoalWithoutTitle,
    NoActivityDomain,
    NoAction,
    ActionWithoutWhat,
    ActionWithoutOwner {
        what: String,
    },
    ActionWithoutDate {
        what: String,
    },
    NoEvaluationPlanned,
    /// The planned moments fall short of what a plan year needs: `minimum` in `months` months
    /// (12 for a whole year; fewer, with a proportional minimum, for a shorter one).
    TooFewEvaluations {
        minimum: Tally,
        months: u32,
    },
    NoOcmwCommitment,
    NoCosts,
    NotExplained,
    ChangedSinceExplained,
}

impl Missing {
    pub fn message_id(&self) -> &'static str {
        match self {
            Missing::NoType => "plan-missing-type",
            Missing::NoStudies => "plan-missing-studies",
            Missing::NoStart => "plan-missing-start",
            Missing::NoEnd => "plan-missing-end",
            Missing::EndBeforeStart => "plan-missing-end-order",
            Missing::NoActivityDomain => "plan-missing-domain",
            Missing::NoOcmwCommitment => "plan-missing-ocmw-commitment",
            Missing::NoCosts => "plan-missing-costs",
            Missing::NotExplained => "plan-missing-explained",
            Missing::ChangedSinceExplained => "plan-missing-explained-again",
            Missing::NoWorkerName => "plan-missing-worker",
            Missing::NoOcmwName => "plan-missing-ocmw",
            Missing::ThirdPartyWithoutName => "plan-missing-third-name",
            Missing::NoGoal => "plan-missing-goal",
            Missing::GoalWithoutTitle => "plan-missing-goal-title",
            Missing::NoAction => "plan-missing-action",
            Missing::ActionWithoutWhat => "plan-missing-action-what",
            Missing::ActionWithoutOwner { .. } => "plan-missing-action-owner",
            Missing::ActionWithoutDate { .. } => "plan-missing-action-date",
            Missing::NoEvaluationPlanned => "plan-missing-evaluation",
            Missing::TooFewEvaluations { .. } => "plan-missing-evaluation-count",
        }
    }
    /// The action's text, for messages that name it.
    pub fn what(&self) -> Option<&str> {
        match self {
            Missing::ActionWithoutOwner { what } | Missing::ActionWithoutDate { what } => Some(what),
            _ => None,
        }
    }
}
