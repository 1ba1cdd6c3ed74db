//! Who must have a GPMI.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{age_on, RuleSet};

/// Why a GPMI is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    Under25,
    NewBeneficiary,
    AskedByClient,
    AskedByOcmw,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::Under25, Ground::NewBeneficiary, Ground::AskedByClient, Ground::AskedByOcmw];
    pub fn message_id(self) -> &'static str {
        match self {
            Ground::Under25 => "plan-ground-under25",
            Ground::NewBeneficiary => "plan-ground-new",
            Ground::AskedByClient => "plan-ground-client",
            Ground::AskedByOcmw => "plan-ground-ocmw",
        }
    }
}

/// What is known about the client, to decide whether a GPMI is required.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MandateFacts {
    pub birth_date: Option<NaiveDate>,
    /// Had a right to social integration in the months before; `None` when not known yet.
    pub had_recent_right: Option<bool>,
    pub asked_by_client: bool,
    pub asked_by_ocmw: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mandate {
    /// Required, for these reasons.
    Required(Vec<Ground>),
    NotRequired,
    /// Not enough known yet (no birth date, or no history).
    Unknown,
}

/// Who must have a GPMI, on `on` (the decision date, or today).
pub fn mandate(rules: &RuleSet, facts: &MandateFacts, on: NaiveDate) -> Mandate {
    let mut grounds = Vec::new();
    let young = facts.birth_date.map(|b| age_on(b, on) < rules.young_age);
    if young == Some(true) {
        grounds.push(Ground::Under25);
    }
    if young == Some(false) && facts.had_recent_right == Some(false) {
        grounds.push(Ground::NewBeneficiary);
    }
    if facts.asked_by_client {
        grounds.push(Ground::AskedByClient);
    }
    if facts.asked_by_ocmw {
        grounds.push(Ground::AskedByOcmw);
    }
    if !grounds.is_empty() {
        Mandate::Required(grounds)
    } else if young.is_none() || facts.had_recent_right.is_none() {
        Mandate::Unknown
    } else {
        Mandate::NotRequired
    }
}
