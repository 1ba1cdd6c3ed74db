//! Every change a screen can ask for, and applying it.

use chrono::{DateTime, Utc};

use super::{sub_items, ClientAnswer, DutchLevel, LatinSkill, SelfCheck, WorkerScore};
use crate::domain::{Dossier, LifeDomain};

/// Longest note kept, in characters (a long story belongs in a conversation, not a field).
pub const MAX_NOTE_CHARS: usize = 2000;

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
            dossier.self_checks.push(std::rc::Rc::new(SelfCheck::new(id, now)));
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
    // Only the check being answered is copied; the earlier ones stay shared.
    let Some(sc) = dossier.self_checks.iter_mut().find(|c| c.id == check_id).map(std::rc::Rc::make_mut) else {
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
                    crate::domain::order::order_by_key(items, order);
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
