//! Plain Rust: the model, its rules and its checks. No browser calls here, and no clock:
//! "now" and "today" are always parameters.

pub mod dossier;
pub mod lang;
pub mod migration;
pub mod validation;

pub use dossier::{Dossier, DossierId};
pub use lang::Lang;
