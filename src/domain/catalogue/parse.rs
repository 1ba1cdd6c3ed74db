//! Reading a catalogue file and checking every field.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{Carrier, Catalogue, LocalText, Offer, Place, Problem, ProblemKind, FORMAT, VERSION};
use crate::domain::{Lang, Rung};

/// Longest text of one field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Longest offer or catalogue id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Reads a catalogue file. Either the catalogue, or every problem found (never just the first).
/// A catalogue file larger than this is refused before it is read (the built-in one is 19 KB).
pub const MAX_CATALOGUE_BYTES: usize = 512 * 1024;
/// More offers than this is refused (the built-in catalogue has a few dozen).
pub const MAX_OFFERS: usize = 1000;

/// The problem of a file of `bytes` bytes, known before reading it.
pub fn size_problem(bytes: f64) -> Option<Problem> {
    (bytes > MAX_CATALOGUE_BYTES as f64)
        .then_some(Problem { place: Place::File, kind: ProblemKind::TooLarge { max_kb: MAX_CATALOGUE_BYTES / 1024 } })
}

pub fn parse_catalogue(source: &str) -> Result<Catalogue, Vec<Problem>> {
    if let Some(problem) = size_problem(source.len() as f64) {
        return Err(vec![problem]);
    }
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
        Some(Value::Array(list)) if list.len() > MAX_OFFERS => {
            report("offers", ProblemKind::TooManyOffers { max: MAX_OFFERS })
        }
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

const OFFER_FIELDS: [&str; 9] =
    ["id", "rung", "name", "provider", "description", "duration", "allowance", "conditions", "carried_by"];

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
    let carried_by = match map.get("carried_by") {
        None | Some(Value::Null) => Carrier::Client,
        Some(Value::String(s)) if Carrier::ALL.iter().any(|c| c.slug() == s) => {
            Carrier::ALL.into_iter().find(|c| c.slug() == s).unwrap_or_default()
        }
        Some(other) => {
            report("carried_by", ProblemKind::NotACarrier { found: short(other) });
            Carrier::Client
        }
    };
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
        carried_by,
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
