//! The plan and the parts it is made of.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contract::{Closing, CostCoverage, Explanation, Present, Studies};
use super::{Agreements, Evaluation, History, PlannedEvaluation, Topics};
use crate::domain::rules::{Exemption, RuleSet};
use crate::domain::LifeDomain;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanType {
    Employment,
    Training,
    /// Full-time studies the OCMW accepts on equity grounds (art. 11 §2 a RMI-wet): the plan then
    /// needs its student block.
    Studies,
    Activation,
}

impl PlanType {
    pub const ALL: [PlanType; 4] = [PlanType::Employment, PlanType::Training, PlanType::Studies, PlanType::Activation];
    pub fn slug(self) -> &'static str {
        match self {
            PlanType::Employment => "employment",
            PlanType::Training => "training",
            PlanType::Studies => "studies",
            PlanType::Activation => "activation",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-type-{}", self.slug())
    }
}

/// The steps of the guided co-drafting path, in the order a new user fills in what the
/// ready-to-sign check asks: the evaluation moments before the read-through, which is last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PlanStep {
    #[default]
    Basics,
    Topics,
    Goals,
    Actions,
    Agreements,
    Evaluations,
    Review,
}

impl PlanStep {
    pub const ALL: [PlanStep; 7] = [
        PlanStep::Basics,
        PlanStep::Topics,
        PlanStep::Goals,
        PlanStep::Actions,
        PlanStep::Agreements,
        PlanStep::Evaluations,
        PlanStep::Review,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            PlanStep::Basics => "basics",
            PlanStep::Topics => "topics",
            PlanStep::Goals => "goals",
            PlanStep::Actions => "actions",
            PlanStep::Agreements => "agreements",
            PlanStep::Review => "review",
            PlanStep::Evaluations => "evaluations",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-step-{}", self.slug())
    }
    pub fn index(self) -> usize {
        PlanStep::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
    pub fn next(self) -> Option<PlanStep> {
        PlanStep::ALL.get(self.index() + 1).copied()
    }
    pub fn previous(self) -> Option<PlanStep> {
        self.index().checked_sub(1).map(|i| PlanStep::ALL[i])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThirdParty {
    pub id: u64,
    pub name: String,
    /// e.g. "debt mediator"
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub tasks: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportKind {
    Interpreter,
    SupportPerson,
}

impl SupportKind {
    pub const ALL: [SupportKind; 2] = [SupportKind::Interpreter, SupportKind::SupportPerson];
    pub fn slug(self) -> &'static str {
        match self {
            SupportKind::Interpreter => "interpreter",
            SupportKind::SupportPerson => "support",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandateOverride {
    pub required: bool,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: u64,
    pub title: String,
    #[serde(default)]
    pub domain: Option<LifeDomain>,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub until: Option<NaiveDate>,
    /// Why it matters to the client, in their words.
    #[serde(default)]
    pub why: String,
}

/// Who takes an action on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Owner {
    Client,
    Ocmw,
    ThirdParty(u64),
}

impl Owner {
    /// The value used in a form control.
    pub fn slug(self) -> String {
        match self {
            Owner::Client => "client".into(),
            Owner::Ocmw => "ocmw".into(),
            Owner::ThirdParty(id) => format!("third-{id}"),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Owner> {
        match slug {
            "client" => Some(Owner::Client),
            "ocmw" => Some(Owner::Ocmw),
            other => other.strip_prefix("third-").and_then(|n| n.parse().ok()).map(Owner::ThirdParty),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    Busy,
    Done,
    Stopped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::Planned, ActionStatus::Busy, ActionStatus::Done, ActionStatus::Stopped];
    pub fn slug(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::Busy => "busy",
            ActionStatus::Done => "done",
            ActionStatus::Stopped => "stopped",
        }
    }
    pub fn from_slug(s: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|a| a.slug() == s)
    }
}

/// Where an action came from. Structured origins are translated by the app; free text stays.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ActionOrigin {
    /// A suggestion of the self-check for a life domain.
    SelfCheck { domain: LifeDomain, suggestion: String },
    /// An offer from the OCMW's catalogue (ladder), with its name as it was when picked.
    Catalogue {
        catalogue: String,
        /// The catalogue's Dutch name; left out of the stored and signed form while empty, so
        /// plans signed before it was kept keep their fingerprint.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        catalogue_name: String,
        edition: String,
        offer: String,
        name_nl: String,
        name_en: String,
    },
    #[default]
    Free,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAction {
    pub id: u64,
    pub what: String,
    #[serde(default)]
    pub owner: Option<Owner>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// How it will be shown that it happened.
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub stop_reason: String,
    #[serde(default)]
    pub origin: ActionOrigin,
    #[serde(default)]
    pub goal: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Plan {
    /// One or more; stored before 2026-12 as the single `plan_type`.
    #[serde(alias = "plan_type", deserialize_with = "super::contract::orientations_from_old_or_new")]
    pub orientations: Vec<PlanType>,
    pub decision_date: Option<NaiveDate>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub birth_date: Option<NaiveDate>,
    /// Had a right to social integration in the months before; `None` when not known.
    pub had_recent_right: Option<bool>,
    pub asked_by_client: bool,
    pub asked_by_ocmw: bool,
    pub mandate_override: Option<MandateOverride>,
    pub worker_name: String,
    pub ocmw_name: String,
    pub third_parties: Vec<ThirdParty>,
    pub present: Present,
    /// Stored before an interpreter and a support person could both be present: read through
    /// `Plan::present_name`, moved into `present` by the first change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_kind: Option<SupportKind>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub support_name: String,
    pub topics: Topics,
    pub goals: Vec<Goal>,
    pub actions: Vec<PlanAction>,
    pub agreements: Agreements,
    pub planned_evaluations: Vec<PlannedEvaluation>,
    /// Appended, never removed.
    pub evaluations: Vec<Evaluation>,
    pub reflection_asked: Option<NaiveDate>,
    pub signed_on: Option<NaiveDate>,
    pub rules: RuleSet,
    // ---- rules: exemption, part-time top-up, waived reflection time (docs/rules.md) ----
    /// The OCMW's exemption for health or equity reasons; the ladder's "exempted" shows it.
    pub exemption: Option<Exemption>,
    /// Works part-time and gets a top-up leefloon.
    pub part_time_top_up: bool,
    /// The day the client chose to sign without (the rest of) the reflection time.
    pub reflection_waived: Option<NaiveDate>,
    pub studies: Studies,
    pub costs: CostCoverage,
    /// Every time the worker explained content, scope and consequences; appended.
    pub explained: Vec<Explanation>,
    pub closing: Closing,
    /// The step of the guided path last on screen, so drafting resumes there.
    pub step: PlanStep,
    #[serde(skip)]
    pub history: History,
}
