//! Taking in a change another tab of this browser made to a dossier's record.

use super::{Saver, DOSSIER_PREFIX};
use crate::domain::{Dossier, DossierId};
use crate::storage::migration::load_dossier;
use crate::storage::sealed::SealedParts;

/// What to do when another tab (or window) of this browser changed a dossier's record.
#[derive(Clone, Debug, PartialEq)]
pub enum Reconcile {
    /// Nothing to do (it is what we wrote ourselves, or not a dossier).
    Ignore,
    /// We had no unsaved change: take the other tab's version.
    Adopt(Box<Dossier>),
    /// The other tab deleted it and we had no unsaved change: let it go.
    Remove(DossierId),
    /// Both changed it: ours stays here, theirs is kept as a copy, and the user is told.
    KeepBoth(Box<Dossier>),
    /// The other tab locked it, and this tab does not have it open: listed as locked.
    Locked(DossierId),
    /// The other tab wrote a sealed record of a dossier open here. Not a lock by itself (it may
    /// be a save of the same open dossier): open it with this tab's key and reconcile the
    /// plaintext; only without a key, or with another passphrase, is it locked elsewhere, and
    /// then only when this tab has no unsaved change (`ours_unsaved`).
    Sealed { id: DossierId, ours_unsaved: bool },
}

/// Decides how to take in a change another tab made to `key` (`new_value` None: removed).
/// `ours` is this tab's version in memory; the saver knows what this tab last wrote.
pub fn reconcile(key: &str, new_value: Option<&str>, ours: Option<&Dossier>, saver: &Saver) -> Reconcile {
    let Some(id) = key.strip_prefix(DOSSIER_PREFIX).map(|id| DossierId(id.to_owned())) else {
        return Reconcile::Ignore;
    };
    let last_written = saver.written.get(&id);
    let ours_unsaved = match (ours, last_written) {
        (Some(d), Some(written)) => &serde_json::to_string(d).expect("a dossier always serialises") != written,
        (Some(_), None) => true,
        (None, _) => false,
    };
    let Some(value) = new_value else {
        return if ours.is_some() && !ours_unsaved { Reconcile::Remove(id) } else { Reconcile::Ignore };
    };
    if last_written.map(String::as_str) == Some(value) {
        return Reconcile::Ignore;
    }
    if SealedParts::from_json(value).is_ok() {
        return match ours {
            Some(_) => Reconcile::Sealed { id, ours_unsaved },
            None => Reconcile::Locked(id),
        };
    }
    match load_dossier(value) {
        Ok((theirs, _)) if theirs.id == id => {
            if ours_unsaved {
                Reconcile::KeepBoth(Box::new(theirs))
            } else {
                Reconcile::Adopt(Box::new(theirs))
            }
        }
        _ => Reconcile::Ignore,
    }
}
