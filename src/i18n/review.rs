//! Whether a native speaker has reviewed each translation: the one table the client screens and
//! the print read, and that `tests/translations.rs` compares with the "Native review" column of
//! TRANSLATIONS.md, so the screen and the page can never disagree.

use crate::domain::Lang;

/// Per language: the "Native review" cell of TRANSLATIONS.md ("no", or "yes, by <initials>,
/// <date>"). Dutch is the source.
pub const NATIVE_REVIEW: [(Lang, &str); 16] = [
    (Lang::Nl, "source text, by the team"),
    (Lang::Fr, "no"),
    (Lang::De, "no"),
    (Lang::En, "no"),
    (Lang::Ar, "no"),
    (Lang::Fa, "no"),
    (Lang::Ps, "no"),
    (Lang::Ti, "no"),
    (Lang::So, "no"),
    (Lang::Uk, "no"),
    (Lang::Ru, "no"),
    (Lang::Tr, "no"),
    (Lang::Bg, "no"),
    (Lang::Ro, "no"),
    (Lang::Sk, "no"),
    (Lang::Pl, "no"),
];

/// A native speaker signed this translation off.
pub fn is_reviewed(lang: Lang) -> bool {
    NATIVE_REVIEW.iter().any(|(l, cell)| *l == lang && cell.starts_with("yes"))
}

/// The message that tells a client screen's reader what the translation is worth; `None` for
/// Dutch, the binding text itself.
pub fn note_id(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Nl => None,
        l if is_reviewed(l) => Some("turn-note-reviewed"),
        _ => Some("turn-note-unreviewed"),
    }
}
