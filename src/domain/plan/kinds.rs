//! The plan and the parts it is made of.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contract::{Closing, CostCoverage, Explanation, Present, Studies};
use super::{Agreements, Evaluation, History, PlannedEvaluation, Topics};
use crate::domain::rules::{Exemption, RuleSet};
use crate::domain::tagged::{read_kind_id, write_kind_id};
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
/// Stored as `{"kind":"client"}`, `{"kind":"third_party","id":4}` (serde by hand: `tagged`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Client,
    Ocmw,
    ThirdParty(u64),
}

impl Serialize for Owner {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Owner::Client => write_kind_id(s, "Owner", "client", None),
            Owner::Ocmw => write_kind_id(s, "Owner", "ocmw", None),
            Owner::ThirdParty(id) => write_kind_id(s, "Owner", "third_party", Some(id)),
        }
    }
}

impl<'de> Deserialize<'de> for Owner {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let (kind, id) = read_kind_id(d)?;
        match (kind.as_str(), id) {
            ("client", _) => Ok(Owner::Client),
            ("ocmw", _) => Ok(Owner::Ocmw),
            ("third_party", Some(id)) => Ok(Owner::ThirdParty(id)),
            ("third_party", None) => Err(D::Error::missing_field("id")),
            (other, _) => Err(D::Error::unknown_variant(other, &["client", "ocmw", "third_party"])),
        }
    }
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
/// Stored as `{"kind":"self_check","domain":..,"suggestion":..}`, `{"kind":"catalogue",..}` or
/// `{"kind":"free"}`; serde by hand, as the derived internally tagged code buffers values in
/// serde's `Content` (much wasm). Golden JSON in `domain::serde_golden_tests`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ActionOrigin {
    /// A suggestion of the self-check for a life domain.
    SelfCheck { domain: LifeDomain, suggestion: String },
    /// An offer from the OCMW's catalogue (ladder), with its name as it was when picked.
    Catalogue {
        catalogue: String,
        /// The catalogue's Dutch name; left out of the stored and signed form while empty, so
        /// plans signed before it was kept keep their fingerprint.
        catalogue_name: String,
        edition: String,
        offer: String,
        name_nl: String,
        name_en: String,
    },
    #[default]
    Free,
}

impl Serialize for ActionOrigin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match self {
            ActionOrigin::SelfCheck { domain, suggestion } => {
                let mut st = s.serialize_struct("ActionOrigin", 3)?;
                st.serialize_field("kind", "self_check")?;
                st.serialize_field("domain", domain)?;
                st.serialize_field("suggestion", suggestion)?;
                st.end()
            }
            ActionOrigin::Catalogue { catalogue, catalogue_name, edition, offer, name_nl, name_en } => {
                let mut st = s.serialize_struct("ActionOrigin", 6 + usize::from(!catalogue_name.is_empty()))?;
                st.serialize_field("kind", "catalogue")?;
                st.serialize_field("catalogue", catalogue)?;
                if !catalogue_name.is_empty() {
                    st.serialize_field("catalogue_name", catalogue_name)?;
                }
                st.serialize_field("edition", edition)?;
                st.serialize_field("offer", offer)?;
                st.serialize_field("name_nl", name_nl)?;
                st.serialize_field("name_en", name_en)?;
                st.end()
            }
            ActionOrigin::Free => {
                let mut st = s.serialize_struct("ActionOrigin", 1)?;
                st.serialize_field("kind", "free")?;
                st.end()
            }
        }
    }
}

/// Reads the fields in any order (the tag may come last), ignoring unknown ones.
impl<'de> Deserialize<'de> for ActionOrigin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Origin;
        impl<'de> serde::de::Visitor<'de> for Origin {
            type Value = ActionOrigin;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an action origin")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ActionOrigin, A::Error> {
                use serde::de::Error;
                let mut kind: Option<String> = None;
                let mut domain: Option<LifeDomain> = None;
                // suggestion, catalogue, catalogue_name, edition, offer, name_nl, name_en
                const TEXTS: [&str; 7] =
                    ["suggestion", "catalogue", "catalogue_name", "edition", "offer", "name_nl", "name_en"];
                let mut texts: [Option<String>; 7] = Default::default();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "kind" {
                        kind = Some(map.next_value()?);
                    } else if key == "domain" {
                        domain = Some(map.next_value()?);
                    } else if let Some(i) = TEXTS.iter().position(|t| *t == key) {
                        texts[i] = Some(map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                let mut take = |i: usize| texts[i].take().ok_or_else(|| A::Error::missing_field(TEXTS[i]));
                match kind.as_deref() {
                    Some("self_check") => Ok(ActionOrigin::SelfCheck {
                        domain: domain.ok_or_else(|| A::Error::missing_field("domain"))?,
                        suggestion: take(0)?,
                    }),
                    Some("catalogue") => Ok(ActionOrigin::Catalogue {
                        catalogue: take(1)?,
                        catalogue_name: take(2).unwrap_or_default(),
                        edition: take(3)?,
                        offer: take(4)?,
                        name_nl: take(5)?,
                        name_en: take(6)?,
                    }),
                    Some("free") => Ok(ActionOrigin::Free),
                    Some(other) => Err(A::Error::unknown_variant(other, &["self_check", "catalogue", "free"])),
                    None => Err(A::Error::missing_field("kind")),
                }
            }
        }
        d.deserialize_map(Origin)
    }
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
    /// Where the strength comes from; left out of the stored and signed form while unset.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "super::strength::read_optional")]
    pub strength: Option<super::Strength>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
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
    /// Each shared (`Rc`), with the undo versions and evaluations too: a keystroke copies one.
    pub goals: Vec<std::rc::Rc<Goal>>,
    pub actions: Vec<std::rc::Rc<PlanAction>>,
    pub agreements: Agreements,
    pub planned_evaluations: Vec<PlannedEvaluation>,
    /// Appended, never removed. Each is shared (`Rc`): an edit copies the plan, not the
    /// evaluations, which each hold the goals and actions as they were (most of a big dossier).
    pub evaluations: Vec<std::rc::Rc<Evaluation>>,
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
