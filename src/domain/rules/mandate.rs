//! Who must have a GPMI, and the OCMW's exemption for health or equity reasons.
//!
//! Sources: RMI-wet (law of 26 May 2002) art. 11; VVSG knowledge item "GPMI"; seed 000
//! L2519-2530; the domain README, section 3b. Paragraph numbers are left to the legal service
//! except where section 3b gives them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{age_on, RuleSet};

/// Why a GPMI is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Under 25 (RMI-wet art. 11).
    Under25,
    /// No right to social integration in the months before (RMI-wet art. 11; seed 000: "new
    /// leefloon clients, or again after more than three months without").
    NewBeneficiary,
    AskedByClient,
    AskedByOcmw,
    /// Works part-time and gets a top-up leefloon (seed 000 L2519-2530; a rule-set setting).
    PartTimeTopUp,
    /// Studies full-time with the OCMW's agreement: a GPMI for studies is mandatory (RMI-wet art.
    /// 11 §2 a; fiche "GPMI studies met voltijds leerplan").
    FullTimeStudies,
}

impl Ground {
    pub const ALL: [Ground; 6] = [
        Ground::Under25,
        Ground::NewBeneficiary,
        Ground::AskedByClient,
        Ground::AskedByOcmw,
        Ground::PartTimeTopUp,
        Ground::FullTimeStudies,
    ];
    pub fn message_id(self) -> &'static str {
        match self {
            Ground::Under25 => "plan-ground-under25",
            Ground::NewBeneficiary => "plan-ground-new",
            Ground::AskedByClient => "plan-ground-client",
            Ground::AskedByOcmw => "plan-ground-ocmw",
            Ground::PartTimeTopUp => "plan-ground-part-time",
            Ground::FullTimeStudies => "plan-ground-studies",
        }
    }

    /// A ground the OCMW's exemption can lift: the obligations of the law, not a request of the
    /// client and never full-time studies.
    fn can_be_exempted(self) -> bool {
        matches!(self, Ground::Under25 | Ground::NewBeneficiary | Ground::PartTimeTopUp)
    }
}

/// Why the OCMW exempted the client: "om redenen van gezondheid of billijkheid" (RMI-wet art. 11;
/// domain README 3b).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExemptionGround {
    Health,
    Equity,
}

impl ExemptionGround {
    pub const ALL: [ExemptionGround; 2] = [ExemptionGround::Health, ExemptionGround::Equity];
    pub fn slug(self) -> &'static str {
        match self {
            ExemptionGround::Health => "health",
            ExemptionGround::Equity => "equity",
        }
    }
    pub fn message_id(self) -> String {
        format!("plan-exemption-{}", self.slug())
    }
}

/// The OCMW's decision to exempt the client: on which ground, why, and when it was taken. It is
/// the one record of the exemption; the ladder's side status "exempted" shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exemption {
    pub ground: ExemptionGround,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub decided_on: Option<NaiveDate>,
}

/// What is known about the client, to decide whether a GPMI is required.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MandateFacts {
    pub birth_date: Option<NaiveDate>,
    /// Had a right to social integration in the months before; `None` when not known yet.
    pub had_recent_right: Option<bool>,
    pub asked_by_client: bool,
    pub asked_by_ocmw: bool,
    /// Works part-time with a top-up leefloon.
    pub part_time_top_up: bool,
    /// The OCMW lets the client study full-time (the plan's student block).
    pub full_time_student: bool,
    /// The OCMW decided on an exemption for health or equity reasons.
    pub exempted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mandate {
    /// Required, for these reasons.
    Required(Vec<Ground>),
    NotRequired,
    /// The OCMW exempted the client for health or equity reasons (a GPMI stays possible on the
    /// client's request).
    Exempted,
    /// Not enough known yet: a right in the months before but no birth date, or 25 or older with
    /// no answer on the right in the months before.
    Unknown,
}

/// Who must have a GPMI, on `on` (the decision date, or today).
///
/// Under 25; 25 or older without a right to social integration in the `no_right_months` before
/// (also when the birth date is not known: that ground needs no age); anyone on request; a
/// part-time worker with a top-up when the rule set says so; a full-time student always. An
/// exemption lifts the legal grounds, never a request of the client nor full-time studies.
pub fn mandate(rules: &RuleSet, facts: &MandateFacts, on: NaiveDate) -> Mandate {
    let young = facts.birth_date.map(|b| age_on(b, on) < rules.young_age);
    let candidates = [
        (Ground::Under25, young == Some(true)),
        (Ground::NewBeneficiary, young != Some(true) && facts.had_recent_right == Some(false)),
        (Ground::AskedByClient, facts.asked_by_client),
        (Ground::AskedByOcmw, facts.asked_by_ocmw && !facts.exempted),
        (Ground::PartTimeTopUp, facts.part_time_top_up && rules.part_time_top_up_required),
        (Ground::FullTimeStudies, facts.full_time_student),
    ];
    let grounds: Vec<Ground> = candidates
        .into_iter()
        .filter(|(g, holds)| *holds && !(facts.exempted && g.can_be_exempted()))
        .map(|(g, _)| g)
        .collect();
    if !grounds.is_empty() {
        Mandate::Required(grounds)
    } else if facts.exempted {
        Mandate::Exempted
    } else if young == Some(false) && facts.had_recent_right == Some(true) {
        Mandate::NotRequired
    } else {
        Mandate::Unknown
    }
}
