//! The offer catalogue: what an OCMW offers on each rung of the ladder. It is data, one file per
//! OCMW (format in `docs/catalogue.md`); Oostende's is built in. Every file, the built-in one
//! included, goes through [`parse_catalogue`], which reports every problem with its place.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Lang, Rung};

pub const FORMAT: &str = "trede-catalogue";
pub const VERSION: u64 = 1;
/// Longest text of one field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest offer or catalogue id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// The built-in default: OCMW Oostende.
pub const DEFAULT_SOURCE: &str = include_str!("../data/catalogue-oostende.json");

/// A text in several languages. Dutch is always there; others fall back to Dutch.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<String, String>);

impl LocalText {
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.code()).or_else(|| self.0.get("nl")).map(String::as_str).unwrap_or("")
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.0.contains_key(lang.code())
    }

    /// Only the given languages (for snapshots).
    pub fn only(&self, langs: &[Lang]) -> LocalText {
        LocalText(langs.iter().filter_map(|l| self.0.get(l.code()).map(|t| (l.code().to_owned(), t.clone()))).collect())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub id: String,
    pub rung: Rung,
    pub name: LocalText,
    pub provider: LocalText,
    pub description: LocalText,
    pub duration: Option<LocalText>,
    pub allowance: Option<LocalText>,
    pub conditions: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub id: String,
    pub name: LocalText,
    pub edition: String,
    pub offers: Vec<Offer>,
}

impl Catalogue {
    /// The built-in Oostende catalogue, parsed once.
    pub fn default_ref() -> &'static Catalogue {
        static DEFAULT: OnceLock<Catalogue> = OnceLock::new();
        DEFAULT.get_or_init(|| parse_catalogue(DEFAULT_SOURCE).expect("the built-in catalogue is valid"))
    }

    pub fn offers_on(&self, rung: Rung) -> impl Iterator<Item = &Offer> {
        self.offers.iter().filter(move |o| o.rung == rung)
    }

    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }
}

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
            ProblemKind::EmptyText => "catalogue-problem-empty",
            ProblemKind::TooLong { .. } => "catalogue-problem-too-long",
            ProblemKind::NoDutch => "catalogue-problem-no-dutch",
            ProblemKind::UnknownLanguage { .. } => "catalogue-problem-language",
            ProblemKind::BadId { .. } => "catalogue-problem-id",
            ProblemKind::DuplicateId { .. } => "catalogue-problem-duplicate",
            ProblemKind::UnknownField => "catalogue-problem-unknown-field",
            ProblemKind::NoOffers => "catalogue-problem-no-offers",
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
            ProblemKind::NotARung { found } | ProblemKind::BadId { found } => vec![("found", Text(found.clone()))],
            ProblemKind::TooLong { max } => vec![("max", Num(*max))],
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

/// Reads a catalogue file. Either the catalogue, or every problem found (never just the first).
pub fn parse_catalogue(source: &str) -> Result<Catalogue, Vec<Problem>> {
    let value: Value = match serde_json::from_str(source) {
        Ok(v) => v,
        Err(e) => {
            return Err(vec![Problem {
                place: Place::File,
                kind: ProblemKind::NotJson { line: e.line(), column: e.column() },
            }])
        }
    };
    let Value::Object(root) = value else {
        return Err(vec![Problem { place: Place::File, kind: ProblemKind::NotAnObject }]);
    };
    let mut problems = Vec::new();
    let mut top = |field: &str, kind| problems.push(Problem { place: Place::Field(field.to_owned()), kind });

    match root.get("format") {
        None => top("format", ProblemKind::Missing),
        Some(Value::String(s)) if s == FORMAT => {}
        Some(other) => top("format", ProblemKind::WrongFormat { found: short(other) }),
    }
    match root.get("version") {
        None => top("version", ProblemKind::Missing),
        Some(Value::Number(n)) if n.as_u64() == Some(VERSION) => {}
        Some(other) => top("version", ProblemKind::UnsupportedVersion { found: short(other) }),
    }
    for key in root.keys() {
        if !["format", "version", "id", "name", "edition", "offers"].contains(&key.as_str()) {
            top(key, ProblemKind::UnknownField);
        }
    }
    let mut report = |field: &str, kind| problems.push(Problem { place: Place::Field(field.to_owned()), kind });
    let id = check_id(root.get("id")).map_err(|k| report("id", k)).ok();
    let name = check_text(root.get("name"), true).map_err(|k| report("name", k)).ok();
    let edition = check_plain(root.get("edition")).map_err(|k| report("edition", k)).ok();

    let mut offers = Vec::new();
    match root.get("offers") {
        None => report("offers", ProblemKind::Missing),
        Some(Value::Array(list)) if list.is_empty() => report("offers", ProblemKind::NoOffers),
        Some(Value::Array(list)) => {
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            for (i, entry) in list.iter().enumerate() {
                if let Some(offer) = check_offer(i + 1, entry, &mut seen, &mut problems) {
                    offers.push(offer);
                }
            }
        }
        Some(_) => report("offers", ProblemKind::WrongType { expected: "list" }),
    }

    match (id, name, edition) {
        (Some(id), Some(name), Some(edition)) if problems.is_empty() => Ok(Catalogue { id, name, edition, offers }),
        _ => Err(problems),
    }
}

const OFFER_FIELDS: [&str; 8] =
    ["id", "rung", "name", "provider", "description", "duration", "allowance", "conditions"];

fn check_offer(
    number: usize,
    entry: &Value,
    seen: &mut BTreeMap<String, usize>,
    problems: &mut Vec<Problem>,
) -> Option<Offer> {
    let Value::Object(map) = entry else {
        problems.push(Problem {
            place: Place::Offer { number, id: None, field: None },
            kind: ProblemKind::WrongType { expected: "offer" },
        });
        return None;
    };
    let raw_id = map.get("id").and_then(Value::as_str).map(str::to_owned);
    let before = problems.len();
    let mut report = |field: &str, kind| {
        problems
            .push(Problem { place: Place::Offer { number, id: raw_id.clone(), field: Some(field.to_owned()) }, kind })
    };
    let id = match check_id(map.get("id")) {
        Ok(id) => match seen.get(&id) {
            Some(&first) => {
                report("id", ProblemKind::DuplicateId { first });
                None
            }
            None => {
                seen.insert(id.clone(), number);
                Some(id)
            }
        },
        Err(kind) => {
            report("id", kind);
            None
        }
    };
    let rung = match map.get("rung") {
        None => {
            report("rung", ProblemKind::Missing);
            None
        }
        Some(Value::Number(n)) => match n.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(Rung::new) {
            Some(r) => Some(r),
            None => {
                report("rung", ProblemKind::NotARung { found: n.to_string() });
                None
            }
        },
        Some(_) => {
            report("rung", ProblemKind::WrongType { expected: "number" });
            None
        }
    };
    let mut text = |field: &str, required: bool| match map.get(field) {
        None | Some(Value::Null) if !required => None,
        value => check_text(value, true).map_err(|k| report(field, k)).ok(),
    };
    let name = text("name", true);
    let provider = text("provider", true);
    let description = text("description", true);
    let duration = text("duration", false);
    let allowance = text("allowance", false);
    let conditions = text("conditions", false);
    for key in map.keys() {
        if !OFFER_FIELDS.contains(&key.as_str()) {
            report(key, ProblemKind::UnknownField);
        }
    }
    if problems.len() > before {
        return None;
    }
    Some(Offer {
        id: id?,
        rung: rung?,
        name: name?,
        provider: provider?,
        description: description?,
        duration,
        allowance,
        conditions,
    })
}

fn short(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

fn check_id(value: Option<&Value>) -> Result<String, ProblemKind> {
    match value {
        None => Err(ProblemKind::Missing),
        Some(Value::String(s)) => {
            let ok = !s.is_empty()
                && s.chars().count() <= MAX_ID_CHARS
                && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if ok {
                Ok(s.clone())
            } else {
                Err(ProblemKind::BadId { found: short(&Value::String(s.clone())) })
            }
        }
        Some(_) => Err(ProblemKind::WrongType { expected: "text" }),
    }
}

fn check_plain(value: Option<&Value>) -> Result<String, ProblemKind> {
    match value {
        None => Err(ProblemKind::Missing),
        Some(Value::String(s)) => check_length(s),
        Some(_) => Err(ProblemKind::WrongType { expected: "text" }),
    }
}

fn check_length(s: &str) -> Result<String, ProblemKind> {
    let s = s.trim();
    if s.is_empty() {
        Err(ProblemKind::EmptyText)
    } else if s.chars().count() > MAX_TEXT_CHARS {
        Err(ProblemKind::TooLong { max: MAX_TEXT_CHARS })
    } else {
        Ok(s.to_owned())
    }
}

/// A text in languages: `{"nl": "...", "en": "..."}`. Dutch is required. The first problem found
/// is reported (one per field is enough to fix it).
fn check_text(value: Option<&Value>, _required: bool) -> Result<LocalText, ProblemKind> {
    let map: &Map<String, Value> = match value {
        None => return Err(ProblemKind::Missing),
        Some(Value::Object(m)) => m,
        Some(_) => return Err(ProblemKind::WrongType { expected: "object" }),
    };
    let mut out = BTreeMap::new();
    for (code, text) in map {
        if Lang::from_code(code).is_none() {
            return Err(ProblemKind::UnknownLanguage { code: code.clone() });
        }
        let Value::String(text) = text else {
            return Err(ProblemKind::WrongType { expected: "text" });
        };
        out.insert(code.clone(), check_length(text)?);
    }
    if !out.contains_key("nl") {
        return Err(ProblemKind::NoDutch);
    }
    Ok(LocalText(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_catalogue_is_complete_in_dutch() {
        let c = Catalogue::default_ref();
        assert_eq!((c.id.as_str(), c.edition.as_str()), ("oostende", "2024"));
        assert!(c.offers.len() >= 35, "only {} offers", c.offers.len());
        for o in &c.offers {
            for (field, text) in [("name", &o.name), ("provider", &o.provider), ("description", &o.description)] {
                assert!(text.has(Lang::Nl), "{}: {field} needs the binding Dutch text", o.id);
            }
            for (field, text) in [("duration", &o.duration), ("allowance", &o.allowance), ("conditions", &o.conditions)]
            {
                if let Some(text) = text {
                    assert!(text.has(Lang::Nl), "{}: {field} needs the binding Dutch text", o.id);
                }
            }
        }
        for rung in Rung::all() {
            assert!(c.offers_on(rung).count() >= 1, "rung {} has no offer", rung.number());
        }
        let ww = c.offer("wijk-werken").unwrap();
        assert_eq!(ww.rung.number(), 4);
        // Other languages come from the translations (catalogue.ftl), tested in tests/translations.rs.
        assert!(ww.allowance.as_ref().unwrap().get(Lang::Nl).contains("4,10"));
    }

    fn offer_place(number: usize, id: Option<&str>, field: &str) -> Place {
        Place::Offer { number, id: id.map(str::to_owned), field: Some(field.to_owned()) }
    }

    fn minimal(offers: &str) -> String {
        format!(
            r#"{{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {{"nl": "OCMW Gent"}},
               "edition": "2025", "offers": [{offers}]}}"#
        )
    }

    const GOOD: &str =
        r#"{"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}"#;

    #[test]
    fn a_minimal_file_parses_and_texts_fall_back_to_dutch() {
        let c = parse_catalogue(&minimal(GOOD)).unwrap();
        assert_eq!(c.offers.len(), 1);
        assert_eq!(c.offers[0].name.get(Lang::En), "A");
        assert_eq!(c.offers[0].duration, None);
    }

    #[test]
    fn bad_json_names_line_and_column() {
        let problems = parse_catalogue("{\n  \"format\": \"trede-catalogue\",\n  \"version\": 1,,\n}").unwrap_err();
        assert_eq!(problems, vec![Problem { place: Place::File, kind: ProblemKind::NotJson { line: 3, column: 16 } }]);
        assert_eq!(parse_catalogue("[1]").unwrap_err()[0].kind, ProblemKind::NotAnObject);
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let offers = [
            GOOD,
            r#"{"id": "b", "rung": 9, "name": {"nl": "B"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}"#,
            r#"{"id": "c", "rung": "4", "provider": {"nl": "P"}, "description": {"en": "only English"}}"#,
            r#"{"id": "a", "rung": 3, "name": {"nl": "A2"}, "provider": {"nl": "P"}, "description": {"nl": "D"}, "prijs": 3}"#,
            r#"{"id": "Wijk Werken", "rung": 4, "name": "Wijk-werken", "provider": {"nl": "P", "xx": "?"}, "description": {"nl": "  "}}"#,
            r#"7"#,
        ];
        let problems = parse_catalogue(&minimal(&offers.join(","))).unwrap_err();
        let k = |found: &str| ProblemKind::NotARung { found: found.into() };
        assert_eq!(
            problems,
            vec![
                Problem { place: offer_place(2, Some("b"), "rung"), kind: k("9") },
                Problem {
                    place: offer_place(3, Some("c"), "rung"),
                    kind: ProblemKind::WrongType { expected: "number" }
                },
                Problem { place: offer_place(3, Some("c"), "name"), kind: ProblemKind::Missing },
                Problem { place: offer_place(3, Some("c"), "description"), kind: ProblemKind::NoDutch },
                Problem { place: offer_place(4, Some("a"), "id"), kind: ProblemKind::DuplicateId { first: 1 } },
                Problem { place: offer_place(4, Some("a"), "prijs"), kind: ProblemKind::UnknownField },
                Problem {
                    place: offer_place(5, Some("Wijk Werken"), "id"),
                    kind: ProblemKind::BadId { found: "Wijk Werken".into() }
                },
                Problem {
                    place: offer_place(5, Some("Wijk Werken"), "name"),
                    kind: ProblemKind::WrongType { expected: "object" }
                },
                Problem {
                    place: offer_place(5, Some("Wijk Werken"), "provider"),
                    kind: ProblemKind::UnknownLanguage { code: "xx".into() }
                },
                Problem { place: offer_place(5, Some("Wijk Werken"), "description"), kind: ProblemKind::EmptyText },
                Problem {
                    place: Place::Offer { number: 6, id: None, field: None },
                    kind: ProblemKind::WrongType { expected: "offer" }
                },
            ]
        );
    }

    #[test]
    fn the_header_is_checked_too() {
        let problems =
            parse_catalogue(r#"{"format": "excel", "version": 2, "id": 5, "edition": "", "offers": []}"#).unwrap_err();
        let field = |f: &str| Place::Field(f.into());
        assert_eq!(
            problems,
            vec![
                Problem { place: field("format"), kind: ProblemKind::WrongFormat { found: "excel".into() } },
                Problem { place: field("version"), kind: ProblemKind::UnsupportedVersion { found: "2".into() } },
                Problem { place: field("id"), kind: ProblemKind::WrongType { expected: "text" } },
                Problem { place: field("name"), kind: ProblemKind::Missing },
                Problem { place: field("edition"), kind: ProblemKind::EmptyText },
                Problem { place: field("offers"), kind: ProblemKind::NoOffers },
            ]
        );
    }
}
