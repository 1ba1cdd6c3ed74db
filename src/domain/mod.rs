//! Plain Rust: the model, its rules and its checks. No browser calls here, and no clock:
//! "now" and "today" are always parameters.

pub mod admission;
pub mod case_file;
pub mod caseload;
pub mod catalogue;
pub mod dossier;
pub mod edit;
pub mod example;
pub mod fixtures;
pub mod ladder;
pub mod lang;
pub mod life_domain;
pub mod messages;
pub(crate) mod order;
pub mod plan;
pub mod road;
pub mod rules;
pub mod rung;
pub mod self_check;
pub mod signing;
mod tagged;
pub mod utc_offset;
pub mod validation;

#[cfg(test)]
mod serde_golden_tests;

pub use dossier::{Dossier, DossierId, LockSettings};
pub use edit::DossierEdit;
pub use lang::Lang;
pub use life_domain::LifeDomain;
pub use rung::Rung;
pub use utc_offset::UtcOffset;
