//! Schema versions. Every stored dossier carries `schema_version`; on load it is brought up to
//! [`SCHEMA_VERSION`] one step at a time, as JSON, before it is read as a [`Dossier`].
//! A new version adds one function to [`STEPS`] and a golden file to the tests.

use serde_json::Value;

use crate::domain::admission::admit;
use crate::domain::Dossier;

pub use crate::domain::dossier::SCHEMA_VERSION;

/// One step: `STEPS[i]` turns version `i + 1` into version `i + 2`.
pub type Step = fn(Value) -> Result<Value, String>;

/// No step yet: version 1 is the first schema.
pub const STEPS: &[Step] = &[];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all (truncated, or written by something else).
    NotJson(String),
    /// JSON, but without a `schema_version` number.
    NoVersion,
    /// Written by a newer Trede than this one.
    TooNew { found: u32, supported: u32 },
    /// A migration step failed.
    Migration { from: u32, reason: String },
    /// JSON of the right version, but not a valid dossier.
    Invalid(String),
    /// A valid dossier by its types, with a value no real dossier has (see `domain::admission`).
    Implausible(String),
}

impl LoadError {
    pub fn message_id(&self) -> &'static str {
        match self {
            LoadError::NotJson(_) => "load-error-not-json",
            LoadError::NoVersion => "load-error-no-version",
            LoadError::TooNew { .. } => "load-error-too-new",
            LoadError::Migration { .. } => "load-error-migration",
            LoadError::Invalid(_) => "load-error-invalid",
            LoadError::Implausible(_) => "load-error-implausible",
        }
    }
}

/// Reads a stored dossier of any known version. Returns the dossier and whether it was migrated
/// (so the caller can write the new form back only after this succeeded).
pub fn load_dossier(json: &str) -> Result<(Dossier, bool), LoadError> {
    load_with_steps(json, STEPS, SCHEMA_VERSION)
}

/// The migration entry point with the steps and target version as parameters, so the stepping
/// itself can be tested before a real second version exists.
pub fn load_with_steps(json: &str, steps: &[Step], target: u32) -> Result<(Dossier, bool), LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let (value, migrated) = migrate_value(value, steps, target)?;
    // Typed reading always goes from text: one instance of every Deserialize impl in the wasm
    // (from_value would add a second one, about a tenth of the binary).
    let migrated_text = migrated.then(|| value.to_string());
    let dossier: Dossier = serde_json::from_str(migrated_text.as_deref().unwrap_or(json))
        .map_err(|e| LoadError::Invalid(e.to_string()))?;
    // Every dossier that enters, from storage, another tab or an unlock, passes the same check.
    let dossier = admit(&value, dossier).map_err(|r| LoadError::Implausible(r.field))?;
    Ok((dossier, migrated))
}

/// Applies the steps from the value's version up to `target`.
pub fn migrate_value(mut value: Value, steps: &[Step], target: u32) -> Result<(Value, bool), LoadError> {
    let found = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or(LoadError::NoVersion)?;
    if found > target {
        return Err(LoadError::TooNew { found, supported: target });
    }
    let mut version = found;
    while version < target {
        let step = steps
            .get((version - 1) as usize)
            .ok_or_else(|| LoadError::Migration { from: version, reason: "no step".into() })?;
        value = step(value).map_err(|reason| LoadError::Migration { from: version, reason })?;
        version += 1;
        value["schema_version"] = Value::from(version);
    }
    Ok((value, found != target))
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = r#"{"schema_version":1,"id":"d1","client_name":"Amina","interface_lang":"nl",
        "client_lang":"ar","created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:05:00Z"}"#;
    // Golden file of version 1 as first shipped (before `next_item_id`): must keep loading.

    #[test]
    fn current_version_loads_unchanged() {
        let (dossier, migrated) = load_dossier(V1).unwrap();
        assert!(!migrated);
        assert_eq!(dossier.client_name, "Amina");
        assert_eq!(dossier.schema_version, SCHEMA_VERSION);
    }

    #[test]
    fn broken_input_names_the_problem() {
        assert!(matches!(load_dossier("{\"schema_version\":1,"), Err(LoadError::NotJson(_))));
        assert_eq!(load_dossier("{}"), Err(LoadError::NoVersion));
        assert_eq!(load_dossier("{\"schema_version\":\"1\"}"), Err(LoadError::NoVersion));
        assert_eq!(
            load_dossier("{\"schema_version\":7}"),
            Err(LoadError::TooNew { found: 7, supported: SCHEMA_VERSION })
        );
        assert!(matches!(load_dossier("{\"schema_version\":1,\"id\":5}"), Err(LoadError::Invalid(_))));
    }

    fn rename_name_field(mut v: Value) -> Result<Value, String> {
        // A made-up old schema that called the field `name`.
        let name = v.get("name").cloned().ok_or("no name")?;
        v["client_name"] = name;
        v.as_object_mut().unwrap().remove("name");
        Ok(v)
    }

    fn add_marker(mut v: Value) -> Result<Value, String> {
        v["marker"] = Value::from(true);
        Ok(v)
    }

    #[test]
    fn steps_run_in_order_from_the_stored_version() {
        let old = r#"{"schema_version":1,"id":"d1","name":"Amina","interface_lang":"nl",
            "client_lang":"nl","created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:00:00Z"}"#;
        let steps: &[Step] = &[rename_name_field, add_marker];
        let value: Value = serde_json::from_str(old).unwrap();
        let (value, migrated) = migrate_value(value, steps, 3).unwrap();
        assert!(migrated);
        assert_eq!(value["schema_version"], 3);
        assert_eq!(value["client_name"], "Amina");
        assert_eq!(value["marker"], true);
        // Starting at version 2 skips the first step.
        let v2: Value = serde_json::from_str(r#"{"schema_version":2}"#).unwrap();
        let (value, _) = migrate_value(v2, steps, 3).unwrap();
        assert_eq!(value["marker"], true);
        assert!(value.get("client_name").is_none());
    }

    #[test]
    fn a_failing_step_reports_its_version() {
        let v: Value = serde_json::from_str(r#"{"schema_version":1}"#).unwrap();
        let steps: &[Step] = &[rename_name_field];
        assert_eq!(migrate_value(v, steps, 2), Err(LoadError::Migration { from: 1, reason: "no name".into() }));
    }
}
