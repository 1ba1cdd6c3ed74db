//! One self-check: both voices per life domain, how far it is and what moved since the last one.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ClientAnswer, DutchLevel, WorkerScore};
use crate::domain::LifeDomain;

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientEntry {
    pub answer: Option<ClientAnswer>,
    pub wants_help: bool,
    /// In the client's own words, kept as typed.
    pub note: String,
    /// Skipped for now (can be answered later).
    pub skipped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkerEntry {
    pub score: Option<WorkerScore>,
    /// Ids of ticked sub-items (see [`data::sub_items`](super::data::sub_items)). Kept when the score changes back to
    /// 1 or 2, so nothing ticked is lost; shown only for scores 3 and 4.
    pub sub_items: Vec<String>,
    pub note: String,
}

/// The Dutch domain's extra facts, recorded by the worker.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DutchDetails {
    pub level: Option<DutchLevel>,
    pub reads_latin: Option<bool>,
    pub writes_latin: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheck {
    /// Unique within the dossier (from [`Dossier::new_item_id`](crate::domain::Dossier::new_item_id)).
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
pub fn previous<'a>(checks: &'a [Rc<SelfCheck>], check: &SelfCheck) -> Option<&'a Rc<SelfCheck>> {
    checks.iter().filter(|c| (c.created, c.id) < (check.created, check.id)).max_by_key(|c| (c.created, c.id))
}
