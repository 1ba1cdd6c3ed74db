//! What the contract holds beyond goals and actions, as KB art. 11 (11 July 2002, as replaced by
//! the KB of 3 October 2016) asks for: the orientations, the block of a student, the costs the
//! OCMW covers, the record that the worker explained the plan, who is present beside the client,
//! and how the plan ends or moves to another OCMW.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::{Plan, PlanType, SupportKind};

/// The orientations of a plan, in a fixed order, each at most once. Since the KB of 3 October
/// 2016 a plan may mix them (domain notes 3b). Reads the old single `plan_type` too.
pub fn orientations_from_old_or_new<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<PlanType>, D::Error> {
    // Read as a JSON `Value` rather than by an untagged enum (which would buffer the value) or a
    // visitor of its own: the wasm already holds the `Value` reader, a visitor would add a second
    // `deserialize_any`.
    use serde::de::Error;
    let one = |v: &str| {
        PlanType::ALL
            .into_iter()
            .find(|t| t.slug() == v)
            .ok_or_else(|| D::Error::unknown_variant(v, &["employment", "training", "studies", "activation"]))
    };
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Null => Ok(Vec::new()),
        serde_json::Value::String(v) => Ok(vec![one(&v)?]),
        serde_json::Value::Array(items) => {
            let mut seen = Vec::new();
            for item in &items {
                seen.push(one(item.as_str().ok_or_else(|| D::Error::custom("an orientation is a string"))?)?);
            }
            Ok(PlanType::ALL.into_iter().filter(|t| seen.contains(t)).collect())
        }
        _ => Err(D::Error::custom("expected an orientation, a list of them, or null")),
    }
}

/// What a student commits to (fiche "GPMI studies met voltijds leerplan"; art. 11 §2 a RMI-wet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StudentCommitment {
    Attend,
    SitExams,
    ShareResults,
    HolidayJob,
}

impl StudentCommitment {
    pub const ALL: [StudentCommitment; 4] = [
        StudentCommitment::Attend,
        StudentCommitment::SitExams,
        StudentCommitment::ShareResults,
        StudentCommitment::HolidayJob,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            StudentCommitment::Attend => "attend",
            StudentCommitment::SitExams => "exams",
            StudentCommitment::ShareResults => "results",
            StudentCommitment::HolidayJob => "holiday-job",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-student-{}", self.slug())
    }
}

/// The block of a plan for someone the OCMW lets study full-time on equity grounds: then a GPMI
/// is mandatory (art. 11 §2 a RMI-wet), and it names the school, the study direction, the length
/// of the studies and both sides' commitments (fiche "GPMI studies met voltijds leerplan").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Studies {
    pub school: String,
    pub direction: String,
    /// The length of the studies, as written ("3 jaar, tot juni 2029").
    pub duration: String,
    /// Checked by default: the four commitments the fiche names.
    pub commitments: Vec<StudentCommitment>,
    pub student_other: String,
    /// What the OCMW commits to, e.g. the school costs it covers.
    pub ocmw: String,
}

impl Default for Studies {
    fn default() -> Self {
        Studies {
            school: String::new(),
            direction: String::new(),
            duration: String::new(),
            commitments: StudentCommitment::ALL.to_vec(),
            student_other: String::new(),
            ocmw: String::new(),
        }
    }
}

impl Studies {
    /// School, direction and duration are filled in.
    pub fn is_complete(&self) -> bool {
        [&self.school, &self.direction, &self.duration].iter().all(|s| !s.trim().is_empty())
    }
}

/// A cost of a training or activity the OCMW may cover (KB art. 11 as replaced in 2016).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    Registration,
    Insurance,
    WorkClothes,
    Travel,
}

impl Cost {
    pub const ALL: [Cost; 4] = [Cost::Registration, Cost::Insurance, Cost::WorkClothes, Cost::Travel];
    pub fn slug(self) -> &'static str {
        match self {
            Cost::Registration => "registration",
            Cost::Insurance => "insurance",
            Cost::WorkClothes => "work-clothes",
            Cost::Travel => "travel",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-cost-{}", self.slug())
    }
}

/// The costs the OCMW covers, or an explicit "none apply".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CostCoverage {
    pub covered: Vec<Cost>,
    pub none_apply: bool,
    pub other: String,
}

impl CostCoverage {
    /// Something is recorded: a cost, another cost in words, or "none apply".
    pub fn is_recorded(&self) -> bool {
        self.none_apply || !self.covered.is_empty() || !self.other.trim().is_empty()
    }
}

/// The worker explained the content, scope and consequences of the plan to the client (KB art.
/// 11 as replaced in 2016), on a date, for the content with this fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub on: NaiveDate,
    /// `Plan::content_fingerprint` when it was explained: a later change asks for it again.
    pub content: String,
}

/// How a plan ends: successfully, early with a reason, or when the right ends (domain notes 3b,
/// drawn from POD MI, VVSG and the fiches).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndKind {
    /// The goals were reached.
    Successful,
    /// Stopped before its end, with a reason.
    Early,
    /// The right to social integration ended.
    RightEnded,
}

impl EndKind {
    pub const ALL: [EndKind; 3] = [EndKind::Successful, EndKind::Early, EndKind::RightEnded];
    pub fn slug(self) -> &'static str {
        match self {
            EndKind::Successful => "successful",
            EndKind::Early => "early",
            EndKind::RightEnded => "right-ended",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-end-{}", self.slug())
    }
}

/// Ending the plan and moving to another OCMW: filled in step by step, nothing lost; the plan
/// ends only when `ended` is set by `PlanEdit::EndPlan`, which checks the rest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Closing {
    pub kind: Option<EndKind>,
    pub on: Option<NaiveDate>,
    pub reason: String,
    pub ended: bool,
    /// The OCMW of the client's new municipality.
    pub new_ocmw: String,
    /// The day the client agreed that the file goes to the new OCMW.
    pub consent_on: Option<NaiveDate>,
}

/// Why the plan cannot be ended yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndProblem {
    NoKind,
    NoDate,
    /// An early end needs a reason.
    NoReason,
}

impl EndProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            EndProblem::NoKind => "plan-end-need-kind",
            EndProblem::NoDate => "plan-end-need-date",
            EndProblem::NoReason => "plan-end-need-reason",
        }
    }
}

impl Closing {
    pub fn problems(&self) -> Vec<EndProblem> {
        let mut out = Vec::new();
        if self.kind.is_none() {
            out.push(EndProblem::NoKind);
        }
        if self.on.is_none() {
            out.push(EndProblem::NoDate);
        }
        if self.kind == Some(EndKind::Early) && self.reason.trim().is_empty() {
            out.push(EndProblem::NoReason);
        }
        out
    }

    /// A move is recorded once the new OCMW and the client's consent are: only then may the file
    /// be exported for it (domain notes 3b; GDPR: sharing needs the client's explicit consent).
    pub fn move_consented(&self) -> bool {
        !self.new_ocmw.trim().is_empty() && self.consent_on.is_some()
    }
}

/// Who is present beside the client: an interpreter, a support person, or both (the client may
/// be assisted by a person of their choice; seed 002; domain notes 3b). `Some("")` is chosen
/// without a name yet. Plans stored before both were possible keep their single
/// `support_kind`/`support_name` until a change moves them here (`Plan::present_slot`): read
/// through `Plan::present_name`. (Not `#[serde(flatten)]`: that doubles the plan's reading code
/// in the wasm.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Present {
    pub interpreter: Option<String>,
    pub support_person: Option<String>,
}

impl Plan {
    /// The name of the interpreter or support person, `None` when nobody of that role is there.
    pub fn present_name(&self, kind: SupportKind) -> Option<&str> {
        let new = match kind {
            SupportKind::Interpreter => self.present.interpreter.as_deref(),
            SupportKind::SupportPerson => self.present.support_person.as_deref(),
        };
        new.or_else(|| (self.support_kind == Some(kind)).then_some(self.support_name.as_str()))
    }

    /// The slot of one role, after moving a single person stored the old way into `present`.
    pub(super) fn present_slot(&mut self, kind: SupportKind) -> &mut Option<String> {
        if let Some(old) = self.support_kind.take() {
            let name = std::mem::take(&mut self.support_name);
            let slot = match old {
                SupportKind::Interpreter => &mut self.present.interpreter,
                SupportKind::SupportPerson => &mut self.present.support_person,
            };
            slot.get_or_insert(name);
        }
        match kind {
            SupportKind::Interpreter => &mut self.present.interpreter,
            SupportKind::SupportPerson => &mut self.present.support_person,
        }
    }
}
