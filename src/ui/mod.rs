//! Yew function components. Screens get data and callbacks as props; only the root (`app`, browser
//! only) owns the reducer and talks to storage.

pub mod command;
pub mod components;
pub mod i18n_context;
pub mod pages;
pub mod shell;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use command::Command;
