//! Who signs, and whose signatures the plan needs.

use serde::{Deserialize, Serialize};

use crate::domain::plan::{Owner, Plan, SupportKind, ThirdParty};
use crate::domain::tagged::{read_kind_id, write_kind_id};

/// Who signs. The client, the worker (for the OCMW) and a third party with tasks are parties to
/// the plan; an interpreter or a support person signs as present, not as a party.
/// Stored as `{"kind":"worker"}`, `{"kind":"third_party","id":4}` (serde by hand: `tagged`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignerRole {
    Client,
    Worker,
    /// A third party of the plan, by its id in `plan.third_parties`.
    ThirdParty(u64),
    Interpreter,
    SupportPerson,
}

impl Serialize for SignerRole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (kind, id) = match *self {
            SignerRole::Client => ("client", None),
            SignerRole::Worker => ("worker", None),
            SignerRole::ThirdParty(id) => ("third_party", Some(id)),
            SignerRole::Interpreter => ("interpreter", None),
            SignerRole::SupportPerson => ("support_person", None),
        };
        write_kind_id(s, "SignerRole", kind, id)
    }
}

impl<'de> Deserialize<'de> for SignerRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let (kind, id) = read_kind_id(d)?;
        match (kind.as_str(), id) {
            ("client", _) => Ok(SignerRole::Client),
            ("worker", _) => Ok(SignerRole::Worker),
            ("third_party", Some(id)) => Ok(SignerRole::ThirdParty(id)),
            ("third_party", None) => Err(D::Error::missing_field("id")),
            ("interpreter", _) => Ok(SignerRole::Interpreter),
            ("support_person", _) => Ok(SignerRole::SupportPerson),
            (other, _) => Err(D::Error::unknown_variant(
                other,
                &["client", "worker", "third_party", "interpreter", "support_person"],
            )),
        }
    }
}

impl SignerRole {
    /// A party to the plan (bound by it), rather than someone who was present.
    pub fn is_party(self) -> bool {
        !matches!(self, SignerRole::Interpreter | SignerRole::SupportPerson)
    }

    /// A stable name for ids in the page and in tests.
    pub fn slug(self) -> String {
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
            SignerRole::Interpreter => plan.present_name(SupportKind::Interpreter).unwrap_or("").to_owned(),
            SignerRole::SupportPerson => plan.present_name(SupportKind::SupportPerson).unwrap_or("").to_owned(),
        }
    }
}

/// A third party takes on tasks: an action, or tasks written down as text. Then it is a party
/// to the plan and signs it (KB art. 11 as replaced in 2016: the commitments of any third
/// party are part of the contract; seed 002).
/// Tasks written only as text count while the rule set's `third_party_with_tasks_signs` is on.
pub fn has_tasks(plan: &Plan, third_party: &ThirdParty) -> bool {
    (plan.rules.third_party_with_tasks_signs && !third_party.tasks.trim().is_empty())
        || plan.actions.iter().any(|a| a.owner == Some(Owner::ThirdParty(third_party.id)))
}

/// The parties whose signatures the plan needs: the client, the worker, and each third party
/// with tasks (`has_tasks`). Interpreters and support persons are never required.
pub fn required_signers(plan: &Plan) -> Vec<SignerRole> {
    let mut out = vec![SignerRole::Client, SignerRole::Worker];
    for p in &plan.third_parties {
        if has_tasks(plan, p) {
            out.push(SignerRole::ThirdParty(p.id));
        }
    }
    out
}

/// Everyone who may sign: the required parties, any other third party, and the interpreter and
/// support person when the plan says they are present (no card for a role nobody chose).
pub fn possible_signers(plan: &Plan) -> Vec<SignerRole> {
    let mut out = required_signers(plan);
    for p in &plan.third_parties {
        if !out.contains(&SignerRole::ThirdParty(p.id)) {
            out.push(SignerRole::ThirdParty(p.id));
        }
    }
    if plan.present_name(SupportKind::Interpreter).is_some() {
        out.push(SignerRole::Interpreter);
    }
    if plan.present_name(SupportKind::SupportPerson).is_some() {
        out.push(SignerRole::SupportPerson);
    }
    out
}
