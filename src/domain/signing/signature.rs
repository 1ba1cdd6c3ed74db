//! One signature and what stands in the way of saving it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{SignerRole, Stroke, BOX_HEIGHT, BOX_WIDTH};
use crate::domain::plan::Plan;

/// A signature of more points than this is refused (a real one has a few hundred).
pub const MAX_POINTS: usize = 6000;

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
    pub(super) fn tidy(mut self) -> Signature {
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
