//! The export file: one dossier as JSON in a small envelope, and the checks an import makes
//! before anything on the device changes. Problems are reported with a message id, so the user
//! reads them in their own language, plus where in the file they are.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::migration::{migrate_value, LoadError, SCHEMA_VERSION, STEPS};
use crate::domain::admission::admit;
use crate::domain::Dossier;

pub const FORMAT: &str = "trede-dossier";
/// Version of the envelope (the dossier inside carries its own schema version).
pub const FILE_VERSION: u32 = 1;
/// Larger files are refused before they are read: a real dossier is far smaller.
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u32,
    exported: DateTime<Utc>,
    dossier: &'a Dossier,
}

/// The file's text: readable JSON, so a person can see what it holds.
pub fn export_json(dossier: &Dossier, now: DateTime<Utc>) -> String {
    // Indented for people who open the file. Indenting the generic JSON value, not the dossier
    // itself, keeps one Serialize instance per type in the wasm (the compact one storage uses).
    let compact = serde_json::to_string(&ExportFile { format: FORMAT, version: FILE_VERSION, exported: now, dossier })
        .expect("a dossier always serialises");
    let value: Value = serde_json::from_str(&compact).expect("just written");
    serde_json::to_string_pretty(&value).expect("a JSON value always serialises")
}

/// A file name that says nothing about the client (it shows in Downloads, share sheets and mail):
/// the date and a random part, `trede-2026-12-04-3f9a1c.json`. Only letters and digits of
/// `random` are used.
pub fn export_file_name(now: DateTime<Utc>, random: &str) -> String {
    let random: String = random.chars().filter(char::is_ascii_alphanumeric).take(6).collect();
    format!("trede-{}-{random}.json", now.date_naive())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// Fluent message id of what is wrong.
    pub message_id: &'static str,
    /// The field concerned, when known (e.g. `client_name`).
    pub field: Option<String>,
    /// Line and column in the file, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// A value for the message, e.g. the version found or the size limit.
    pub detail: Option<String>,
}

impl ImportProblem {
    /// A problem with only a message and an optional value for it.
    pub fn from_id(message_id: &'static str, detail: Option<String>) -> Self {
        ImportProblem { message_id, field: None, line: None, column: None, detail }
    }

    fn new(message_id: &'static str) -> Self {
        ImportProblem { message_id, field: None, line: None, column: None, detail: None }
    }

    fn detail(mut self, detail: impl ToString) -> Self {
        self.detail = Some(detail.to_string());
        self
    }

    fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    fn from_serde(err: &serde_json::Error) -> Self {
        let text = err.to_string();
        let quoted =
            |prefix: &str| text.split_once(prefix).and_then(|(_, rest)| rest.split('`').next()).map(str::to_owned);
        let mut problem = if text.contains("recursion limit") {
            ImportProblem::new("import-error-too-deep")
        } else if err.is_syntax() || err.is_eof() {
            ImportProblem::new("import-error-not-json")
        } else if let Some(field) = quoted("missing field `") {
            ImportProblem::new("import-error-missing-field").field(field)
        } else if let Some(value) = quoted("unknown variant `") {
            ImportProblem::new("import-error-unknown-value").detail(value)
        } else if text.starts_with("invalid type")
            || text.starts_with("invalid value")
            || text.starts_with("invalid length")
        {
            ImportProblem::new("import-error-wrong-type")
        } else {
            ImportProblem::new("import-error-invalid").detail(text.split(" at line").next().unwrap_or(&text))
        };
        if err.line() > 0 {
            problem.line = Some(err.line());
            problem.column = Some(err.column());
        }
        problem
    }
}

/// Checks an import file completely. Returns the dossier (migrated to this version) or every
/// problem found. Nothing here touches the device: the caller adds the dossier only on success.
pub fn parse_import(text: &str) -> Result<Dossier, Vec<ImportProblem>> {
    if text.len() as u64 > MAX_IMPORT_BYTES {
        return Err(vec![ImportProblem::new("import-error-too-large").detail(MAX_IMPORT_BYTES / (1024 * 1024))]);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| vec![ImportProblem::from_serde(&e)])?;
    let Some(envelope) = value.as_object() else {
        return Err(vec![ImportProblem::new("import-error-not-trede")]);
    };
    match envelope.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some("trede-encrypted") => return Err(vec![ImportProblem::new("import-error-encrypted")]),
        _ => return Err(vec![ImportProblem::new("import-error-not-trede")]),
    }
    match envelope.get("version").and_then(Value::as_u64) {
        Some(v) if v as u32 == FILE_VERSION => {}
        Some(v) => return Err(vec![ImportProblem::new("import-error-file-version").detail(v)]),
        None => return Err(vec![ImportProblem::new("import-error-missing-field").field("version")]),
    }
    let Some(inner) = envelope.get("dossier").cloned() else {
        return Err(vec![ImportProblem::new("import-error-missing-field").field("dossier")]);
    };
    let (inner, migrated) = migrate_value(inner, STEPS, SCHEMA_VERSION).map_err(|e| {
        vec![match e {
            LoadError::TooNew { found, .. } => ImportProblem::new("import-error-too-new").detail(found),
            LoadError::NoVersion => ImportProblem::new("import-error-missing-field").field("schema_version"),
            other => ImportProblem::new(other.message_id()),
        }]
    })?;
    // Typed reading goes from text, so a type error names its line in the file (and the wasm
    // holds one instance of each Deserialize impl, not a second one for `from_value`).
    let typed = if migrated {
        serde_json::from_str::<Dossier>(&inner.to_string())
    } else {
        serde_json::from_str::<Typed>(text).map(|file| file.dossier)
    };
    let dossier = typed.map_err(|e| vec![ImportProblem::from_serde(&e)])?;
    // The same check as every stored record; the name and id keep their own messages.
    admit(&inner, dossier).map_err(|refusal| {
        vec![match refusal.field.as_str() {
            "client_name" => ImportProblem::new("import-error-bad-name").field("client_name"),
            "id" => ImportProblem::new("import-error-bad-id").field("id"),
            field => ImportProblem::new("import-error-implausible").field(field),
        }]
    })
}

/// The file read as a whole, for the dossier inside it.
#[derive(Deserialize)]
struct Typed {
    dossier: Dossier,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DossierId, Lang};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap()
    }

    fn sample() -> Dossier {
        let mut d = Dossier::new(DossierId("abc123".into()), "Amina El Idrissi".into(), Lang::Nl, now());
        d.client_lang = Lang::Ar;
        d
    }

    fn ids(result: Result<Dossier, Vec<ImportProblem>>) -> Vec<&'static str> {
        result.unwrap_err().into_iter().map(|p| p.message_id).collect()
    }

    #[test]
    fn export_then_import_gives_the_same_dossier() {
        let text = export_json(&sample(), now());
        assert!(text.contains("\"format\": \"trede-dossier\""));
        assert_eq!(parse_import(&text).unwrap(), sample());
        assert_eq!(export_file_name(now(), "3f9a1c0b"), "trede-2026-11-24-3f9a1c.json");
        // The file name never carries the client's name: it is not even given the dossier.
        assert_eq!(export_file_name(now(), "a/b\\c.d"), "trede-2026-11-24-abcd.json");
    }

    #[test]
    fn truncated_files_say_where_they_break() {
        let text = export_json(&sample(), now());
        let problems = parse_import(&text[..text.len() / 2]).unwrap_err();
        assert_eq!(problems[0].message_id, "import-error-not-json");
        assert!(problems[0].line.unwrap() > 1);
    }

    #[test]
    fn other_files_and_versions_are_refused() {
        assert_eq!(ids(parse_import("[1,2]")), ["import-error-not-trede"]);
        assert_eq!(ids(parse_import(r#"{"format":"other"}"#)), ["import-error-not-trede"]);
        assert_eq!(ids(parse_import(r#"{"format":"trede-encrypted","version":1}"#)), ["import-error-encrypted"]);
        let problems = parse_import(r#"{"format":"trede-dossier","version":9,"dossier":{}}"#).unwrap_err();
        assert_eq!((problems[0].message_id, problems[0].detail.as_deref()), ("import-error-file-version", Some("9")));
        let text = export_json(&sample(), now()).replace("\"schema_version\": 1", "\"schema_version\": 42");
        let problems = parse_import(&text).unwrap_err();
        assert_eq!((problems[0].message_id, problems[0].detail.as_deref()), ("import-error-too-new", Some("42")));
    }

    #[test]
    fn wrong_types_and_missing_fields_name_the_field_and_line() {
        let text = export_json(&sample(), now()).replace("\"client_name\": \"Amina El Idrissi\"", "\"client_name\": 5");
        let problems = parse_import(&text).unwrap_err();
        assert_eq!(problems[0].message_id, "import-error-wrong-type");
        let line = text.lines().position(|l| l.contains("\"client_name\": 5")).unwrap() + 1;
        assert_eq!(problems[0].line, Some(line));

        let text = export_json(&sample(), now()).replace("\"client_name\": \"Amina El Idrissi\",", "");
        let problems = parse_import(&text).unwrap_err();
        assert_eq!(
            (problems[0].message_id, problems[0].field.as_deref()),
            ("import-error-missing-field", Some("client_name"))
        );

        let text = export_json(&sample(), now()).replace("\"client_lang\": \"ar\"", "\"client_lang\": \"xx\"");
        let problems = parse_import(&text).unwrap_err();
        assert_eq!((problems[0].message_id, problems[0].detail.as_deref()), ("import-error-unknown-value", Some("xx")));
    }

    #[test]
    fn hostile_content_is_refused_or_kept_as_plain_text() {
        assert_eq!(ids(parse_import(&"[".repeat(10_000))), ["import-error-too-deep"]);
        let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES as usize));
        assert_eq!(ids(parse_import(&huge)), ["import-error-too-large"]);
        let text = export_json(&sample(), now()).replace("Amina El Idrissi", "   ");
        assert_eq!(ids(parse_import(&text)), ["import-error-bad-name"]);
        let text = export_json(&sample(), now()).replace("\"abc123\"", "\"../../etc\"");
        assert_eq!(ids(parse_import(&text)), ["import-error-bad-id"]);
        // Markup is just text in a name: it is kept as typed and the UI shows it as text.
        let mut d = sample();
        d.client_name = "<img src=x onerror=alert(1)>".into();
        assert_eq!(parse_import(&export_json(&d, now())).unwrap().client_name, d.client_name);
    }

    #[test]
    fn values_no_real_dossier_has_are_refused_with_their_field() {
        let text = export_json(&sample(), now());
        let far = text.replace("\"decision_date\": null", "\"decision_date\": \"9999-01-01\"");
        assert_ne!(far, text);
        let problems = parse_import(&far).unwrap_err();
        assert_eq!(
            (problems[0].message_id, problems[0].field.as_deref()),
            ("import-error-implausible", Some("plan.dates"))
        );
        let absurd = text.replace("\"evaluations_per_year\": 3", "\"evaluations_per_year\": 4000000000");
        assert_ne!(absurd, text);
        assert_eq!(ids(parse_import(&absurd)), ["import-error-implausible"]);
        // The cleaned name is the one kept.
        let bidi = text.replace("Amina El Idrissi", "Amina\\u202e El  Idrissi");
        assert_eq!(parse_import(&bidi).unwrap().client_name, "Amina El Idrissi");
    }

    #[test]
    fn no_input_makes_the_parser_panic() {
        // A cheap property test: every prefix and many byte flips of a real file.
        let text = export_json(&sample(), now());
        for end in 0..text.len() {
            if text.is_char_boundary(end) {
                let _ = parse_import(&text[..end]);
            }
        }
        let bytes = text.as_bytes();
        let mut seed = 0x2545F4914F6CDD1Du64;
        for _ in 0..5_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut mutated = bytes.to_vec();
            let at = (seed as usize) % mutated.len();
            mutated[at] = (seed >> 32) as u8;
            let _ = parse_import(&String::from_utf8_lossy(&mutated));
        }
    }
}
