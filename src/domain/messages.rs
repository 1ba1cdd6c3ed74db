//! The words a plain-Rust text takes from the translations (a life domain's name, a status), asked
//! for by message id. The caller hands in the translator, so the domain names no translation
//! machinery of its own (`i18n` implements this for its `Translator`).

pub trait Messages {
    /// The message `id` in the messages' language; a missing one shows as its marked id.
    fn message(&self, id: &str) -> String;
}
