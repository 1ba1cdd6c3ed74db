//! What can be wrong in a catalogue file, and where.

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// A top-level field, e.g. `"edition"`.
    Field(String),
    /// An offer (1-based position in `offers`, its id if it has one) and optionally a field.
    Offer { number: usize, id: Option<String>, field: Option<String> },
}

/// What is wrong. Each kind has a message id (`catalogue-problem-...`) and variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    WrongFormat {
        found: String,
    },
    UnsupportedVersion {
        found: String,
    },
    Missing,
    /// `expected` is one of: text, number, list, offer, object (texts per language).
    WrongType {
        expected: &'static str,
    },
    NotARung {
        found: String,
    },
    /// `carried_by` is not client, ocmw or partner.
    NotACarrier {
        found: String,
    },
    EmptyText,
    TooLong {
        max: usize,
    },
    NoDutch,
    UnknownLanguage {
        code: String,
    },
    BadId {
        found: String,
    },
    DuplicateId {
        first: usize,
    },
    UnknownField,
    NoOffers,
    /// The file is larger than any catalogue needs (checked before it is read).
    TooLarge {
        max_kb: usize,
    },
    TooManyOffers {
        max: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}

impl ProblemKind {
    pub fn message_id(&self) -> &'static str {
        match self {
            ProblemKind::NotJson { .. } => "catalogue-problem-not-json",
            ProblemKind::NotAnObject => "catalogue-problem-not-object",
            ProblemKind::WrongFormat { .. } => "catalogue-problem-format",
            ProblemKind::UnsupportedVersion { .. } => "catalogue-problem-version",
            ProblemKind::Missing => "catalogue-problem-missing",
            ProblemKind::WrongType { .. } => "catalogue-problem-type",
            ProblemKind::NotARung { .. } => "catalogue-problem-rung",
            ProblemKind::NotACarrier { .. } => "catalogue-problem-carrier",
            ProblemKind::EmptyText => "catalogue-problem-empty",
            ProblemKind::TooLong { .. } => "catalogue-problem-too-long",
            ProblemKind::NoDutch => "catalogue-problem-no-dutch",
            ProblemKind::UnknownLanguage { .. } => "catalogue-problem-language",
            ProblemKind::BadId { .. } => "catalogue-problem-id",
            ProblemKind::DuplicateId { .. } => "catalogue-problem-duplicate",
            ProblemKind::UnknownField => "catalogue-problem-unknown-field",
            ProblemKind::NoOffers => "catalogue-problem-no-offers",
            ProblemKind::TooLarge { .. } => "catalogue-problem-too-large",
            ProblemKind::TooManyOffers { .. } => "catalogue-problem-too-many",
        }
    }

    /// The message variables, as (name, value) pairs; numbers stay numbers.
    pub fn args(&self) -> Vec<(&'static str, ArgValue)> {
        use ArgValue::{Num, Text};
        match self {
            ProblemKind::NotJson { line, column } => vec![("line", Num(*line)), ("column", Num(*column))],
            ProblemKind::WrongFormat { found } | ProblemKind::UnsupportedVersion { found } => {
                vec![("found", Text(found.clone()))]
            }
            ProblemKind::WrongType { expected } => vec![("expected", Text((*expected).to_owned()))],
            ProblemKind::NotARung { found } | ProblemKind::BadId { found } | ProblemKind::NotACarrier { found } => {
                vec![("found", Text(found.clone()))]
            }
            ProblemKind::TooLong { max } | ProblemKind::TooManyOffers { max } => vec![("max", Num(*max))],
            ProblemKind::TooLarge { max_kb } => vec![("max", Num(*max_kb))],
            ProblemKind::UnknownLanguage { code } => vec![("code", Text(code.clone()))],
            ProblemKind::DuplicateId { first } => vec![("first", Num(*first))],
            _ => vec![],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgValue {
    Num(usize),
    Text(String),
}
