//! The one check every dossier passes before it enters the app: read from storage, imported
//! from a file, unlocked, or written by another tab. Types alone say a file is well formed; this
//! says it makes sense, so no screen meets a value it was never built for (a 6-character
//! fingerprint, the year 250000, a rule of a million evaluations a year, a million goals).
//!
//! [`admit`] cleans what can be cleaned without losing anything a person typed (bidi and control
//! characters in names, white space), and refuses what cannot be right with a [`Refusal`]
//! naming the field, so the user reads why in their own language.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::Value;

use super::plan::Plan;
use super::validation::validate_client_name;
use super::Dossier;

/// The earliest and latest year any date in a dossier may carry. Birth dates go back far;
/// nothing in a GPMI reaches past the next century.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;
/// The longest text anywhere in a dossier, in characters: a long note, not a book.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The longest list anywhere in a dossier (items, strokes, points of one stroke).
pub const MAX_LIST: usize = 5_000;
/// Counts a real dossier stays far below.
pub const MAX_GOALS: usize = 200;
pub const MAX_ACTIONS: usize = 500;
pub const MAX_EVALUATIONS: usize = 500;
pub const MAX_ROUNDS: usize = 100;
pub const MAX_SIGNATURES: usize = 10;
/// Points in one signature, all strokes together.
pub const MAX_SIGNATURE_POINTS: usize = 20_000;
/// Item ids stay far from overflow.
pub const MAX_ITEM_ID: u64 = 1 << 40;

/// Why a dossier was refused: the field that holds a value no real dossier has (a path such as
/// `plan.rules.evaluations_per_year`). Shown as `import-error-implausible` for a file and
/// `load-error-implausible` for a stored record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub field: String,
}

fn refuse<T>(field: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal { field: field.into() })
}

fn ensure(ok: bool, field: impl Into<String>) -> Result<(), Refusal> {
    if ok {
        Ok(())
    } else {
        refuse(field)
    }
}

/// Checks and cleans a dossier. `raw` is the JSON it was read from (after migration), for the
/// limits on every text and list; the typed checks follow.
pub fn admit(raw: &Value, mut dossier: Dossier) -> Result<Dossier, Refusal> {
    check_shape(raw, "dossier", 0)?;
    let id = &dossier.id.0;
    ensure(!id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "id")?;
    dossier.client_name = clean_name(&dossier.client_name, "client_name")?;
    for (field, instant) in [("created", dossier.created), ("updated", dossier.updated)] {
        check_instant(instant, field)?;
    }
    if let Some(lock) = dossier.lock {
        ensure((1..=24 * 60).contains(&lock.idle_minutes), "lock.idle_minutes")?;
    }
    check_plan(&dossier.plan, "plan")?;
    check_rest(&mut dossier)?;
    let highest = highest_item_id(&dossier);
    ensure(highest < MAX_ITEM_ID && dossier.next_item_id < MAX_ITEM_ID, "next_item_id")?;
    // Ids made later never collide with the ones already there.
    dossier.next_item_id = dossier.next_item_id.max(highest + 1);
    Ok(dossier)
}

/// A name as it may be shown: bidi and control characters out (they could reorder what is
/// printed next to it), white space folded, not empty, not too long.
fn clean_name(name: &str, field: &str) -> Result<String, Refusal> {
    validate_client_name(name).or_else(|_| refuse(field))
}

fn check_shape(value: &Value, field: &str, depth: usize) -> Result<(), Refusal> {
    match value {
        Value::String(s) => ensure(s.len() <= MAX_TEXT_CHARS * 4 && s.chars().count() <= MAX_TEXT_CHARS, field),
        Value::Array(items) => {
            ensure(items.len() <= MAX_LIST && depth < 32, field)?;
            items.iter().try_for_each(|v| check_shape(v, field, depth + 1))
        }
        Value::Object(map) => {
            ensure(map.len() <= MAX_LIST && depth < 32, field)?;
            for (key, v) in map {
                ensure(key.len() <= 200, field)?;
                // The path names the outermost fields, enough to find the place in a file.
                if depth < 3 {
                    check_shape(v, &format!("{field}.{key}"), depth + 1)?;
                } else {
                    check_shape(v, field, depth + 1)?;
                }
            }
            Ok(())
        }
        Value::Number(_) | Value::Bool(_) | Value::Null => Ok(()),
    }
}

fn check_date(date: NaiveDate, field: &str) -> Result<(), Refusal> {
    ensure((FIRST_YEAR..=LAST_YEAR).contains(&date.year()), field)
}

fn check_dates(dates: impl IntoIterator<Item = Option<NaiveDate>>, field: &str) -> Result<(), Refusal> {
    dates.into_iter().flatten().try_for_each(|d| check_date(d, field))
}

fn check_instant(instant: DateTime<Utc>, field: &str) -> Result<(), Refusal> {
    check_date(instant.date_naive(), field)
}

/// The plan now, or as it was signed: a signed version's rules are counted with too (its
/// reflection time is printed), so they are held to the same bounds.
fn check_plan(plan: &Plan, field: &str) -> Result<(), Refusal> {
    ensure(plan.goals.len() <= MAX_GOALS, format!("{field}.goals"))?;
    ensure(plan.actions.len() <= MAX_ACTIONS, format!("{field}.actions"))?;
    ensure(plan.evaluations.len() <= MAX_EVALUATIONS, format!("{field}.evaluations"))?;
    ensure(plan.planned_evaluations.len() <= MAX_EVALUATIONS, format!("{field}.planned_evaluations"))?;
    let dates = [plan.decision_date, plan.start, plan.end, plan.birth_date, plan.reflection_asked, plan.signed_on];
    check_dates(dates, &format!("{field}.dates"))?;
    let decided = plan.exemption.as_ref().and_then(|e| e.decided_on);
    let contract = [decided, plan.reflection_waived, plan.closing.on, plan.closing.consent_on];
    check_dates(contract, &format!("{field}.dates"))?;
    check_dates(plan.explained.iter().map(|e| Some(e.on)), &format!("{field}.explained"))?;
    check_dates(plan.goals.iter().flat_map(|g| [g.from, g.until]), &format!("{field}.goals"))?;
    check_dates(plan.actions.iter().map(|a| a.due), &format!("{field}.actions"))?;
    check_dates(plan.planned_evaluations.iter().map(|p| Some(p.date)), &format!("{field}.planned_evaluations"))?;
    for e in &plan.evaluations {
        check_date(e.date, &format!("{field}.evaluations"))?;
        check_instant(e.recorded, &format!("{field}.evaluations"))?;
        ensure(e.version.goals.len() <= MAX_GOALS && e.version.actions.len() <= MAX_ACTIONS, "evaluations")?;
        check_dates(e.version.goals.iter().flat_map(|g| [g.from, g.until]), &format!("{field}.evaluations"))?;
        check_dates(e.version.actions.iter().map(|a| a.due), &format!("{field}.evaluations"))?;
    }
    check_rules(plan, field)
}

/// The rule set an OCMW may tune, within what any Belgian rule could be.
fn check_rules(plan: &Plan, field: &str) -> Result<(), Refusal> {
    let r = &plan.rules;
    let field = |name: &str| format!("{field}.rules.{name}");
    ensure(r.young_age <= 120, field("young_age"))?;
    ensure(r.no_right_months <= 120, field("no_right_months"))?;
    ensure((1..=120).contains(&r.deadline_months), field("deadline_months"))?;
    ensure((0..=366).contains(&r.deadline_warn_days), field("deadline_warn_days"))?;
    ensure(r.reflection_days <= 366, field("reflection_days"))?;
    ensure((1..=12).contains(&r.evaluations_per_year), field("evaluations_per_year"))?;
    ensure(r.in_person_per_year <= r.evaluations_per_year, field("in_person_per_year"))?;
    ensure((0..=366).contains(&r.evaluation_warn_days), field("evaluation_warn_days"))?;
    // Counted day by day (working days skip weekends and holidays): an absurd value would loop.
    ensure(r.meeting_working_days <= 366, field("meeting_working_days"))?;
    ensure((1..=120).contains(&r.appeal_months), field("appeal_months"))?;
    ensure(r.sanction_months <= 120, field("sanction_months"))?;
    ensure(r.sanction_repeat_months <= 120, field("sanction_repeat_months"))?;
    ensure(r.evaluation_settings_valid(), field("evaluation_link_margin_days"))
}

/// Self-checks, the ladder and the signing rounds.
fn check_rest(dossier: &mut Dossier) -> Result<(), Refusal> {
    for check in &dossier.self_checks {
        check_instant(check.created, "self_checks.created")?;
        ensure(check.client_position <= super::LifeDomain::ALL.len(), "self_checks.client_position")?;
    }
    let ladder = &dossier.ladder;
    check_dates(ladder.placements.iter().map(|p| Some(p.draft.date)), "ladder.placements")?;
    for offer in &ladder.picked_offers {
        check_instant(offer.picked, "ladder.picked_offers")?;
    }
    ensure(dossier.signing.rounds.len() <= MAX_ROUNDS, "signing.rounds")?;
    for round in &mut dossier.signing.rounds {
        // Just read, so not shared: this copies nothing.
        let round = std::rc::Rc::make_mut(round);
        ensure(is_fingerprint(&round.fingerprint), "signing.rounds.fingerprint")?;
        // The name as signed is part of what the fingerprint covers: it cannot be cleaned, so
        // one that hides characters is refused.
        let name = &round.client_name;
        ensure(validate_client_name(name).as_deref() == Ok(name.as_str()), "signing.rounds.client_name")?;
        check_instant(round.started, "signing.rounds.started")?;
        check_plan(&round.plan, "signing.rounds.plan")?;
        ensure(round.signatures.len() <= MAX_SIGNATURES, "signing.rounds.signatures")?;
        for signature in &mut round.signatures {
            check_date(signature.date, "signing.rounds.signatures.date")?;
            let points: usize = signature.strokes.iter().map(Vec::len).sum();
            ensure(points <= MAX_SIGNATURE_POINTS, "signing.rounds.signatures.strokes")?;
            let inside = |&(x, y): &(u16, u16)| x <= super::signing::BOX_WIDTH && y <= super::signing::BOX_HEIGHT;
            ensure(signature.strokes.iter().flatten().all(inside), "signing.rounds.signatures.strokes")?;
            if !signature.name.trim().is_empty() {
                signature.name = clean_name(&signature.name, "signing.rounds.signatures.name")?;
            }
        }
    }
    Ok(())
}

/// A SHA-256 fingerprint as this app writes it: exactly 64 lowercase hex digits.
pub fn is_fingerprint(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn highest_item_id(d: &Dossier) -> u64 {
    let plan = &d.plan;
    let ids = plan.goals.iter().map(|g| g.id).chain(plan.actions.iter().map(|a| a.id));
    let ids = ids.chain(plan.third_parties.iter().map(|t| t.id)).chain(plan.evaluations.iter().map(|e| e.id));
    let ids = ids.chain(plan.planned_evaluations.iter().map(|p| p.id)).chain(d.self_checks.iter().map(|c| c.id));
    let ids = ids.chain(d.ladder.placements.iter().map(|p| p.id)).chain(d.ladder.picked_offers.iter().map(|o| o.id));
    ids.max().unwrap_or(0)
}

#[cfg(test)]
mod tests;
