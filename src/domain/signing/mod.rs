//! Signing the GPMI: who signs, the signatures (strokes kept as vectors), the fingerprint of what
//! was signed, and what happens when the plan changes after signing.
//!
//! A *round* is one version of the plan with the signatures given to it. Signing freezes that
//! version: the round keeps a copy (snapshot) of the plan and its SHA-256 fingerprint. When the
//! plan changes later, its fingerprint no longer matches: the round's signatures then belong to an
//! earlier version, which stays readable and printable, and the plan needs signing again (a new
//! round). Undoing the change brings the fingerprint, and so the signatures, back.
//!
//! The fingerprint covers exactly what the printed contract shows: the client's name, the plan's
//! type and dates, the OCMW, the worker, the third parties and the person beside the client, the
//! five topics, the goals, the actions (what, who, by when, how it is shown, origin, goal), the
//! three questions, the means and the evaluation schedule. It leaves out how the plan is followed
//! up (an action's status, recorded evaluations), the screen step, the undo history, the rule
//! settings and the facts that only decide whether a plan is required.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::plan::{
    ActionOrigin, Agreements, Goal, Owner, Plan, PlanType, PlannedEvaluation, SupportKind, ThirdParty, Topics,
};
use super::Dossier;

/// Strokes are stored in this fixed logical box (x from 0 to `BOX_WIDTH`, y from 0 to
/// `BOX_HEIGHT`), whatever the size of the screen they were drawn on.
pub const BOX_WIDTH: u16 = 1000;
pub const BOX_HEIGHT: u16 = 300;
/// A signature of more points than this is refused (a real one has a few hundred).
pub const MAX_POINTS: usize = 6000;
/// Version of the canonical form; part of it, so a later change of form changes every fingerprint.
pub const CANONICAL_FORMAT: &str = "trede-gpmi-1";

/// One point of a stroke, in the logical box.
pub type Point = (u16, u16);
/// One line drawn without lifting the finger, pen or mouse.
pub type Stroke = Vec<Point>;

/// Who signs. The client, the worker (for the OCMW) and a third party with tasks are parties to
/// the plan; an interpreter or a support person signs as present, not as a party.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum SignerRole {
    Client,
    Worker,
    /// A third party of the plan, by its id in `plan.third_parties`.
    ThirdParty(u64),
    Interpreter,
    SupportPerson,
}

impl SignerRole {
    /// A party to the plan (bound by it), rather than someone who was present.
    pub fn is_party(self) -> bool {
        !matches!(self, SignerRole::Interpreter | SignerRole::SupportPerson)
    }

    /// A stable name for ids in the page and in tests.
    pub fn key(self) -> String {
        match self {
            SignerRole::Client => "client".into(),
            SignerRole::Worker => "worker".into(),
            SignerRole::ThirdParty(id) => format!("third-{id}"),
            SignerRole::Interpreter => "interpreter".into(),
            SignerRole::SupportPerson => "support".into(),
        }
    }

    /// The message id of the role's name (print.ftl).
    pub fn message_id(self) -> &'static str {
        match self {
            SignerRole::Client => "sign-role-client",
            SignerRole::Worker => "sign-role-worker",
            SignerRole::ThirdParty(_) => "sign-role-third",
            SignerRole::Interpreter => "sign-role-interpreter",
            SignerRole::SupportPerson => "sign-role-support",
        }
    }

    /// The name the plan already knows for this signer, to fill in the typed name.
    pub fn known_name(self, client_name: &str, plan: &Plan) -> String {
        match self {
            SignerRole::Client => client_name.to_owned(),
            SignerRole::Worker => plan.worker_name.clone(),
            SignerRole::ThirdParty(id) => plan.third_party(id).map(|p| p.name.clone()).unwrap_or_default(),
            SignerRole::Interpreter if plan.support_kind == Some(SupportKind::Interpreter) => plan.support_name.clone(),
            SignerRole::SupportPerson if plan.support_kind == Some(SupportKind::SupportPerson) => {
                plan.support_name.clone()
            }
            SignerRole::Interpreter | SignerRole::SupportPerson => String::new(),
        }
    }
}

/// A signature: drawn strokes with the typed name, date and place beside them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub role: SignerRole,
    pub name: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub place: String,
    pub strokes: Vec<Stroke>,
    /// Signed with the typed name instead of a drawing, for a signer who cannot draw (a motor
    /// impairment, a keyboard or a switch instead of a finger).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// Why a signature cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignProblem {
    NoName,
    NoStrokes,
    TooManyPoints,
    /// A third party that is not (or no longer) in the plan.
    UnknownSigner,
}

impl SignProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            SignProblem::NoName => "sign-problem-name",
            SignProblem::NoStrokes => "sign-problem-strokes",
            SignProblem::TooManyPoints => "sign-problem-too-long",
            SignProblem::UnknownSigner => "sign-problem-unknown",
        }
    }
}

impl Signature {
    /// What stands in the way of saving this signature for `plan`; empty when it can be saved.
    pub fn problems(&self, plan: &Plan) -> Vec<SignProblem> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(SignProblem::NoName);
        }
        if !self.typed && self.strokes.iter().all(|s| s.is_empty()) {
            out.push(SignProblem::NoStrokes);
        }
        if self.point_count() > MAX_POINTS {
            out.push(SignProblem::TooManyPoints);
        }
        if let SignerRole::ThirdParty(id) = self.role {
            if plan.third_party(id).is_none() {
                out.push(SignProblem::UnknownSigner);
            }
        }
        out
    }

    pub fn point_count(&self) -> usize {
        self.strokes.iter().map(Vec::len).sum()
    }

    /// The same signature with trimmed texts, empty strokes left out and points kept in the box.
    fn tidy(mut self) -> Signature {
        self.name = self.name.trim().to_owned();
        self.place = self.place.trim().to_owned();
        self.strokes.retain(|s| !s.is_empty());
        for stroke in &mut self.strokes {
            for p in stroke.iter_mut() {
                *p = (p.0.min(BOX_WIDTH), p.1.min(BOX_HEIGHT));
            }
        }
        self
    }
}

/// Turns a point on screen into the logical box: `x`, `y` relative to a drawing area of
/// `width` × `height` screen pixels. Points outside the area are kept at its edge.
pub fn to_box(x: f64, y: f64, width: f64, height: f64) -> Point {
    let scale = |v: f64, size: f64, max: u16| {
        if size.is_nan() || size <= 0.0 || !v.is_finite() {
            return 0;
        }
        (v / size * f64::from(max)).round().clamp(0.0, f64::from(max)) as u16
    };
    (scale(x, width, BOX_WIDTH), scale(y, height, BOX_HEIGHT))
}

/// An SVG path for strokes in the logical box, smoothed with quadratic curves through the
/// midpoints (so it is sharp and smooth at any size). A single point becomes a dot.
pub fn stroke_path(strokes: &[Stroke]) -> String {
    let mut d = String::new();
    for stroke in strokes {
        match stroke.as_slice() {
            [] => {}
            [(x, y)] => d.push_str(&format!("M{x} {y}l0.1 0")),
            [(x0, y0), rest @ ..] => {
                d.push_str(&format!("M{x0} {y0}"));
                for (i, &(x, y)) in rest.iter().enumerate() {
                    match rest.get(i + 1) {
                        // Curve towards the midpoint of this point and the next, this one as control.
                        Some(&(nx, ny)) => {
                            let mid = |a: u16, b: u16| (f32::from(a) + f32::from(b)) / 2.0;
                            d.push_str(&format!("Q{x} {y} {} {}", mid(x, nx), mid(y, ny)));
                        }
                        None => d.push_str(&format!("L{x} {y}")),
                    }
                }
            }
        }
    }
    d
}

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
    topics: &'a Topics,
    goals: &'a [Goal],
    actions: Vec<CanonicalAction<'a>>,
    agreements: &'a Agreements,
    planned_evaluations: &'a [PlannedEvaluation],
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
}

/// The canonical form of the plan's signed content: JSON with every object's keys in sorted
/// order and no spaces, so the same content always gives the same text.
pub fn canonical_form(client_name: &str, plan: &Plan) -> String {
    let canonical = Canonical {
        format: CANONICAL_FORMAT,
        client_name,
        plan_type: plan.plan_type,
        decision_date: plan.decision_date,
        start: plan.start,
        end: plan.end,
        ocmw_name: &plan.ocmw_name,
        worker_name: &plan.worker_name,
        third_parties: &plan.third_parties,
        support_kind: plan.support_kind,
        support_name: &plan.support_name,
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
            })
            .collect(),
        agreements: &plan.agreements,
        planned_evaluations: &plan.planned_evaluations,
    };
    // Through `Value`, whose objects are ordered maps: the keys come out sorted at every level,
    // whatever the order of the fields in the structs.
    let value = serde_json::to_value(&canonical).expect("the plan always serialises");
    serde_json::to_string(&value).expect("a JSON value always serialises")
}

/// The fingerprint of the plan's signed content: lowercase hex SHA-256 of the canonical form.
pub fn fingerprint(client_name: &str, plan: &Plan) -> String {
    let digest = Sha256::digest(canonical_form(client_name, plan).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The fingerprint in groups of eight, easier to read aloud and compare on paper.
pub fn grouped(fingerprint: &str) -> String {
    fingerprint.as_bytes().chunks(8).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The parties whose signatures the plan needs: the client, the worker, and each third party
/// that takes on at least one action. Interpreters and support persons are never required.
pub fn required_signers(plan: &Plan) -> Vec<SignerRole> {
    let mut out = vec![SignerRole::Client, SignerRole::Worker];
    for p in &plan.third_parties {
        if plan.actions.iter().any(|a| a.owner == Some(Owner::ThirdParty(p.id))) {
            out.push(SignerRole::ThirdParty(p.id));
        }
    }
    out
}

/// Everyone who may sign: the required parties, any other third party, and the people present.
pub fn possible_signers(plan: &Plan) -> Vec<SignerRole> {
    let mut out = required_signers(plan);
    for p in &plan.third_parties {
        if !out.contains(&SignerRole::ThirdParty(p.id)) {
            out.push(SignerRole::ThirdParty(p.id));
        }
    }
    out.extend([SignerRole::Interpreter, SignerRole::SupportPerson]);
    out
}

/// One version of the plan and the signatures given to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SigningRound {
    /// The fingerprint of the version signed.
    pub fingerprint: String,
    /// The client's name as it was signed.
    pub client_name: String,
    /// The plan as it was signed (without its evaluations and undo history), to read and print.
    pub plan: Plan,
    pub signatures: Vec<Signature>,
    /// When the first signature of this round was saved.
    pub started: DateTime<Utc>,
}

impl SigningRound {
    pub fn signature(&self, role: SignerRole) -> Option<&Signature> {
        self.signatures.iter().find(|s| s.role == role)
    }

    /// The required parties of this version that have not signed it.
    pub fn missing(&self) -> Vec<SignerRole> {
        required_signers(&self.plan).into_iter().filter(|r| self.signature(*r).is_none()).collect()
    }

    /// Every required party of this version signed it.
    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }
}

/// The signing rounds of a dossier, oldest first.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Signing {
    pub rounds: Vec<SigningRound>,
}

/// Where the signing of the plan as it is now stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignState {
    /// No signature for this version (perhaps a draft taken home for reflection).
    Unsigned,
    /// Some, not all, required parties signed this version.
    Partly { missing: Vec<SignerRole> },
    /// Every required party signed this version.
    Complete,
}

impl Signing {
    /// The round of the plan as it is now, if anyone signed this very version.
    pub fn current(&self, fingerprint: &str) -> Option<&SigningRound> {
        self.rounds.last().filter(|r| r.fingerprint == fingerprint)
    }

    /// The rounds of earlier versions, newest first.
    pub fn earlier(&self, fingerprint: &str) -> Vec<(usize, &SigningRound)> {
        self.rounds.iter().enumerate().rev().filter(|(_, r)| r.fingerprint != fingerprint).collect()
    }

    /// Signatures were given, but to an earlier version: the plan needs signing again.
    pub fn is_outdated(&self, fingerprint: &str) -> bool {
        self.rounds.last().is_some_and(|r| r.fingerprint != fingerprint)
    }

    pub fn state(&self, fingerprint: &str, plan: &Plan) -> SignState {
        match self.current(fingerprint) {
            None => SignState::Unsigned,
            Some(round) => {
                let missing: Vec<_> =
                    required_signers(plan).into_iter().filter(|r| round.signature(*r).is_none()).collect();
                if missing.is_empty() {
                    SignState::Complete
                } else {
                    SignState::Partly { missing }
                }
            }
        }
    }
}

impl Dossier {
    /// The fingerprint of this dossier's plan as it is now.
    pub fn plan_fingerprint(&self) -> String {
        fingerprint(&self.client_name, &self.plan)
    }

    /// Every required party signed the plan as it is now.
    pub fn fully_signed(&self) -> bool {
        self.signing.state(&self.plan_fingerprint(), &self.plan) == SignState::Complete
    }
}

/// Every change to the signatures.
#[derive(Clone, Debug, PartialEq)]
pub enum SigningEdit {
    /// Signs the plan as it is now. The first signature of a version freezes it in a new round;
    /// signing again in the same role replaces that role's signature in this round.
    Sign(Signature),
    /// Takes back a signature of the current version (for example when the wrong box was used).
    Withdraw(SignerRole),
}

/// Applies one signing edit; returns whether anything changed. An invalid signature changes
/// nothing (the screen checks first and says why).
pub fn apply(dossier: &mut Dossier, edit: SigningEdit, now: DateTime<Utc>) -> bool {
    let fingerprint = dossier.plan_fingerprint();
    match edit {
        SigningEdit::Sign(signature) => {
            if !signature.problems(&dossier.plan).is_empty() {
                return false;
            }
            let signature = signature.tidy();
            if dossier.signing.current(&fingerprint).is_none() {
                let mut plan = dossier.plan.clone();
                plan.history = Default::default();
                plan.evaluations.clear();
                plan.step = Default::default();
                dossier.signing.rounds.push(SigningRound {
                    fingerprint,
                    client_name: dossier.client_name.clone(),
                    plan,
                    signatures: Vec::new(),
                    started: now,
                });
            }
            let round = dossier.signing.rounds.last_mut().expect("a current round exists now");
            match round.signatures.iter_mut().find(|s| s.role == signature.role) {
                Some(existing) if *existing == signature => return false,
                Some(existing) => *existing = signature,
                None => round.signatures.push(signature),
            }
            true
        }
        SigningEdit::Withdraw(role) => {
            let Some(round) = dossier.signing.rounds.last_mut().filter(|r| r.fingerprint == fingerprint) else {
                return false;
            };
            let before = round.signatures.len();
            round.signatures.retain(|s| s.role != role);
            let changed = round.signatures.len() != before;
            if round.signatures.is_empty() {
                // Nothing left in this round: it was never really signed.
                dossier.signing.rounds.pop();
            }
            changed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_dossier;
    use crate::domain::plan::{apply as plan_edit, ActionStatus, PlanEdit, TextField, Topic};
    use crate::domain::{DossierEdit, DossierId};
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
    }
    fn example() -> Dossier {
        example_dossier(DossierId("ex".into()), now())
    }
    fn signature(role: SignerRole, name: &str) -> Signature {
        Signature {
            role,
            name: name.into(),
            date: now().date_naive(),
            place: "Oostende".into(),
            strokes: vec![vec![(10, 20), (40, 80), (90, 60)], vec![(200, 150)]],
            typed: false,
        }
    }
    fn sign(d: &mut Dossier, role: SignerRole, name: &str) -> bool {
        DossierEdit::Signing(SigningEdit::Sign(signature(role, name))).apply(d, now())
    }
    fn mediator(d: &Dossier) -> SignerRole {
        SignerRole::ThirdParty(d.plan.third_parties[0].id)
    }

    #[test]
    fn the_fingerprint_is_stable_across_a_serde_round_trip() {
        let d = example();
        let fp = d.plan_fingerprint();
        assert_eq!(fp.len(), 64);
        assert!(fp.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        let json = serde_json::to_string(&d).unwrap();
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back.plan_fingerprint(), fp);
        assert_eq!(canonical_form(&back.client_name, &back.plan), canonical_form(&d.client_name, &d.plan));
        // Pretty-printed and re-read: still the same.
        let pretty = serde_json::to_string_pretty(&back).unwrap();
        assert_eq!(serde_json::from_str::<Dossier>(&pretty).unwrap().plan_fingerprint(), fp);
        // The canonical form is compact JSON with sorted keys.
        let canonical = canonical_form(&d.client_name, &d.plan);
        assert!(canonical.starts_with(r#"{"actions":[{"due":"#), "{canonical}");
        assert!(!canonical.contains('\n') && canonical.contains(r#","client_name":"Voorbeeld: Samira","#));
    }

    #[test]
    fn the_fingerprint_is_sha256_of_the_canonical_form() {
        let d = example();
        let canonical = canonical_form(&d.client_name, &d.plan);
        let expected: String = Sha256::digest(canonical.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(d.plan_fingerprint(), expected);
        // A known vector, so the hash itself is the standard one.
        let empty: String = Sha256::digest(b"").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(grouped("0123456789abcdef01"), "01234567 89abcdef 01");
    }

    #[test]
    fn any_content_change_changes_the_fingerprint() {
        let base = example();
        let fp = base.plan_fingerprint();
        let action = base.plan.actions[1].id;
        let goal = base.plan.goals[0].id;
        let due = base.plan.actions[1].due.unwrap();
        let edits = [
            PlanEdit::SetActionDue(action, Some(due + Duration::days(1))),
            PlanEdit::SetText(TextField::ActionWhat(action), "Samen vacatures zoeken".into()),
            PlanEdit::SetText(TextField::ActionEvidence(action), "Verslag".into()),
            PlanEdit::SetActionOwner(action, Some(Owner::Client)),
            PlanEdit::SetText(TextField::GoalTitle(goal), "Werk vinden".into()),
            PlanEdit::SetText(TextField::Topic(Topic::Future), "Anders".into()),
            PlanEdit::SetText(TextField::WorkerName, "Lotte V.".into()),
            PlanEdit::SetEnd(None),
            PlanEdit::RemovePlannedEvaluation(base.plan.planned_evaluations[2].id),
            PlanEdit::AddGoal,
        ];
        for edit in edits {
            let mut d = base.clone();
            assert!(plan_edit(&mut d, edit.clone(), now()), "{edit:?} changes the plan");
            assert_ne!(d.plan_fingerprint(), fp, "{edit:?} must change the fingerprint");
        }
        let mut renamed = base.clone();
        renamed.client_name = "Samira B.".into();
        assert_ne!(renamed.plan_fingerprint(), fp, "the client's name is signed too");

        // Following the plan up is not a change of what was agreed.
        let mut d = base.clone();
        plan_edit(&mut d, PlanEdit::SetActionStatus(action, ActionStatus::Done), now());
        plan_edit(&mut d, PlanEdit::SetStep(crate::domain::plan::PlanStep::Evaluations), now());
        assert_eq!(d.plan_fingerprint(), fp);
    }

    #[test]
    fn required_parties_are_client_worker_and_third_parties_with_tasks() {
        let mut d = example();
        let m = mediator(&d);
        assert_eq!(required_signers(&d.plan), vec![SignerRole::Client, SignerRole::Worker, m]);
        // A third party without an action may sign but is not required.
        plan_edit(&mut d, PlanEdit::AddThirdParty, now());
        let other = SignerRole::ThirdParty(d.plan.third_parties[1].id);
        assert!(!required_signers(&d.plan).contains(&other));
        assert!(possible_signers(&d.plan).contains(&other));
        // Present-only roles are never required.
        assert!(!SignerRole::Interpreter.is_party() && !SignerRole::SupportPerson.is_party());
        assert!(!required_signers(&d.plan).iter().any(|r| !r.is_party()));
        assert_eq!(SignerRole::SupportPerson.known_name(&d.client_name, &d.plan), "Nadia (zus)");
        assert_eq!(SignerRole::Interpreter.known_name(&d.client_name, &d.plan), "");
        assert_eq!(m.known_name(&d.client_name, &d.plan), "Koen Declercq");
    }

    #[test]
    fn fully_signed_only_when_every_required_party_signed_this_version() {
        let mut d = example();
        let fp = d.plan_fingerprint();
        assert_eq!(d.signing.state(&fp, &d.plan), SignState::Unsigned);
        assert!(sign(&mut d, SignerRole::Client, "Samira"));
        assert!(sign(&mut d, SignerRole::SupportPerson, "Nadia"));
        let m = mediator(&d);
        assert_eq!(d.signing.state(&fp, &d.plan), SignState::Partly { missing: vec![SignerRole::Worker, m] });
        assert!(sign(&mut d, SignerRole::Worker, "Lotte Vermeulen"));
        assert!(!d.fully_signed(), "the debt mediator has tasks and has not signed");
        assert!(sign(&mut d, m, "Koen Declercq"));
        assert!(d.fully_signed());
        assert_eq!(d.signing.rounds.len(), 1);
        let round = &d.signing.rounds[0];
        assert_eq!(round.fingerprint, fp);
        assert_eq!(round.signatures.len(), 4);
        assert_eq!(fingerprint(&round.client_name, &round.plan), fp, "the snapshot is what was signed");
        // Signing again in a role replaces that signature.
        let mut again = signature(SignerRole::Client, "Samira A.");
        again.place = "Brugge".into();
        assert!(DossierEdit::Signing(SigningEdit::Sign(again)).apply(&mut d, now()));
        assert_eq!(d.signing.rounds[0].signatures.len(), 4);
        assert_eq!(d.signing.rounds[0].signature(SignerRole::Client).unwrap().place, "Brugge");
        // Withdrawn: no longer complete.
        assert!(DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Worker)).apply(&mut d, now()));
        assert!(!d.fully_signed());
    }

    #[test]
    fn editing_after_signing_voids_the_signatures_and_keeps_the_signed_version() {
        let mut d = example();
        let m = mediator(&d);
        for (role, name) in [(SignerRole::Client, "Samira"), (SignerRole::Worker, "Lotte"), (m, "Koen")] {
            sign(&mut d, role, name);
        }
        let signed_fp = d.plan_fingerprint();
        assert!(d.fully_signed());
        let goal = d.plan.goals[0].id;
        let old_title = d.plan.goals[0].title.clone();
        plan_edit(&mut d, PlanEdit::SetText(TextField::GoalTitle(goal), "Werk vinden in een rusthuis".into()), now());
        let fp = d.plan_fingerprint();
        assert_ne!(fp, signed_fp);
        assert!(!d.fully_signed());
        assert!(d.signing.is_outdated(&fp));
        assert_eq!(d.signing.state(&fp, &d.plan), SignState::Unsigned);
        let earlier = d.signing.earlier(&fp);
        assert_eq!(earlier.len(), 1);
        assert_eq!(earlier[0].1.plan.goals[0].title, old_title, "the signed version stays readable");
        assert!(earlier[0].1.is_complete());
        // Signing again starts a new round; the earlier one stays.
        sign(&mut d, SignerRole::Client, "Samira");
        assert_eq!(d.signing.rounds.len(), 2);
        assert!(!d.signing.is_outdated(&fp));
        assert_eq!(d.signing.rounds[0].fingerprint, signed_fp);
        assert_eq!(d.signing.rounds[1].plan.goals[0].title, "Werk vinden in een rusthuis");
        // Undoing the change to the signed text does not bring back a round that is not the last.
        plan_edit(&mut d, PlanEdit::Undo, now());
        assert!(d.signing.is_outdated(&d.plan_fingerprint()));
    }

    #[test]
    fn undoing_a_change_before_anyone_signs_again_restores_the_signatures() {
        let mut d = example();
        sign(&mut d, SignerRole::Client, "Samira");
        let fp = d.plan_fingerprint();
        plan_edit(&mut d, PlanEdit::SetText(TextField::Topic(Topic::Needs), "Iets anders".into()), now());
        assert!(d.signing.is_outdated(&d.plan_fingerprint()));
        plan_edit(&mut d, PlanEdit::Undo, now());
        assert_eq!(d.plan_fingerprint(), fp);
        assert!(d.signing.current(&fp).is_some());
    }

    #[test]
    fn invalid_signatures_change_nothing() {
        let mut d = example();
        let mut s = signature(SignerRole::Client, "  ");
        assert_eq!(s.problems(&d.plan), vec![SignProblem::NoName]);
        s.name = "Samira".into();
        s.strokes = vec![vec![]];
        assert_eq!(s.problems(&d.plan), vec![SignProblem::NoStrokes]);
        // Someone who cannot draw signs with the typed name instead.
        s.typed = true;
        assert!(s.problems(&d.plan).is_empty());
        s.typed = false;
        s.strokes = vec![vec![(1, 1); MAX_POINTS + 1]];
        assert_eq!(s.problems(&d.plan), vec![SignProblem::TooManyPoints]);
        assert!(!DossierEdit::Signing(SigningEdit::Sign(s)).apply(&mut d, now()));
        assert_eq!(signature(SignerRole::ThirdParty(999), "X").problems(&d.plan), vec![SignProblem::UnknownSigner]);
        assert!(!sign(&mut d, SignerRole::ThirdParty(999), "X"));
        assert!(d.signing.rounds.is_empty());
        assert!(!DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Client)).apply(&mut d, now()));
        // A saved signature is tidied: names trimmed, points kept in the box.
        let mut s = signature(SignerRole::Worker, " Lotte ");
        s.strokes = vec![vec![(5000, 5000), (3, 4)], vec![]];
        assert!(DossierEdit::Signing(SigningEdit::Sign(s)).apply(&mut d, now()));
        let saved = d.signing.rounds[0].signature(SignerRole::Worker).unwrap();
        assert_eq!(saved.name, "Lotte");
        assert_eq!(saved.strokes, vec![vec![(BOX_WIDTH, BOX_HEIGHT), (3, 4)]]);
        // Withdrawing the only signature removes the empty round.
        assert!(DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Worker)).apply(&mut d, now()));
        assert!(d.signing.rounds.is_empty());
    }

    #[test]
    fn signatures_survive_a_round_trip_and_stay_small() {
        let mut d = example();
        sign(&mut d, SignerRole::Client, "Samira");
        let json = serde_json::to_string(&d).unwrap();
        assert!(json.contains(r#""strokes":[[[10,20],[40,80],[90,60]],[[200,150]]]"#), "{json}");
        assert!(json.contains(r#""role":{"kind":"client"}"#));
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        assert!(back.signing.current(&back.plan_fingerprint()).is_some());
    }

    #[test]
    fn a_dossier_stored_before_signing_existed_still_loads() {
        let v1 = r#"{"schema_version":1,"id":"d1","client_name":"Amina","interface_lang":"nl",
            "client_lang":"ar","created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:05:00Z",
            "plan":{"worker_name":"Lotte"}}"#;
        let (d, migrated) = crate::domain::migration::load_dossier(v1).unwrap();
        assert!(!migrated);
        assert_eq!(d.signing, Signing::default());
        assert!(!d.fully_signed());
    }

    #[test]
    fn screen_points_map_into_the_box_and_strokes_become_smooth_paths() {
        assert_eq!(to_box(0.0, 0.0, 500.0, 150.0), (0, 0));
        assert_eq!(to_box(250.0, 75.0, 500.0, 150.0), (500, 150));
        assert_eq!(to_box(-10.0, 900.0, 500.0, 150.0), (0, BOX_HEIGHT));
        assert_eq!(to_box(10.0, 10.0, 0.0, 150.0).0, 0);
        assert_eq!(stroke_path(&[]), "");
        assert_eq!(stroke_path(&[vec![(5, 6)]]), "M5 6l0.1 0");
        assert_eq!(stroke_path(&[vec![(0, 0), (10, 10), (20, 0)]]), "M0 0Q10 10 15 5L20 0");
        assert_eq!(stroke_path(&[vec![(0, 0), (10, 10)], vec![(1, 2)]]), "M0 0L10 10M1 2l0.1 0");
    }
}
