//! The GPMI (individual social-integration project), drafted together by client and worker:
//! the plan itself, its edits (with undo and redo), its evaluations and the ready-to-sign check.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::rules::{self, Ground, Mandate, MandateFacts, Proposal, RuleSet};
use super::{Dossier, LifeDomain, Rung};

/// Undo keeps at most this many earlier versions.
pub const UNDO_LIMIT: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanType {
    Employment,
    Training,
    Activation,
}

impl PlanType {
    pub const ALL: [PlanType; 3] = [PlanType::Employment, PlanType::Training, PlanType::Activation];
    pub fn slug(self) -> &'static str {
        match self {
            PlanType::Employment => "employment",
            PlanType::Training => "training",
            PlanType::Activation => "activation",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-type-{}", self.slug())
    }
}

/// The steps of the guided co-drafting path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PlanStep {
    #[default]
    Basics,
    Topics,
    Goals,
    Actions,
    Agreements,
    Review,
    Evaluations,
}

impl PlanStep {
    pub const ALL: [PlanStep; 7] = [
        PlanStep::Basics,
        PlanStep::Topics,
        PlanStep::Goals,
        PlanStep::Actions,
        PlanStep::Agreements,
        PlanStep::Review,
        PlanStep::Evaluations,
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

/// The five conversation topics, in the client's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Needs,
    Challenges,
    Goals,
    Future,
    Role,
}

impl Topic {
    pub const ALL: [Topic; 5] = [Topic::Needs, Topic::Challenges, Topic::Goals, Topic::Future, Topic::Role];
    pub fn slug(self) -> &'static str {
        match self {
            Topic::Needs => "needs",
            Topic::Challenges => "challenges",
            Topic::Goals => "goals",
            Topic::Future => "future",
            Topic::Role => "role",
        }
    }
}

/// The three questions of the action plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    ClientWillDo,
    ClientExpects,
    OcmwExpects,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::ClientWillDo, Question::ClientExpects, Question::OcmwExpects];
    pub fn slug(self) -> &'static str {
        match self {
            Question::ClientWillDo => "client-will-do",
            Question::ClientExpects => "client-expects",
            Question::OcmwExpects => "ocmw-expects",
        }
    }
}

/// Whose means are written down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeansOf {
    Client,
    Ocmw,
    Others,
}

impl MeansOf {
    pub const ALL: [MeansOf; 3] = [MeansOf::Client, MeansOf::Ocmw, MeansOf::Others];
    pub fn slug(self) -> &'static str {
        match self {
            MeansOf::Client => "client",
            MeansOf::Ocmw => "ocmw",
            MeansOf::Others => "others",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Topics {
    pub needs: String,
    pub challenges: String,
    pub goals: String,
    pub future: String,
    pub role: String,
}

impl Topics {
    pub fn get(&self, topic: Topic) -> &str {
        match topic {
            Topic::Needs => &self.needs,
            Topic::Challenges => &self.challenges,
            Topic::Goals => &self.goals,
            Topic::Future => &self.future,
            Topic::Role => &self.role,
        }
    }
    fn get_mut(&mut self, topic: Topic) -> &mut String {
        match topic {
            Topic::Needs => &mut self.needs,
            Topic::Challenges => &mut self.challenges,
            Topic::Goals => &mut self.goals,
            Topic::Future => &mut self.future,
            Topic::Role => &mut self.role,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Agreements {
    pub client_will_do: String,
    pub client_expects: String,
    pub ocmw_expects: String,
    pub means_client: String,
    pub means_ocmw: String,
    pub means_others: String,
}

impl Agreements {
    pub fn question(&self, q: Question) -> &str {
        match q {
            Question::ClientWillDo => &self.client_will_do,
            Question::ClientExpects => &self.client_expects,
            Question::OcmwExpects => &self.ocmw_expects,
        }
    }
    pub fn means(&self, m: MeansOf) -> &str {
        match m {
            MeansOf::Client => &self.means_client,
            MeansOf::Ocmw => &self.means_ocmw,
            MeansOf::Others => &self.means_others,
        }
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
    pub fn key(self) -> String {
        match self {
            Owner::Client => "client".into(),
            Owner::Ocmw => "ocmw".into(),
            Owner::ThirdParty(id) => format!("third-{id}"),
        }
    }
    pub fn from_key(key: &str) -> Option<Owner> {
        match key {
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
    Catalogue { catalogue: String, edition: String, offer: String, name_nl: String, name_en: String },
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedEvaluation {
    pub id: u64,
    pub date: NaiveDate,
    pub in_person: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalProgress {
    NotStarted,
    OnTrack,
    Reached,
    Adjusted,
    Stopped,
}

impl GoalProgress {
    pub const ALL: [GoalProgress; 5] = [
        GoalProgress::NotStarted,
        GoalProgress::OnTrack,
        GoalProgress::Reached,
        GoalProgress::Adjusted,
        GoalProgress::Stopped,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            GoalProgress::NotStarted => "not-started",
            GoalProgress::OnTrack => "on-track",
            GoalProgress::Reached => "reached",
            GoalProgress::Adjusted => "adjusted",
            GoalProgress::Stopped => "stopped",
        }
    }
    pub fn from_slug(s: &str) -> Option<GoalProgress> {
        GoalProgress::ALL.into_iter().find(|g| g.slug() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalReview {
    pub goal: u64,
    pub progress: GoalProgress,
}

/// The goals and actions as they stood at an evaluation, so earlier versions stay readable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PlanVersion {
    pub goals: Vec<Goal>,
    pub actions: Vec<PlanAction>,
}

/// What is filled in to record an evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationInput {
    pub date: NaiveDate,
    pub in_person: bool,
    /// Who was there.
    pub present: String,
    pub goals: Vec<GoalReview>,
    /// What changed: an added agreement, a shifted focus.
    pub changes: String,
    pub new_rung: Option<Rung>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: u64,
    pub date: NaiveDate,
    pub in_person: bool,
    #[serde(default)]
    pub present: String,
    #[serde(default)]
    pub goals: Vec<GoalReview>,
    #[serde(default)]
    pub changes: String,
    #[serde(default)]
    pub new_rung: Option<Rung>,
    /// The planned moment this evaluation fulfils.
    #[serde(default)]
    pub planned: Option<u64>,
    #[serde(default)]
    pub version: PlanVersion,
    pub recorded: DateTime<Utc>,
}

/// Earlier versions of the plan for undo and redo. Not stored: they last while the page is open.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Plan>,
    redo: Vec<Plan>,
    /// The text field typed in last: further typing there is one undo step.
    last_key: Option<TextField>,
}

impl PartialEq for History {
    /// Undo history is not part of the plan's content.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Plan {
    pub plan_type: Option<PlanType>,
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
    pub support_kind: Option<SupportKind>,
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
    /// The step of the guided path last on screen, so drafting resumes there.
    pub step: PlanStep,
    #[serde(skip)]
    pub history: History,
}

/// A text that is saved as it is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    WorkerName,
    OcmwName,
    SupportName,
    OverrideReason,
    Topic(Topic),
    Question(Question),
    Means(MeansOf),
    GoalTitle(u64),
    GoalWhy(u64),
    ActionWhat(u64),
    ActionEvidence(u64),
    ActionStopReason(u64),
    ThirdPartyName(u64),
    ThirdPartyRole(u64),
    ThirdPartyTasks(u64),
}

/// Every change to the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    SetText(TextField, String),
    SetType(Option<PlanType>),
    SetDecisionDate(Option<NaiveDate>),
    SetStart(Option<NaiveDate>),
    SetEnd(Option<NaiveDate>),
    SetBirthDate(Option<NaiveDate>),
    SetHadRecentRight(Option<bool>),
    SetAskedByClient(bool),
    SetAskedByOcmw(bool),
    /// `None` follows the rules; `Some(required)` overrides them (a reason is asked for).
    SetOverride(Option<bool>),
    SetSupportKind(Option<SupportKind>),
    AddThirdParty,
    RemoveThirdParty(u64),
    AddGoal,
    RemoveGoal(u64),
    SetGoalDomain(u64, Option<LifeDomain>),
    SetGoalFrom(u64, Option<NaiveDate>),
    SetGoalUntil(u64, Option<NaiveDate>),
    /// Adds an action; the self-check and the ladder catalogue use this with their own origin.
    AddAction {
        origin: ActionOrigin,
        what: String,
        owner: Option<Owner>,
        due: Option<NaiveDate>,
        goal: Option<u64>,
    },
    RemoveAction(u64),
    SetActionOwner(u64, Option<Owner>),
    SetActionDue(u64, Option<NaiveDate>),
    SetActionStatus(u64, ActionStatus),
    SetActionGoal(u64, Option<u64>),
    /// Replaces the planned evaluations with the rule set's proposal from the start date.
    ProposeEvaluations,
    RemovePlannedEvaluation(u64),
    AskReflection(Option<NaiveDate>),
    SetSignedOn(Option<NaiveDate>),
    SetRules(RuleSet),
    /// Appends an evaluation (never removed, not undone).
    RecordEvaluation(EvaluationInput),
    SetStep(PlanStep),
    Undo,
    Redo,
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

impl Plan {
    pub fn can_undo(&self) -> bool {
        !self.history.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.history.redo.is_empty()
    }

    /// The plan without its history, as a version to go back to.
    fn snapshot(&mut self) -> Plan {
        let history = std::mem::take(&mut self.history);
        let copy = self.clone();
        self.history = history;
        copy
    }

    /// Puts back an earlier version; evaluations (append-only) and the current step stay.
    fn restore(&mut self, mut version: Plan) {
        version.evaluations = std::mem::take(&mut self.evaluations);
        version.step = self.step;
        version.history = std::mem::take(&mut self.history);
        *self = version;
    }

    fn undo(&mut self) -> bool {
        let Some(previous) = self.history.undo.pop() else { return false };
        let current = self.snapshot();
        self.history.redo.push(current);
        self.history.last_key = None;
        self.restore(previous);
        true
    }

    fn redo(&mut self) -> bool {
        let Some(next) = self.history.redo.pop() else { return false };
        let current = self.snapshot();
        self.history.undo.push(current);
        self.history.last_key = None;
        self.restore(next);
        true
    }

    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::WorkerName => &self.worker_name,
            TextField::OcmwName => &self.ocmw_name,
            TextField::SupportName => &self.support_name,
            TextField::OverrideReason => self.mandate_override.as_ref().map(|o| o.reason.as_str()).unwrap_or(""),
            TextField::Topic(t) => self.topics.get(t),
            TextField::Question(q) => self.agreements.question(q),
            TextField::Means(m) => self.agreements.means(m),
            TextField::GoalTitle(id) => self.goal(id).map(|g| g.title.as_str()).unwrap_or(""),
            TextField::GoalWhy(id) => self.goal(id).map(|g| g.why.as_str()).unwrap_or(""),
            TextField::ActionWhat(id) => self.action(id).map(|a| a.what.as_str()).unwrap_or(""),
            TextField::ActionEvidence(id) => self.action(id).map(|a| a.evidence.as_str()).unwrap_or(""),
            TextField::ActionStopReason(id) => self.action(id).map(|a| a.stop_reason.as_str()).unwrap_or(""),
            TextField::ThirdPartyName(id) => self.third_party(id).map(|p| p.name.as_str()).unwrap_or(""),
            TextField::ThirdPartyRole(id) => self.third_party(id).map(|p| p.role.as_str()).unwrap_or(""),
            TextField::ThirdPartyTasks(id) => self.third_party(id).map(|p| p.tasks.as_str()).unwrap_or(""),
        }
    }

    fn text_mut(&mut self, field: TextField) -> Option<&mut String> {
        Some(match field {
            TextField::WorkerName => &mut self.worker_name,
            TextField::OcmwName => &mut self.ocmw_name,
            TextField::SupportName => &mut self.support_name,
            TextField::OverrideReason => &mut self.mandate_override.as_mut()?.reason,
            TextField::Topic(t) => self.topics.get_mut(t),
            TextField::Question(Question::ClientWillDo) => &mut self.agreements.client_will_do,
            TextField::Question(Question::ClientExpects) => &mut self.agreements.client_expects,
            TextField::Question(Question::OcmwExpects) => &mut self.agreements.ocmw_expects,
            TextField::Means(MeansOf::Client) => &mut self.agreements.means_client,
            TextField::Means(MeansOf::Ocmw) => &mut self.agreements.means_ocmw,
            TextField::Means(MeansOf::Others) => &mut self.agreements.means_others,
            TextField::GoalTitle(id) => &mut self.goal_mut(id)?.title,
            TextField::GoalWhy(id) => &mut self.goal_mut(id)?.why,
            TextField::ActionWhat(id) => &mut self.action_mut(id)?.what,
            TextField::ActionEvidence(id) => &mut self.action_mut(id)?.evidence,
            TextField::ActionStopReason(id) => &mut self.action_mut(id)?.stop_reason,
            TextField::ThirdPartyName(id) => &mut self.third_party_mut(id)?.name,
            TextField::ThirdPartyRole(id) => &mut self.third_party_mut(id)?.role,
            TextField::ThirdPartyTasks(id) => &mut self.third_party_mut(id)?.tasks,
        })
    }

    pub fn goal(&self, id: u64) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }
    fn goal_mut(&mut self, id: u64) -> Option<&mut Goal> {
        self.goals.iter_mut().find(|g| g.id == id)
    }
    pub fn action(&self, id: u64) -> Option<&PlanAction> {
        self.actions.iter().find(|a| a.id == id)
    }
    fn action_mut(&mut self, id: u64) -> Option<&mut PlanAction> {
        self.actions.iter_mut().find(|a| a.id == id)
    }
    pub fn third_party(&self, id: u64) -> Option<&ThirdParty> {
        self.third_parties.iter().find(|p| p.id == id)
    }
    fn third_party_mut(&mut self, id: u64) -> Option<&mut ThirdParty> {
        self.third_parties.iter_mut().find(|p| p.id == id)
    }

    /// What is known to decide whether a GPMI is required.
    pub fn mandate_facts(&self) -> MandateFacts {
        MandateFacts {
            birth_date: self.birth_date,
            had_recent_right: self.had_recent_right,
            asked_by_client: self.asked_by_client,
            asked_by_ocmw: self.asked_by_ocmw,
        }
    }

    /// Whether a GPMI is required, by the rules (judged on the decision date, else today).
    pub fn mandate(&self, today: NaiveDate) -> Mandate {
        rules::mandate(&self.rules, &self.mandate_facts(), self.decision_date.unwrap_or(today))
    }

    /// The rules' answer unless the worker overrode it.
    pub fn required(&self, today: NaiveDate) -> Option<bool> {
        match (&self.mandate_override, self.mandate(today)) {
            (Some(o), _) => Some(o.required),
            (None, Mandate::Required(_)) => Some(true),
            (None, Mandate::NotRequired) => Some(false),
            (None, Mandate::Unknown) => None,
        }
    }

    pub fn grounds(&self, today: NaiveDate) -> Vec<Ground> {
        match self.mandate(today) {
            Mandate::Required(g) => g,
            _ => Vec::new(),
        }
    }

    pub fn due_date(&self) -> Option<NaiveDate> {
        self.decision_date.map(|d| rules::due_date(&self.rules, d))
    }

    pub fn reflection_end(&self) -> Option<NaiveDate> {
        self.reflection_asked.map(|d| rules::reflection_end(&self.rules, d))
    }

    /// Whether a planned evaluation has been held.
    pub fn planned_done(&self, planned: u64) -> bool {
        self.evaluations.iter().any(|e| e.planned == Some(planned))
    }

    /// The first planned evaluation not yet held.
    pub fn next_planned(&self) -> Option<&PlannedEvaluation> {
        let mut open: Vec<_> = self.planned_evaluations.iter().filter(|p| !self.planned_done(p.id)).collect();
        open.sort_by_key(|p| p.date);
        open.into_iter().next()
    }

    /// How a goal stands after the latest evaluation that reviewed it.
    pub fn goal_progress(&self, goal: u64) -> Option<GoalProgress> {
        self.evaluations.iter().rev().find_map(|e| e.goals.iter().find(|r| r.goal == goal).map(|r| r.progress))
    }

    /// The name shown for an owner, if it still exists.
    pub fn owner_exists(&self, owner: Owner) -> bool {
        match owner {
            Owner::ThirdParty(id) => self.third_party(id).is_some(),
            _ => true,
        }
    }

    /// What is still missing before signing. Never blocks saving.
    pub fn missing(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        if self.plan_type.is_none() {
            out.push(Missing::NoType);
        }
        if self.start.is_none() {
            out.push(Missing::NoStart);
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
                self.planned_evaluations.iter().map(|p| Proposal { date: p.date, in_person: p.in_person }).collect();
            if !rules::schedule_meets_minimum(&self.rules, start, &planned) {
                out.push(Missing::TooFewEvaluations);
            }
        }
        out
    }
}

/// One thing still missing before the plan is ready to sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    NoType,
    NoStart,
    NoWorkerName,
    NoOcmwName,
    ThirdPartyWithoutName,
    NoGoal,
    GoalWithoutTitle,
    NoAction,
    ActionWithoutWhat,
    ActionWithoutOwner { what: String },
    ActionWithoutDate { what: String },
    NoEvaluationPlanned,
    TooFewEvaluations,
}

impl Missing {
    pub fn message_id(&self) -> &'static str {
        match self {
            Missing::NoType => "plan-missing-type",
            Missing::NoStart => "plan-missing-start",
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
            Missing::TooFewEvaluations => "plan-missing-evaluation-count",
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

/// Applies one plan edit; returns whether anything changed.
pub fn apply(dossier: &mut Dossier, edit: PlanEdit, now: DateTime<Utc>) -> bool {
    match edit {
        PlanEdit::Undo => dossier.plan.undo(),
        PlanEdit::Redo => dossier.plan.redo(),
        PlanEdit::SetStep(step) => set(&mut dossier.plan.step, step),
        PlanEdit::RecordEvaluation(input) => record_evaluation(dossier, input, now),
        edit => {
            let key = match &edit {
                PlanEdit::SetText(field, _) => Some(*field),
                _ => None,
            };
            // Typing on in the same field extends the last undo step: no snapshot to take then
            // (a copy of the whole plan per keystroke is what made typing slow on a big plan).
            let extends_last = key.is_some() && dossier.plan.history.last_key == key;
            let before = (!extends_last).then(|| dossier.plan.snapshot());
            let changed = apply_content(dossier, edit);
            if changed {
                let history = &mut dossier.plan.history;
                if let Some(before) = before {
                    history.undo.push(before);
                    if history.undo.len() > UNDO_LIMIT {
                        history.undo.remove(0);
                    }
                }
                history.redo.clear();
                history.last_key = key;
            }
            changed
        }
    }
}

fn record_evaluation(dossier: &mut Dossier, input: EvaluationInput, now: DateTime<Utc>) -> bool {
    let id = dossier.new_item_id();
    let plan = &mut dossier.plan;
    let planned = plan.next_planned().map(|p| p.id);
    let goals = input.goals.into_iter().filter(|r| plan.goal(r.goal).is_some()).collect();
    plan.evaluations.push(Evaluation {
        id,
        date: input.date,
        in_person: input.in_person,
        present: input.present,
        goals,
        changes: input.changes,
        new_rung: input.new_rung,
        planned,
        version: PlanVersion { goals: plan.goals.clone(), actions: plan.actions.clone() },
        recorded: now,
    });
    plan.history.last_key = None;
    true
}

fn apply_content(dossier: &mut Dossier, edit: PlanEdit) -> bool {
    match edit {
        PlanEdit::SetText(field, value) => match dossier.plan.text_mut(field) {
            Some(slot) => set(slot, value),
            None => false,
        },
        PlanEdit::SetType(t) => set(&mut dossier.plan.plan_type, t),
        PlanEdit::SetDecisionDate(d) => set(&mut dossier.plan.decision_date, d),
        PlanEdit::SetStart(d) => set(&mut dossier.plan.start, d),
        PlanEdit::SetEnd(d) => set(&mut dossier.plan.end, d),
        PlanEdit::SetBirthDate(d) => set(&mut dossier.plan.birth_date, d),
        PlanEdit::SetHadRecentRight(v) => set(&mut dossier.plan.had_recent_right, v),
        PlanEdit::SetAskedByClient(v) => set(&mut dossier.plan.asked_by_client, v),
        PlanEdit::SetAskedByOcmw(v) => set(&mut dossier.plan.asked_by_ocmw, v),
        PlanEdit::SetOverride(v) => {
            let plan = &mut dossier.plan;
            match (v, &mut plan.mandate_override) {
                (None, slot) => set(slot, None),
                (Some(required), Some(o)) => set(&mut o.required, required),
                (Some(required), slot) => {
                    *slot = Some(MandateOverride { required, reason: String::new() });
                    true
                }
            }
        }
        PlanEdit::SetSupportKind(k) => set(&mut dossier.plan.support_kind, k),
        PlanEdit::AddThirdParty => {
            let id = dossier.new_item_id();
            dossier.plan.third_parties.push(ThirdParty {
                id,
                name: String::new(),
                role: String::new(),
                tasks: String::new(),
            });
            true
        }
        PlanEdit::RemoveThirdParty(id) => {
            let plan = &mut dossier.plan;
            let before = plan.third_parties.len();
            plan.third_parties.retain(|p| p.id != id);
            if plan.third_parties.len() == before {
                return false;
            }
            // Its actions keep their text but have no owner until one is chosen.
            for a in plan.actions.iter_mut().filter(|a| a.owner == Some(Owner::ThirdParty(id))) {
                a.owner = None;
            }
            true
        }
        PlanEdit::AddGoal => {
            let id = dossier.new_item_id();
            let plan = &mut dossier.plan;
            plan.goals.push(Goal {
                id,
                title: String::new(),
                domain: None,
                from: plan.start,
                until: plan.end,
                why: String::new(),
            });
            true
        }
        PlanEdit::RemoveGoal(id) => {
            let plan = &mut dossier.plan;
            let before = plan.goals.len();
            plan.goals.retain(|g| g.id != id);
            for a in plan.actions.iter_mut().filter(|a| a.goal == Some(id)) {
                a.goal = None;
            }
            plan.goals.len() != before
        }
        PlanEdit::SetGoalDomain(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.domain, v)).unwrap_or(false),
        PlanEdit::SetGoalFrom(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.from, v)).unwrap_or(false),
        PlanEdit::SetGoalUntil(id, v) => dossier.plan.goal_mut(id).map(|g| set(&mut g.until, v)).unwrap_or(false),
        PlanEdit::AddAction { origin, what, owner, due, goal } => {
            let id = dossier.new_item_id();
            let plan = &mut dossier.plan;
            let goal = goal.filter(|g| plan.goal(*g).is_some());
            plan.actions.push(PlanAction {
                id,
                what,
                owner,
                due,
                evidence: String::new(),
                status: ActionStatus::Planned,
                stop_reason: String::new(),
                origin,
                goal,
            });
            true
        }
        PlanEdit::RemoveAction(id) => {
            let before = dossier.plan.actions.len();
            dossier.plan.actions.retain(|a| a.id != id);
            dossier.plan.actions.len() != before
        }
        PlanEdit::SetActionOwner(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.owner, v)).unwrap_or(false),
        PlanEdit::SetActionDue(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.due, v)).unwrap_or(false),
        PlanEdit::SetActionStatus(id, v) => dossier.plan.action_mut(id).map(|a| set(&mut a.status, v)).unwrap_or(false),
        PlanEdit::SetActionGoal(id, v) => {
            let v = v.filter(|g| dossier.plan.goal(*g).is_some());
            dossier.plan.action_mut(id).map(|a| set(&mut a.goal, v)).unwrap_or(false)
        }
        PlanEdit::ProposeEvaluations => {
            let Some(start) = dossier.plan.start else { return false };
            let proposals = rules::propose_evaluations(&dossier.plan.rules, start, dossier.plan.end);
            let mut planned = Vec::new();
            // Moments already held stay; the others are replaced by the proposal.
            for p in dossier.plan.planned_evaluations.clone() {
                if dossier.plan.planned_done(p.id) {
                    planned.push(p);
                }
            }
            for p in proposals {
                if !planned.iter().any(|q| q.date == p.date) {
                    planned.push(PlannedEvaluation { id: dossier.new_item_id(), date: p.date, in_person: p.in_person });
                }
            }
            planned.sort_by_key(|p| p.date);
            set(&mut dossier.plan.planned_evaluations, planned)
        }
        PlanEdit::RemovePlannedEvaluation(id) => {
            let plan = &mut dossier.plan;
            if plan.planned_done(id) {
                return false;
            }
            let before = plan.planned_evaluations.len();
            plan.planned_evaluations.retain(|p| p.id != id);
            plan.planned_evaluations.len() != before
        }
        PlanEdit::AskReflection(d) => set(&mut dossier.plan.reflection_asked, d),
        PlanEdit::SetSignedOn(d) => set(&mut dossier.plan.signed_on, d),
        PlanEdit::SetRules(r) => set(&mut dossier.plan.rules, r),
        PlanEdit::Undo | PlanEdit::Redo | PlanEdit::SetStep(_) | PlanEdit::RecordEvaluation(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DossierId, Lang};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn dossier() -> Dossier {
        Dossier::new(DossierId("p1".into()), "Samira".into(), Lang::Nl, now())
    }
    fn edit(d: &mut Dossier, e: PlanEdit) -> bool {
        apply(d, e, now())
    }
    fn add_action(d: &mut Dossier, what: &str, owner: Option<Owner>, due: Option<NaiveDate>) -> u64 {
        edit(d, PlanEdit::AddAction { origin: ActionOrigin::Free, what: what.into(), owner, due, goal: None });
        d.plan.actions.last().unwrap().id
    }

    /// A plan with everything needed to sign.
    fn complete() -> Dossier {
        let mut dos = dossier();
        edit(&mut dos, PlanEdit::SetType(Some(PlanType::Employment)));
        edit(&mut dos, PlanEdit::SetStart(Some(d(2026, 12, 1))));
        edit(&mut dos, PlanEdit::SetText(TextField::WorkerName, "Lotte".into()));
        edit(&mut dos, PlanEdit::SetText(TextField::OcmwName, "OCMW Oostende".into()));
        edit(&mut dos, PlanEdit::AddGoal);
        let g = dos.plan.goals[0].id;
        edit(&mut dos, PlanEdit::SetText(TextField::GoalTitle(g), "Work".into()));
        add_action(&mut dos, "Apply for jobs", Some(Owner::Client), Some(d(2027, 1, 15)));
        edit(&mut dos, PlanEdit::ProposeEvaluations);
        dos
    }

    #[test]
    fn a_complete_plan_is_ready_to_sign() {
        let dos = complete();
        assert_eq!(dos.plan.missing(), vec![]);
        assert_eq!(dos.plan.planned_evaluations.len(), 3);
    }

    #[test]
    fn the_check_names_what_is_missing() {
        let mut dos = dossier();
        let missing = dos.plan.missing();
        for m in
            [Missing::NoType, Missing::NoWorkerName, Missing::NoOcmwName, Missing::NoGoal, Missing::NoEvaluationPlanned]
        {
            assert!(missing.contains(&m), "{m:?} in {missing:?}");
        }
        let mut dos2 = complete();
        let id = dos2.plan.actions[0].id;
        edit(&mut dos2, PlanEdit::SetActionOwner(id, None));
        edit(&mut dos2, PlanEdit::SetActionDue(id, None));
        assert_eq!(
            dos2.plan.missing(),
            vec![
                Missing::ActionWithoutOwner { what: "Apply for jobs".into() },
                Missing::ActionWithoutDate { what: "Apply for jobs".into() }
            ]
        );
        // A third party who leaves takes the ownership of their actions along.
        edit(&mut dos, PlanEdit::AddThirdParty);
        let p = dos.plan.third_parties[0].id;
        let a = add_action(&mut dos, "Repayment plan", Some(Owner::ThirdParty(p)), Some(d(2027, 1, 1)));
        assert!(dos.plan.missing().contains(&Missing::ThirdPartyWithoutName));
        edit(&mut dos, PlanEdit::RemoveThirdParty(p));
        assert_eq!(dos.plan.action(a).unwrap().owner, None);
        // Too few evaluations: two left of three.
        let first = dos2.plan.planned_evaluations[0].id;
        edit(&mut dos2, PlanEdit::RemovePlannedEvaluation(first));
        assert!(dos2.plan.missing().contains(&Missing::TooFewEvaluations));
    }

    #[test]
    fn undo_and_redo_a_deletion() {
        let mut dos = complete();
        let action = dos.plan.actions[0].clone();
        assert!(edit(&mut dos, PlanEdit::RemoveAction(action.id)));
        assert!(dos.plan.actions.is_empty());
        assert!(edit(&mut dos, PlanEdit::Undo));
        assert_eq!(dos.plan.actions, vec![action.clone()]);
        assert!(dos.plan.can_redo());
        assert!(edit(&mut dos, PlanEdit::Redo));
        assert!(dos.plan.actions.is_empty());
        // A new change clears what could be redone.
        edit(&mut dos, PlanEdit::Undo);
        edit(&mut dos, PlanEdit::SetType(Some(PlanType::Training)));
        assert!(!dos.plan.can_redo());
        assert!(!edit(&mut dos, PlanEdit::Redo));
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut dos = dossier();
        for text in ["W", "Wo", "Wor", "Work"] {
            edit(&mut dos, PlanEdit::SetText(TextField::Topic(Topic::Future), text.into()));
        }
        edit(&mut dos, PlanEdit::SetText(TextField::Topic(Topic::Needs), "Rest".into()));
        edit(&mut dos, PlanEdit::Undo);
        assert_eq!((dos.plan.topics.future.as_str(), dos.plan.topics.needs.as_str()), ("Work", ""));
        edit(&mut dos, PlanEdit::Undo);
        assert_eq!(dos.plan.topics.future, "");
        assert!(!edit(&mut dos, PlanEdit::Undo), "nothing more to undo");
        edit(&mut dos, PlanEdit::Redo);
        assert_eq!(dos.plan.topics.future, "Work");
    }

    #[test]
    fn undo_is_bounded_and_keeps_the_step_and_evaluations() {
        let mut dos = complete();
        for i in 0..(UNDO_LIMIT + 10) {
            edit(&mut dos, PlanEdit::SetStart(Some(d(2026, 1, 1) + chrono::Duration::days(i as i64))));
        }
        let mut undone = 0;
        while edit(&mut dos, PlanEdit::Undo) {
            undone += 1;
        }
        assert_eq!(undone, UNDO_LIMIT);
        edit(&mut dos, PlanEdit::SetStep(PlanStep::Review));
        edit(&mut dos, PlanEdit::AddGoal);
        edit(
            &mut dos,
            PlanEdit::RecordEvaluation(EvaluationInput {
                date: d(2027, 3, 1),
                in_person: true,
                present: "Samira, Lotte".into(),
                goals: vec![],
                changes: String::new(),
                new_rung: None,
            }),
        );
        edit(&mut dos, PlanEdit::Undo);
        assert_eq!(dos.plan.step, PlanStep::Review, "undo does not move the screen");
        assert_eq!(dos.plan.evaluations.len(), 1, "evaluations are never undone");
    }

    #[test]
    fn evaluations_append_keep_the_version_and_fulfil_the_next_moment() {
        let mut dos = complete();
        let goal = dos.plan.goals[0].id;
        let first_planned = dos.plan.planned_evaluations[0].id;
        edit(
            &mut dos,
            PlanEdit::RecordEvaluation(EvaluationInput {
                date: d(2027, 4, 1),
                in_person: true,
                present: "Samira, Lotte".into(),
                goals: vec![
                    GoalReview { goal, progress: GoalProgress::Adjusted },
                    GoalReview { goal: 999, progress: GoalProgress::Reached },
                ],
                changes: "Focus on health for now".into(),
                new_rung: Rung::new(3),
            }),
        );
        let e = &dos.plan.evaluations[0];
        assert_eq!(e.planned, Some(first_planned));
        assert_eq!(e.goals.len(), 1, "unknown goals are left out");
        assert_eq!(dos.plan.goal_progress(goal), Some(GoalProgress::Adjusted));
        // The plan changes later; the evaluated version stays readable.
        edit(&mut dos, PlanEdit::SetText(TextField::GoalTitle(goal), "Health first".into()));
        assert_eq!(dos.plan.evaluations[0].version.goals[0].title, "Work");
        assert_ne!(dos.plan.next_planned().unwrap().id, first_planned);
        assert!(!edit(&mut dos, PlanEdit::RemovePlannedEvaluation(first_planned)), "a held moment stays");
        // Proposing again keeps the held moment.
        edit(&mut dos, PlanEdit::ProposeEvaluations);
        assert!(dos.plan.planned_evaluations.iter().any(|p| p.id == first_planned));
    }

    #[test]
    fn actions_from_other_features_carry_their_origin() {
        let mut dos = dossier();
        edit(
            &mut dos,
            PlanEdit::AddAction {
                origin: ActionOrigin::Catalogue {
                    catalogue: "oostende".into(),
                    edition: "2026".into(),
                    offer: "wijk-werken".into(),
                    name_nl: "Wijk-werken".into(),
                    name_en: "Neighbourhood work".into(),
                },
                what: "Wijk-werken".into(),
                owner: Some(Owner::Client),
                due: None,
                goal: Some(12345),
            },
        );
        edit(
            &mut dos,
            PlanEdit::AddAction {
                origin: ActionOrigin::SelfCheck { domain: LifeDomain::Money, suggestion: "debt-mediation".into() },
                what: "Talk to a debt mediator".into(),
                owner: None,
                due: None,
                goal: None,
            },
        );
        assert_eq!(dos.plan.actions[0].goal, None, "an unknown goal is not linked");
        assert_ne!(dos.plan.actions[0].id, dos.plan.actions[1].id);
        let json = serde_json::to_string(&dos).unwrap();
        assert!(json.contains(r#""kind":"catalogue""#) && json.contains(r#""kind":"self_check""#));
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, dos);
    }

    #[test]
    fn mandate_can_be_overridden_with_a_reason() {
        let mut dos = dossier();
        edit(&mut dos, PlanEdit::SetBirthDate(Some(d(2003, 5, 10))));
        edit(&mut dos, PlanEdit::SetDecisionDate(Some(d(2026, 11, 30))));
        let today = d(2026, 12, 1);
        assert_eq!(dos.plan.required(today), Some(true));
        assert_eq!(dos.plan.grounds(today), vec![Ground::Under25]);
        assert_eq!(dos.plan.due_date(), Some(d(2027, 2, 28)));
        edit(&mut dos, PlanEdit::SetOverride(Some(false)));
        edit(&mut dos, PlanEdit::SetText(TextField::OverrideReason, "Full-time student, exempt".into()));
        assert_eq!(dos.plan.required(today), Some(false));
        assert_eq!(dos.plan.text(TextField::OverrideReason), "Full-time student, exempt");
        edit(&mut dos, PlanEdit::SetOverride(None));
        assert_eq!(dos.plan.required(today), Some(true));
        edit(&mut dos, PlanEdit::AskReflection(Some(d(2026, 11, 26))));
        assert_eq!(dos.plan.reflection_end(), Some(d(2026, 12, 3)));
    }

    #[test]
    fn a_dossier_stored_before_the_plan_existed_still_loads() {
        let old = r#"{"schema_version":1,"id":"x","client_name":"Amina","interface_lang":"nl","client_lang":"ar",
            "created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:00:00Z","next_item_id":1}"#;
        let dos: Dossier = serde_json::from_str(old).unwrap();
        assert_eq!(dos.plan, Plan::default());
        assert!(!dos.is_example);
        let full = complete();
        let json = serde_json::to_string(&full).unwrap();
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, full);
        assert!(!back.plan.can_undo(), "undo history is not stored");
    }
}
