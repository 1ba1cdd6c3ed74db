//! A dossier: everything Trede keeps about one client, on this device only.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::lang::Lang;

/// The version of the stored form this build writes; older ones are migrated on load
/// (`storage::migration`).
pub const SCHEMA_VERSION: u32 = 1;

/// Opaque identifier, made by the platform (random) when a dossier is created.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DossierId(pub String);

impl DossierId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DossierId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

// `Eq` makes `Rc<T> == Rc<T>` stop at the same pointer (std does so for `T: Eq`), so a screen
// whose shared dossier, plan or signed version did not change compares nothing deeper.
const _: () = {
    const fn eq<T: Eq + ?Sized>() {}
    eq::<Dossier>();
    eq::<super::plan::Plan>();
    eq::<super::plan::Evaluation>();
    eq::<super::signing::SigningRound>();
    eq::<super::self_check::SelfCheck>();
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dossier {
    pub schema_version: u32,
    pub id: DossierId,
    /// How the client wants to be named on screen; already validated and trimmed.
    pub client_name: String,
    /// The worker's language for this dossier's screens.
    pub interface_lang: Lang,
    /// The client's own language, for the screens the client answers and their copy of the plan.
    pub client_lang: Lang,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// Source of ids for items inside the dossier (goals, actions, placements, ...), so ids are
    /// made without randomness and stay unique within the dossier.
    #[serde(default)]
    pub next_item_id: u64,
    /// Set when the dossier is locked with a passphrase: then it is stored only encrypted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock: Option<LockSettings>,
    /// Self-checks, oldest first; each one dated, finished or not.
    #[serde(default)]
    pub self_checks: Vec<std::rc::Rc<super::self_check::SelfCheck>>,
    /// The GPMI, drafted together.
    #[serde(default)]
    pub plan: super::plan::Plan,
    /// A fictional dossier to look around in, marked as such everywhere.
    #[serde(default)]
    pub is_example: bool,
    /// The participation ladder: placements, target rung, picked offers. Shared (`Rc`): a
    /// keystroke elsewhere copies the dossier, and the ladder was most of that copy.
    #[serde(default)]
    pub ladder: std::rc::Rc<super::ladder::Ladder>,
    /// The client's screens use the simplified (easy-read) view: one question per screen, larger
    /// text and targets, pictograms, read-aloud and the Dutch word under the home-language word.
    #[serde(default)]
    pub simplified: bool,
    /// The signatures given to the plan, one round per signed version.
    #[serde(default)]
    pub signing: super::signing::Signing,
}

/// How a locked dossier behaves. The passphrase itself is never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockSettings {
    /// Locks itself after this many minutes without a touch or a key press.
    pub idle_minutes: u32,
}

impl LockSettings {
    pub const IDLE_CHOICES: [u32; 4] = [5, 10, 15, 30];
    pub const DEFAULT_IDLE: u32 = 10;
}

impl Dossier {
    /// A new, empty dossier. `name` must already be validated.
    pub fn new(id: DossierId, name: String, interface_lang: Lang, now: DateTime<Utc>) -> Self {
        Dossier {
            schema_version: SCHEMA_VERSION,
            id,
            client_name: name,
            interface_lang,
            client_lang: interface_lang,
            created: now,
            updated: now,
            next_item_id: 1,
            lock: None,
            self_checks: Vec::new(),
            plan: Default::default(),
            is_example: false,
            ladder: Default::default(),
            simplified: false,
            signing: Default::default(),
        }
    }

    /// A fresh id for an item inside this dossier.
    pub fn new_item_id(&mut self) -> u64 {
        let id = self.next_item_id.max(1);
        self.next_item_id = id + 1;
        id
    }

    /// Marks the dossier as changed at `now` (never earlier than it was created).
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated = now.max(self.created);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn round_trips_through_json() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap();
        let mut dossier = Dossier::new(DossierId("d1".into()), "Amina".into(), Lang::Nl, now);
        dossier.client_lang = Lang::Ar;
        let json = serde_json::to_string(&dossier).unwrap();
        assert!(json.contains("\"schema_version\":1"));
        assert!(json.contains("\"client_lang\":\"ar\""));
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, dossier);
    }

    #[test]
    fn touch_never_goes_before_creation() {
        let created = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let mut dossier = Dossier::new(DossierId("d1".into()), "A".into(), Lang::En, created);
        dossier.touch(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
        assert_eq!(dossier.updated, created);
        let later = Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap();
        dossier.touch(later);
        assert_eq!(dossier.updated, later);
    }
}
