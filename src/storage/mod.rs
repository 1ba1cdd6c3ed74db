//! Plain Rust: what is stored and how, behind the [`KeyValueStore`](key_value::KeyValueStore)
//! trait (localStorage in the app, an in-memory twin in tests): the dossier records and the
//! catalogue, schema migration, the encrypted format and the export file. No browser calls here.

pub mod catalogue_store;
pub mod dossier_json;
pub mod dossier_store;
pub mod key_value;
pub mod migration;
pub mod move_in;
pub mod record_store;
pub mod sealed;
pub mod transfer;
pub mod wipe;
