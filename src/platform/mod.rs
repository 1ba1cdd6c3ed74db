//! The browser adapters: IndexedDB behind [`RecordStore`](crate::storage::record_store::RecordStore), localStorage behind [`KeyValueStore`](crate::storage::key_value::KeyValueStore),
//! WebCrypto, files, clock, printing, speech, locale scripts and persistent storage. Browser-only
//! (wasm32); the plain-Rust logic they serve, and its in-memory twins, live in [`crate::storage`].

#[cfg(target_arch = "wasm32")]
pub mod browser_storage;
/// The trait and its in-memory twin are plain Rust; the browser's side is wasm32 only.
pub mod clipboard;
#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod indexed_db;
#[cfg(target_arch = "wasm32")]
pub mod locales;
#[cfg(target_arch = "wasm32")]
pub mod persistence;
#[cfg(target_arch = "wasm32")]
pub mod print;
#[cfg(target_arch = "wasm32")]
pub mod speech;
