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
//! five topics, the goals, the actions (what, who, by when, how it is shown, origin, goal, and
//! where its strength comes from once that is said), the three questions, the means and the
//! evaluation schedule. It leaves out how the plan is followed up (an action's status, recorded
//! evaluations), the screen step, the undo history, the rule settings and the facts that only
//! decide whether a plan is required.

mod fingerprint;
mod rounds;
mod signature;
mod signers;
mod strokes;
#[cfg(test)]
mod tests;

pub use fingerprint::{canonical_form, fingerprint, grouped, running_line, CANONICAL_FORMAT};
pub use rounds::{apply, SignState, Signing, SigningEdit, SigningRound};
pub use signature::{SignProblem, Signature, MAX_POINTS};
pub use signers::{possible_signers, required_signers, SignerRole};
pub use strokes::{stroke_path, to_box, Point, Stroke, BOX_HEIGHT, BOX_WIDTH};
