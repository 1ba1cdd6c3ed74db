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
/// line breaks into a printed contract.
pub fn validate_client_name(raw: &str) -> Result<String, NameError> {
    let folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        return Err(NameError::Empty);
    }
    let actual = folded.chars().count();
    if actual > MAX_NAME_CHARS {
        return Err(NameError::TooLong { max: MAX_NAME_CHARS, actual });
    }
    Ok(folded)
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
}
