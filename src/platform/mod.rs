//! The browser, behind small traits with in-memory twins for tests.

pub mod dossier_store;
pub mod sealed;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod browser_storage;
#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod locales;
#[cfg(target_arch = "wasm32")]
pub mod persistence;
#[cfg(target_arch = "wasm32")]
pub mod print;
#[cfg(target_arch = "wasm32")]
pub mod speech;
