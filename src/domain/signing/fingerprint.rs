//! The canonical form of the signed content and its SHA-256 fingerprint.

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::domain::plan::{
    ActionOrigin, Agreements, CostCoverage, Goal, Owner, Plan, PlanType, PlannedEvaluation, Strength, Studies,
    SupportKind, ThirdParty, Topics,
};

/// Version of the canonical form; part of it, so a later change of form changes every fingerprint.
pub const CANONICAL_FORMAT: &str = "trede-gpmi-1";

/// The content of the plan that signing covers, in a fixed form (see the module text).
#[derive(Serialize)]
struct Canonical<'a> {
    format: &'static str,
    client_name: &'a str,
    plan_type: Option<PlanType>,
    decision_date: Option<NaiveDate>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    ocmw_name: &'a str,
    worker_name: &'a str,
    third_parties: &'a [ThirdParty],
    support_kind: Option<SupportKind>,
    support_name: &'a str,
    /// Content added in December 2026: left out while empty, so a plan signed before keeps its
    /// fingerprint.
    #[serde(skip_serializing_if = "Option::is_none")]
    orientations: Option<&'a [PlanType]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interpreter_also: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    studies: Option<&'a Studies>,
    #[serde(skip_serializing_if = "Option::is_none")]
    costs: Option<&'a CostCoverage>,
    topics: &'a Topics,
    goals: &'a [std::rc::Rc<Goal>],
    actions: Vec<CanonicalAction<'a>>,
    agreements: &'a Agreements,
    planned_evaluations: &'a [PlannedEvaluation],
    /// The evaluation rule the printed plan states ("at least {0} evaluations a year, {1} in
    /// person"). Left out when it is the legal default, so every plan signed before this field
    /// existed keeps its fingerprint; the format's default then is what is printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    evaluation_rule: Option<(u32, u32)>,
}

#[derive(Serialize)]
struct CanonicalAction<'a> {
    id: u64,
    what: &'a str,
    owner: Option<Owner>,
    due: Option<NaiveDate>,
    evidence: &'a str,
    origin: &'a ActionOrigin,
    goal: Option<u64>,
    /// Added in 2027: left out while unset, so a plan signed before keeps its fingerprint.
    #[serde(skip_serializing_if = "Option::is_none")]
    strength: Option<Strength>,
}

/// The canonical form of the plan's signed content: JSON with every object's keys in sorted
/// order and no spaces, so the same content always gives the same text.
pub fn canonical_form(client_name: &str, plan: &Plan) -> String {
    // One orientation and one person present are written as before mixing was possible.
    let (plan_type, orientations) = match plan.orientations.as_slice() {
        [] => (None, None),
        [one] => (Some(*one), None),
        many => (None, Some(many)),
    };
    let (support_kind, support_name, interpreter_also) =
        match (plan.present_name(SupportKind::SupportPerson), plan.present_name(SupportKind::Interpreter)) {
            (Some(s), i) => (Some(SupportKind::SupportPerson), s, i),
            (None, Some(i)) => (Some(SupportKind::Interpreter), i, None),
            (None, None) => (None, "", None),
        };
    let studies = plan.orientations.contains(&PlanType::Studies).then_some(&plan.studies);
    let costs = (plan.costs != CostCoverage::default()).then_some(&plan.costs);
    let canonical = Canonical {
        format: CANONICAL_FORMAT,
        client_name,
        plan_type,
        orientations,
        interpreter_also,
        studies,
        costs,
        decision_date: plan.decision_date,
        start: plan.start,
        end: plan.end,
        ocmw_name: &plan.ocmw_name,
        worker_name: &plan.worker_name,
        third_parties: &plan.third_parties,
        support_kind,
        support_name,
        topics: &plan.topics,
        goals: &plan.goals,
        actions: plan
            .actions
            .iter()
            .map(|a| CanonicalAction {
                id: a.id,
                what: &a.what,
                owner: a.owner,
                due: a.due,
                evidence: &a.evidence,
                origin: &a.origin,
                goal: a.goal,
                strength: a.strength,
            })
            .collect(),
        agreements: &plan.agreements,
        planned_evaluations: &plan.planned_evaluations,
        evaluation_rule: {
            let (rules, default) = (&plan.rules, crate::domain::rules::RuleSet::default());
            let rule = (rules.evaluations_per_year, rules.in_person_per_year);
            (rule != (default.evaluations_per_year, default.in_person_per_year)).then_some(rule)
        },
    };
    // Through `Value`, whose objects are ordered maps: the keys come out sorted at every level,
    // whatever the order of the fields in the structs. Written as text and read back rather than
    // `to_value`, which would put a second copy of every plan type's `Serialize` in the wasm (the
    // text writer's is there for storage); same `Value`, so the same bytes (golden fingerprints in
    // the signing tests).
    let text = serde_json::to_string(&canonical).expect("the plan always serialises");
    let value: serde_json::Value = serde_json::from_str(&text).expect("our own JSON reads back");
    serde_json::to_string(&value).expect("a JSON value always serialises")
}

/// The fingerprint of the plan's signed content: lowercase hex SHA-256 of the canonical form.
pub fn fingerprint(client_name: &str, plan: &Plan) -> String {
    let digest = Sha256::digest(canonical_form(client_name, plan).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The line printed at the top of every page of a signed document: its title, the client's name
/// isolated (FSI…PDI, so no character in a name can reorder the digits beside it) and the whole
/// fingerprint, grouped. Names are already cleaned of bidi controls when they enter.
pub fn running_line(title: &str, client_name: &str, fingerprint: &str) -> String {
    format!("{title} · \u{2068}{client_name}\u{2069} · SHA-256 {}", grouped(fingerprint))
}

/// The fingerprint in groups of eight, easier to read aloud and compare on paper.
pub fn grouped(fingerprint: &str) -> String {
    fingerprint.as_bytes().chunks(8).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}
