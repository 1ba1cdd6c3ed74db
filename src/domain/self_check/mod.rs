//! The self-check (*zelfscan*): the client's own view and the worker's screening, per life
//! domain, kept side by side and never merged. A dossier holds many, each dated; a check can be
//! done in parts and resumed. No verdict is ever computed here: only facts for the conversation
//! (where the two voices differ, which preconditions the worker flagged, what moved since last time).

pub mod data;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use data::{question_id, sub_items, suggested_actions, SubItem, SuggestedAction};

use super::{Dossier, LifeDomain};

/// Longest note kept, in characters (a long story belongs in a conversation, not a field).
pub const MAX_NOTE_CHARS: usize = 2000;

/// The client's answer: short and friendly, with a pictogram on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientAnswer {
    GoesWell,
    SometimesHard,
    BigProblem,
    RatherNotSay,
}

impl ClientAnswer {
    pub const ALL: [ClientAnswer; 4] =
        [ClientAnswer::GoesWell, ClientAnswer::SometimesHard, ClientAnswer::BigProblem, ClientAnswer::RatherNotSay];

    pub fn slug(self) -> &'static str {
        match self {
            ClientAnswer::GoesWell => "good",
            ClientAnswer::SometimesHard => "hard",
            ClientAnswer::BigProblem => "big",
            ClientAnswer::RatherNotSay => "private",
        }
    }

    pub fn message_id(self) -> String {
        format!("sc-answer-{}", self.slug())
    }

    /// 1 (goes well) to 3 (big problem); `None` when the client chose not to say.
    fn weight(self) -> Option<u8> {
        match self {
            ClientAnswer::GoesWell => Some(1),
            ClientAnswer::SometimesHard => Some(2),
            ClientAnswer::BigProblem => Some(3),
            ClientAnswer::RatherNotSay => None,
        }
    }
}

/// The worker's score on the HIVA screening scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerScore {
    /// 1: no barrier.
    NoBarrier,
    /// 2: a barrier, but work or training is possible with support.
    WithSupport,
    /// 3: a barrier; work or training is not possible now.
    NotNow,
    /// 4: cannot assess yet.
    CannotAssess,
}

impl WorkerScore {
    pub const ALL: [WorkerScore; 4] =
        [WorkerScore::NoBarrier, WorkerScore::WithSupport, WorkerScore::NotNow, WorkerScore::CannotAssess];

    pub fn number(self) -> u8 {
        match self {
            WorkerScore::NoBarrier => 1,
            WorkerScore::WithSupport => 2,
            WorkerScore::NotNow => 3,
            WorkerScore::CannotAssess => 4,
        }
    }

    pub fn message_id(self) -> String {
        format!("sc-score-{}", self.number())
    }

    /// Scores 3 and 4 open the domain's sub-items and note.
    pub fn opens_details(self) -> bool {
        matches!(self, WorkerScore::NotNow | WorkerScore::CannotAssess)
    }

    fn weight(self) -> Option<u8> {
        (self != WorkerScore::CannotAssess).then_some(self.number())
    }
}

/// Level of Dutch, as in the CVO guide levels (based on a certificate no older than two years).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DutchLevel {
    Unknown,
    Below1_1,
    L1_1,
    L1_2,
    L2_1,
    L2_2,
    L2_3,
    L2_4,
    FullyLearned,
}

impl DutchLevel {
    pub const ALL: [DutchLevel; 9] = [
        DutchLevel::Unknown,
        DutchLevel::Below1_1,
        DutchLevel::L1_1,
        DutchLevel::L1_2,
        DutchLevel::L2_1,
        DutchLevel::L2_2,
        DutchLevel::L2_3,
        DutchLevel::L2_4,
        DutchLevel::FullyLearned,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DutchLevel::Unknown => "unknown",
            DutchLevel::Below1_1 => "below-1-1",
            DutchLevel::L1_1 => "1-1",
            DutchLevel::L1_2 => "1-2",
            DutchLevel::L2_1 => "2-1",
            DutchLevel::L2_2 => "2-2",
            DutchLevel::L2_3 => "2-3",
            DutchLevel::L2_4 => "2-4",
            DutchLevel::FullyLearned => "learned",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DutchLevel> {
        DutchLevel::ALL.into_iter().find(|l| l.slug() == slug)
    }

    pub fn message_id(self) -> String {
        format!("sc-dutch-level-{}", self.slug())
    }
}

/// Reading or writing in the Latin script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LatinSkill {
    Reading,
    Writing,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientEntry {
    pub answer: Option<ClientAnswer>,
    pub wants_help: bool,
    /// In the client's own words, kept as typed.
    pub note: String,
    /// Skipped for now (can be answered later).
    pub skipped: bool,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkerEntry {
    pub score: Option<WorkerScore>,
    /// Ids of ticked sub-items (see [`data::sub_items`]). Kept when the score changes back to
    /// 1 or 2, so nothing ticked is lost; shown only for scores 3 and 4.
    pub sub_items: Vec<String>,
    pub note: String,
}

/// The Dutch domain's extra facts, recorded by the worker.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DutchDetails {
    pub level: Option<DutchLevel>,
    pub reads_latin: Option<bool>,
    pub writes_latin: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SelfCheck {
    /// Unique within the dossier (from [`Dossier::new_item_id`]).
    pub id: u64,
    pub created: DateTime<Utc>,
    #[serde(default)]
    pub client: BTreeMap<LifeDomain, ClientEntry>,
    #[serde(default)]
    pub worker: BTreeMap<LifeDomain, WorkerEntry>,
    #[serde(default)]
    pub dutch: DutchDetails,
    /// Where the client is: an index into [`LifeDomain::ALL`], or `ALL.len()` at the end.
    #[serde(default)]
    pub client_position: usize,
}

/// How far a check is, per voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub client_answered: usize,
    pub client_skipped: usize,
    pub worker_scored: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_complete(self) -> bool {
        self.client_answered == self.total && self.worker_scored == self.total
    }
}

/// Which way a domain moved since the previous check, for one voice. `Eased` means the answer
/// or score points to less of a barrier than before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    Eased,
    Harder,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    Client,
    Worker,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub domain: LifeDomain,
    pub voice: Voice,
    pub movement: Movement,
    /// Message ids of the earlier and the current answer or score.
    pub from: String,
    pub to: String,
}

/// Domains that most OCMWs want solved first when the worker scores them 3.
pub const PRECONDITION_DOMAINS: [LifeDomain; 4] =
    [LifeDomain::Childcare, LifeDomain::Housing, LifeDomain::Mind, LifeDomain::Addiction];

impl SelfCheck {
    pub fn new(id: u64, created: DateTime<Utc>) -> SelfCheck {
        SelfCheck {
            id,
            created,
            client: BTreeMap::new(),
            worker: BTreeMap::new(),
            dutch: DutchDetails::default(),
            client_position: 0,
        }
    }

    pub fn client_entry(&self, domain: LifeDomain) -> ClientEntry {
        self.client.get(&domain).cloned().unwrap_or_default()
    }

    pub fn worker_entry(&self, domain: LifeDomain) -> WorkerEntry {
        self.worker.get(&domain).cloned().unwrap_or_default()
    }

    /// The domain the client is on, or `None` at the end.
    pub fn client_domain(&self) -> Option<LifeDomain> {
        LifeDomain::ALL.get(self.client_position).copied()
    }

    pub fn progress(&self) -> Progress {
        let client_answered = self.client.values().filter(|e| e.answer.is_some()).count();
        let client_skipped = self.client.values().filter(|e| e.answer.is_none() && e.skipped).count();
        let worker_scored = self.worker.values().filter(|e| e.score.is_some()).count();
        Progress { client_answered, client_skipped, worker_scored, total: LifeDomain::ALL.len() }
    }

    /// True when the client gave an answer (other than "rather not say") and the worker a score
    /// (other than "cannot assess"), and the two point to a different weight of barrier.
    pub fn differs(&self, domain: LifeDomain) -> bool {
        let client = self.client.get(&domain).and_then(|e| e.answer).and_then(ClientAnswer::weight);
        let worker = self.worker.get(&domain).and_then(|e| e.score).and_then(WorkerScore::weight);
        matches!((client, worker), (Some(c), Some(w)) if c != w)
    }

    /// Preconditions: childcare, housing, mind or addiction scored 3 by the worker.
    pub fn preconditions(&self) -> Vec<LifeDomain> {
        LifeDomain::ALL
            .into_iter()
            .filter(|d| PRECONDITION_DOMAINS.contains(d))
            .filter(|d| self.worker.get(d).and_then(|e| e.score) == Some(WorkerScore::NotNow))
            .collect()
    }

    /// Domains where the client asked for help, in domain order.
    pub fn wants_help(&self) -> Vec<LifeDomain> {
        LifeDomain::ALL.into_iter().filter(|d| self.client.get(d).is_some_and(|e| e.wants_help)).collect()
    }

    /// What moved up or down since `earlier`, per domain and voice. Answers that cannot be
    /// weighed ("rather not say", "cannot assess yet", none) are not compared.
    pub fn changes_since(&self, earlier: &SelfCheck) -> Vec<Change> {
        let mut out = Vec::new();
        for domain in LifeDomain::ALL {
            let before = earlier.client.get(&domain).and_then(|e| e.answer);
            let now = self.client.get(&domain).and_then(|e| e.answer);
            if let (Some(b), Some(n)) = (before, now) {
                if let Some(movement) = movement(b.weight(), n.weight()) {
                    out.push(Change {
                        domain,
                        voice: Voice::Client,
                        movement,
                        from: b.message_id(),
                        to: n.message_id(),
                    });
                }
            }
            let before = earlier.worker.get(&domain).and_then(|e| e.score);
            let now = self.worker.get(&domain).and_then(|e| e.score);
            if let (Some(b), Some(n)) = (before, now) {
                if let Some(movement) = movement(b.weight(), n.weight()) {
                    out.push(Change {
                        domain,
                        voice: Voice::Worker,
                        movement,
                        from: b.message_id(),
                        to: n.message_id(),
                    });
                }
            }
        }
        out
    }
}

fn movement(before: Option<u8>, now: Option<u8>) -> Option<Movement> {
    match (before?, now?) {
        (b, n) if n < b => Some(Movement::Eased),
        (b, n) if n > b => Some(Movement::Harder),
        _ => None,
    }
}

/// The check made just before `check` in this dossier (by creation time, then id), if any.
pub fn previous<'a>(checks: &'a [SelfCheck], check: &SelfCheck) -> Option<&'a SelfCheck> {
    checks.iter().filter(|c| (c.created, c.id) < (check.created, check.id)).max_by_key(|c| (c.created, c.id))
}

/// Every change a screen can ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum SelfCheckEdit {
    /// Starts a new check, dated now; it gets the dossier's next item id.
    Start,
    Delete {
        check: u64,
    },
    ClientAnswer {
        check: u64,
        domain: LifeDomain,
        answer: Option<ClientAnswer>,
    },
    ClientWantsHelp {
        check: u64,
        domain: LifeDomain,
        wants_help: bool,
    },
    ClientNote {
        check: u64,
        domain: LifeDomain,
        note: String,
    },
    /// Marks the domain as skipped for now and moves the client on to the next one.
    ClientSkip {
        check: u64,
        domain: LifeDomain,
    },
    /// Moves the client to a position (back, forward, or to a chosen domain).
    ClientGoTo {
        check: u64,
        position: usize,
    },
    WorkerScore {
        check: u64,
        domain: LifeDomain,
        score: Option<WorkerScore>,
    },
    WorkerSubItem {
        check: u64,
        domain: LifeDomain,
        item: String,
        ticked: bool,
    },
    WorkerNote {
        check: u64,
        domain: LifeDomain,
        note: String,
    },
    DutchLevel {
        check: u64,
        level: Option<DutchLevel>,
    },
    Literacy {
        check: u64,
        skill: LatinSkill,
        value: Option<bool>,
    },
}

fn clip(note: String) -> String {
    if note.chars().count() > MAX_NOTE_CHARS {
        note.chars().take(MAX_NOTE_CHARS).collect()
    } else {
        note
    }
}

/// Sets `*slot = value`; returns whether it changed.
fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// Applies one edit; returns whether anything changed. Unknown checks, sub-items of another
/// domain and positions past the end change nothing.
pub fn apply(dossier: &mut Dossier, edit: SelfCheckEdit, now: DateTime<Utc>) -> bool {
    let check_id = match &edit {
        SelfCheckEdit::Start => {
            let id = dossier.new_item_id();
            dossier.self_checks.push(SelfCheck::new(id, now));
            return true;
        }
        SelfCheckEdit::Delete { check } => {
            let before = dossier.self_checks.len();
            dossier.self_checks.retain(|c| c.id != *check);
            return dossier.self_checks.len() != before;
        }
        SelfCheckEdit::ClientAnswer { check, .. }
        | SelfCheckEdit::ClientWantsHelp { check, .. }
        | SelfCheckEdit::ClientNote { check, .. }
        | SelfCheckEdit::ClientSkip { check, .. }
        | SelfCheckEdit::ClientGoTo { check, .. }
        | SelfCheckEdit::WorkerScore { check, .. }
        | SelfCheckEdit::WorkerSubItem { check, .. }
        | SelfCheckEdit::WorkerNote { check, .. }
        | SelfCheckEdit::DutchLevel { check, .. }
        | SelfCheckEdit::Literacy { check, .. } => *check,
    };
    let Some(sc) = dossier.self_checks.iter_mut().find(|c| c.id == check_id) else {
        return false;
    };
    match edit {
        SelfCheckEdit::Start | SelfCheckEdit::Delete { .. } => unreachable!("handled above"),
        SelfCheckEdit::ClientAnswer { domain, answer, .. } => {
            let entry = sc.client.entry(domain).or_default();
            let changed = set(&mut entry.answer, answer);
            if answer.is_some() {
                entry.skipped = false;
            }
            changed
        }
        SelfCheckEdit::ClientWantsHelp { domain, wants_help, .. } => {
            set(&mut sc.client.entry(domain).or_default().wants_help, wants_help)
        }
        SelfCheckEdit::ClientNote { domain, note, .. } => {
            set(&mut sc.client.entry(domain).or_default().note, clip(note))
        }
        SelfCheckEdit::ClientSkip { domain, .. } => {
            let entry = sc.client.entry(domain).or_default();
            let mut changed = false;
            if entry.answer.is_none() {
                changed |= set(&mut entry.skipped, true);
            }
            let index = LifeDomain::ALL.iter().position(|d| *d == domain).unwrap_or(0);
            changed | set(&mut sc.client_position, index + 1)
        }
        SelfCheckEdit::ClientGoTo { position, .. } => {
            position <= LifeDomain::ALL.len() && set(&mut sc.client_position, position)
        }
        SelfCheckEdit::WorkerScore { domain, score, .. } => set(&mut sc.worker.entry(domain).or_default().score, score),
        SelfCheckEdit::WorkerSubItem { domain, item, ticked, .. } => {
            if !sub_items(domain).iter().any(|s| s.id == item) {
                return false;
            }
            let items = &mut sc.worker.entry(domain).or_default().sub_items;
            let has = items.contains(&item);
            match (ticked, has) {
                (true, false) => {
                    items.push(item);
                    // Keep the order of the instrument, whatever the order of ticking.
                    let order = |id: &String| sub_items(domain).iter().position(|s| s.id == id);
                    items.sort_by_key(order);
                    true
                }
                (false, true) => {
                    items.retain(|i| i != &item);
                    true
                }
                _ => false,
            }
        }
        SelfCheckEdit::WorkerNote { domain, note, .. } => {
            set(&mut sc.worker.entry(domain).or_default().note, clip(note))
        }
        SelfCheckEdit::DutchLevel { level, .. } => set(&mut sc.dutch.level, level),
        SelfCheckEdit::Literacy { skill, value, .. } => match skill {
            LatinSkill::Reading => set(&mut sc.dutch.reads_latin, value),
            LatinSkill::Writing => set(&mut sc.dutch.writes_latin, value),
        },
    }
}

#[cfg(test)]
mod tests;
