//! Trede: self-check, participation ladder and GPMI co-drafting, entirely in the browser.

pub mod domain;
pub mod i18n;
pub mod platform;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts the app into `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::Renderer::<ui::app::App>::new().render();
}
