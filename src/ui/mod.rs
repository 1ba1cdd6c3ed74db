//! Yew function components. Screens get data and callbacks as props; only the root (`app`, browser
//! only) owns the reducer and talks to storage.

pub mod callbacks;
pub mod case_file;
pub mod client_turn;
pub mod command;
pub mod dossier;
pub mod home;
// Not a widget: no markup, only the contexts that the shell provides and every screen reads.
pub mod i18n_context;
pub mod ladder;
pub mod plan;
pub mod print;
pub mod road;
pub mod self_check;
pub mod shell;
pub mod sign;
pub mod widgets;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use command::Command;
