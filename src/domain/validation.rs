//! Input checks with errors that name a message id, so the UI can say what is wrong in the
//! user's own language.

/// The longest client display name we accept, in characters (not bytes).
pub const MAX_NAME_CHARS: usize = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong { max: usize, actual: usize },
}

impl NameError {
    /// The Fluent message id that explains this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            NameError::Empty => "error-name-empty",
            NameError::TooLong { .. } => "error-name-too-long",
        }
    }
}

/// Trims the name and checks it is neither empty nor longer than [`MAX_NAME_CHARS`].
/// Inner runs of white space are folded to one space, so a name never carries stray tabs or
/// line breaks into a printed contract. Bidi controls and other control characters are removed:
/// they are invisible, and next to a fingerprint they could make other digits appear.
pub fn validate_client_name(raw: &str) -> Result<String, NameError> {
    let visible: String = raw.chars().filter(|&c| c.is_whitespace() || !is_hidden_control(c)).collect();
    let folded = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        return Err(NameError::Empty);
    }
    let actual = folded.chars().count();
    if actual > MAX_NAME_CHARS {
        return Err(NameError::TooLong { max: MAX_NAME_CHARS, actual });
    }
    Ok(folded)
}

/// A character that changes how text around it is shown without being seen itself: the bidi
/// embeddings, overrides, isolates and marks, and the C0/C1 controls.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_folds_white_space() {
        assert_eq!(validate_client_name("  Amina   El  Idrissi \n").unwrap(), "Amina El Idrissi");
    }

    #[test]
    fn empty_and_blank_names_are_refused() {
        assert_eq!(validate_client_name(""), Err(NameError::Empty));
        assert_eq!(validate_client_name(" \t\n "), Err(NameError::Empty));
        assert_eq!(NameError::Empty.message_id(), "error-name-empty");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 120 Arabic letters are 240 bytes but still a valid name.
        let arabic = "ع".repeat(120);
        assert_eq!(validate_client_name(&arabic).unwrap(), arabic);
        let too_long = "a".repeat(121);
        assert_eq!(validate_client_name(&too_long), Err(NameError::TooLong { max: 120, actual: 121 }));
    }

    #[test]
    fn bidi_and_control_characters_leave_names() {
        assert_eq!(validate_client_name("Olena\u{202E}4321\u{202C} K\u{0007}").unwrap(), "Olena4321 K");
        assert_eq!(validate_client_name("\u{2067}\u{200F}"), Err(NameError::Empty));
        // Joiners are part of Persian and Indic spelling and stay.
        assert_eq!(validate_client_name("می\u{200C}خواهم").unwrap(), "می\u{200C}خواهم");
    }
}
