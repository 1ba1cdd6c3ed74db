//! Signing rounds: each version of the plan with the signatures given to it.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{fingerprint, required_signers, Signature, SignerRole};
use crate::domain::plan::Plan;
use crate::domain::Dossier;

/// One version of the plan and the signatures given to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Signing {
    /// Each is shared (`Rc`): an edit copies the dossier, not the plans signed earlier.
    pub rounds: Vec<Rc<SigningRound>>,
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
        self.rounds.last().filter(|r| r.fingerprint == fingerprint).map(|r| &**r)
    }

    /// The rounds of earlier versions, newest first.
    pub fn earlier(&self, fingerprint: &str) -> Vec<(usize, &SigningRound)> {
        self.rounds.iter().map(|r| &**r).enumerate().rev().filter(|(_, r)| r.fingerprint != fingerprint).collect()
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
    // An ended plan is no longer signed (nor are signatures withdrawn): it stays as it was.
    if dossier.plan.closing.ended {
        return false;
    }
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
                dossier.signing.rounds.push(Rc::new(SigningRound {
                    fingerprint,
                    client_name: dossier.client_name.clone(),
                    plan,
                    signatures: Vec::new(),
                    started: now,
                }));
            }
            let round = Rc::make_mut(dossier.signing.rounds.last_mut().expect("a current round exists now"));
            match round.signatures.iter_mut().find(|s| s.role == signature.role) {
                Some(existing) if *existing == signature => return false,
                Some(existing) => *existing = signature,
                None => round.signatures.push(signature),
            }
            true
        }
        SigningEdit::Withdraw(role) => {
            let Some(round) =
                dossier.signing.rounds.last_mut().filter(|r| r.fingerprint == fingerprint).map(Rc::make_mut)
            else {
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
