use chrono::{DateTime, TimeZone, Utc};
use serde_json::Value;

use super::*;
use crate::domain::example::example_dossier;
use crate::domain::fixtures::large_dossier;
use crate::domain::signing::{Signature, SignerRole, SigningEdit};
use crate::domain::{DossierEdit, DossierId};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

/// The example, signed by the client, so it has a signing round.
fn signed() -> Dossier {
    let mut d = example_dossier(DossierId("ex".into()), now());
    let signature = Signature {
        role: SignerRole::Client,
        name: "Amina".into(),
        date: now().date_naive(),
        place: "Oostende".into(),
        strokes: vec![vec![(10, 20), (40, 80)]],
        typed: false,
    };
    assert!(DossierEdit::Signing(SigningEdit::Sign(signature)).apply(&mut d, now()));
    d
}

/// Admits a dossier after a change made to its JSON, as a file or a record would carry it.
fn admit_json(d: &Dossier, change: impl FnOnce(&mut Value)) -> Result<Dossier, Refusal> {
    let mut value = serde_json::to_value(d).unwrap();
    change(&mut value);
    let dossier: Dossier = serde_json::from_value(value.clone()).unwrap();
    admit(&value, dossier)
}

fn field(result: Result<Dossier, Refusal>) -> String {
    result.unwrap_err().field
}

#[test]
fn real_dossiers_pass_unchanged() {
    for d in [signed(), large_dossier(now()), example_dossier(DossierId("e".into()), now())] {
        assert_eq!(admit_json(&d, |_| {}).unwrap(), d);
    }
}

#[test]
fn a_short_fingerprint_is_refused() {
    let short = admit_json(&signed(), |v| v["signing"]["rounds"][0]["fingerprint"] = "abc123".into());
    assert_eq!(field(short), "signing.rounds.fingerprint");
    let upper = signed().signing.rounds[0].fingerprint.to_uppercase();
    let upper = admit_json(&signed(), |v| v["signing"]["rounds"][0]["fingerprint"] = upper.into());
    assert_eq!(field(upper), "signing.rounds.fingerprint");
    assert!(is_fingerprint(&"0".repeat(64)) && !is_fingerprint(&"0".repeat(63)) && !is_fingerprint(&"g".repeat(64)));
}

#[test]
fn far_future_and_absurd_dates_are_refused() {
    let d = signed();
    assert_eq!(field(admit_json(&d, |v| v["plan"]["end"] = "+250000-01-01".into())), "plan.dates");
    assert_eq!(field(admit_json(&d, |v| v["plan"]["decision_date"] = "9999-12-31".into())), "plan.dates");
    assert_eq!(field(admit_json(&d, |v| v["plan"]["birth_date"] = "0001-01-01".into())), "plan.dates");
    assert_eq!(field(admit_json(&d, |v| v["created"] = "3000-01-01T00:00:00Z".into())), "created");
    let far = admit_json(&d, |v| v["signing"]["rounds"][0]["signatures"][0]["date"] = "5000-01-01".into());
    assert_eq!(field(far), "signing.rounds.signatures.date");
    // The contract's own dates (#14): waiver, ending, consent to move, explanations.
    assert_eq!(field(admit_json(&d, |v| v["plan"]["reflection_waived"] = "9999-01-01".into())), "plan.dates");
    let explained =
        admit_json(&d, |v| v["plan"]["explained"] = serde_json::json!([{ "on": "7777-01-01", "content": "" }]));
    assert_eq!(field(explained), "plan.explained");
}

#[test]
fn absurd_rule_values_are_refused() {
    let d = signed();
    let rule = |name: &str, value: i64| admit_json(&d, |v| v["plan"]["rules"][name] = value.into());
    assert_eq!(field(rule("evaluations_per_year", 1_000_000)), "plan.rules.evaluations_per_year");
    assert_eq!(field(rule("evaluations_per_year", 0)), "plan.rules.evaluations_per_year");
    assert_eq!(field(rule("deadline_months", 4_000_000_000)), "plan.rules.deadline_months");
    assert_eq!(field(rule("deadline_warn_days", -5)), "plan.rules.deadline_warn_days");
    assert_eq!(field(rule("reflection_days", 100_000)), "plan.rules.reflection_days");
    assert_eq!(field(rule("in_person_per_year", 9)), "plan.rules.in_person_per_year");
    assert_eq!(field(rule("meeting_working_days", 4_000_000_000)), "plan.rules.meeting_working_days");
    assert_eq!(field(rule("appeal_months", 0)), "plan.rules.appeal_months");
    assert_eq!(field(rule("sanction_repeat_months", 100_000)), "plan.rules.sanction_repeat_months");
    assert_eq!(field(rule("evaluation_link_margin_days", 1000)), "plan.rules.evaluation_link_margin_days");
    // A signed version's rules too: its reflection time is counted day by day when it is printed
    // (found by the import property test: u32::MAX reflection days overflowed the date).
    let signed_rule =
        |name: &str, value: i64| admit_json(&d, |v| v["signing"]["rounds"][0]["plan"]["rules"][name] = value.into());
    assert_eq!(field(signed_rule("reflection_days", 4_294_967_295)), "signing.rounds.plan.rules.reflection_days");
    assert_eq!(field(signed_rule("meeting_working_days", 100_000)), "signing.rounds.plan.rules.meeting_working_days");
}

#[test]
fn counts_and_sizes_are_capped() {
    let d = signed();
    let goal = serde_json::to_value(&d.plan.goals[0]).unwrap();
    let many = admit_json(&d, |v| v["plan"]["goals"] = Value::Array(vec![goal; MAX_GOALS + 1]));
    assert_eq!(field(many), "plan.goals");
    let points = Value::Array(vec![serde_json::json!([1, 1]); 4_000]);
    let strokes = Value::Array(vec![points; 6]);
    let heavy = admit_json(&d, |v| v["signing"]["rounds"][0]["signatures"][0]["strokes"] = strokes);
    assert_eq!(field(heavy), "signing.rounds.signatures.strokes");
    let outside =
        admit_json(&d, |v| v["signing"]["rounds"][0]["signatures"][0]["strokes"] = serde_json::json!([[[1001, 0]]]));
    assert_eq!(field(outside), "signing.rounds.signatures.strokes");
    let long = admit_json(&d, |v| v["plan"]["topics"]["needs"] = "x".repeat(MAX_TEXT_CHARS + 1).into());
    assert_eq!(field(long), "dossier.plan.topics.needs");
    let ids = admit_json(&d, |v| v["plan"]["goals"][0]["id"] = u64::MAX.into());
    assert_eq!(field(ids), "next_item_id");
    let idle = admit_json(&d, |v| v["lock"] = serde_json::json!({"idle_minutes": 0}));
    assert_eq!(field(idle), "lock.idle_minutes");
    let position = admit_json(&d, |v| v["self_checks"][0]["client_position"] = 10_000.into());
    assert_eq!(field(position), "self_checks.client_position");
}

#[test]
fn names_are_cleaned_and_the_clean_name_is_kept() {
    let d = signed();
    let cleaned = admit_json(&d, |v| v["client_name"] = "  Olena\u{202E}4321  K\u{0007} ".into()).unwrap();
    assert_eq!(cleaned.client_name, "Olena4321 K");
    assert_eq!(field(admit_json(&d, |v| v["client_name"] = "\u{202E}".into())), "client_name");
    // The name as signed is hashed: it is refused, never changed.
    let round = admit_json(&d, |v| v["signing"]["rounds"][0]["client_name"] = "Amina\u{202E}".into());
    assert_eq!(field(round), "signing.rounds.client_name");
    assert_eq!(field(admit_json(&d, |v| v["id"] = "../x".into())), "id");
}

#[test]
fn ids_made_later_never_collide() {
    let d = signed();
    let highest = d.plan.goals.iter().map(|g| g.id).max().unwrap();
    let fixed = admit_json(&d, |v| v["next_item_id"] = 1.into()).unwrap();
    assert!(fixed.next_item_id > highest);
}
