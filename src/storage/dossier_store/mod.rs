//! How dossiers are laid out in a [`KeyValueStore`](crate::storage::key_value::KeyValueStore):
//! one key per dossier, so a save writes only what changed and a record that cannot be read never
//! blocks the others.

mod load;
mod reconcile;
mod saver;
#[cfg(test)]
mod tests;

pub use load::{load_all, load_records, wipe_all, Loaded, UnreadableRecord};
pub use reconcile::{reconcile, Reconcile};
pub use saver::Saver;

use crate::domain::DossierId;

pub const DOSSIER_PREFIX: &str = "trede.dossier.";
pub const UI_LANG_KEY: &str = "trede.ui-lang";

pub fn dossier_key(id: &DossierId) -> String {
    format!("{DOSSIER_PREFIX}{}", id.0)
}
