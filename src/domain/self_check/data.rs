//! The fixed data of the self-check, per life domain: the worker's sub-items (asked when the
//! worker scores 3 or 4, after the HIVA screening instrument) and the suggested standard actions
//! (which the plan can add to the GPMI with one tap). Texts live in the translations:
//! `self-check-q-<domain>`, `self-check-sub-<id>`, `self-check-act-<id>`. Ids are stable: they are stored in dossiers.

use crate::domain::LifeDomain;

/// One checkbox the worker can tick when a domain scores 3 or 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubItem {
    /// Stable id, stored in the dossier, e.g. `money-debts`.
    pub id: &'static str,
}

impl SubItem {
    pub fn message_id(self) -> String {
        format!("self-check-sub-{}", self.id)
    }
}

/// A standard action the plan may offer for a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestedAction {
    /// Stable id, e.g. `money-debt-mediation`.
    pub id: &'static str,
    pub domain: LifeDomain,
}

impl SuggestedAction {
    pub fn message_id(self) -> String {
        format!("self-check-act-{}", self.id)
    }
}

/// Message id of the client's question for a domain, e.g. `self-check-q-money`.
pub fn question_id(domain: LifeDomain) -> String {
    format!("self-check-q-{}", domain.slug())
}

macro_rules! subs {
    ($($id:literal),* $(,)?) => { &[$(SubItem { id: $id }),*] };
}

/// The worker's sub-items of a domain. Mind and addiction have none: as in the HIVA instrument,
/// the worker describes them in the note.
pub fn sub_items(domain: LifeDomain) -> &'static [SubItem] {
    use LifeDomain::*;
    match domain {
        Money => subs!["money-debts", "money-mediation", "money-basic-needs", "money-unemployment-trap"],
        Housing => subs!["housing-no-address", "housing-unhealthy", "housing-must-move", "housing-transit"],
        Health => subs![
            "health-illness",
            "health-diagnosis",
            "health-complaints",
            "health-pregnancy",
            "health-disability",
            "health-work-disability"
        ],
        Mind => subs![],
        Addiction => subs![],
        Family => subs!["family-parenting", "family-child-needs", "family-single-parent", "family-care-task"],
        Childcare => subs!["childcare-waiting-list", "childcare-no-informal", "childcare-unknown-options"],
        Safety => subs!["safety-relationship", "safety-violence"],
        Network => {
            subs!["network-no-social", "network-no-family", "network-family-against-work", "network-nobody-works"]
        }
        Structure => subs!["structure-no-rhythm", "structure-missed-appointments", "structure-documents"],
        Daily => subs!["daily-hygiene", "daily-appearance", "daily-household"],
        Dutch => subs!["dutch-express", "dutch-oral", "dutch-written", "dutch-illiterate"],
        Learning => subs!["learning-inactive", "learning-no-choices", "learning-history", "learning-recognition"],
        Work => subs!["work-guided-only", "work-unrealistic", "work-overestimates", "work-expectations"],
        Attitude => subs![
            "attitude-no-steps",
            "attitude-gives-up",
            "attitude-motivation",
            "attitude-one-target",
            "attitude-interaction"
        ],
        Mobility => {
            subs!["mobility-no-transport", "mobility-public-know-how", "mobility-no-public", "mobility-distance"]
        }
        Papers => subs![
            "papers-not-independent",
            "papers-obligations",
            "papers-self-employed",
            "papers-work-permit",
            "papers-justice"
        ],
        Digital => subs!["digital-no-device", "digital-no-email", "digital-no-eid", "digital-no-vdab"],
    }
}

macro_rules! acts {
    ($domain:ident: $($id:literal),* $(,)?) => { &[$(SuggestedAction { id: $id, domain: LifeDomain::$domain }),*] };
}

/// The suggested standard actions of a domain, for the plan.
pub fn suggested_actions(domain: LifeDomain) -> &'static [SuggestedAction] {
    use LifeDomain::*;
    match domain {
        Money => acts![Money: "money-debt-mediation", "money-budget-guidance"],
        Housing => acts![Housing: "housing-search-together", "housing-reference-address"],
        Health => acts![Health: "health-see-doctor", "health-check-limits"],
        Mind => acts![Mind: "mind-talk-counsellor", "mind-refer-care"],
        Addiction => acts![Addiction: "addiction-contact-service", "addiction-talk-doctor"],
        Family => acts![Family: "family-parenting-support", "family-relieve-care"],
        Childcare => acts![Childcare: "childcare-find-place", "childcare-informal"],
        Safety => acts![Safety: "safety-safe-talk", "safety-contact-support"],
        Network => acts![Network: "network-meeting-place", "network-volunteering"],
        Structure => acts![Structure: "structure-week-plan", "structure-reminders"],
        Daily => acts![Daily: "daily-home-support", "daily-practice"],
        Dutch => acts![Dutch: "dutch-course", "dutch-conversation-table"],
        Learning => acts![Learning: "learning-diploma-recognition", "learning-training"],
        Work => acts![Work: "work-cv", "work-job-coach"],
        Attitude => acts![Attitude: "attitude-small-steps", "attitude-orientation"],
        Mobility => acts![Mobility: "mobility-transport-pass", "mobility-bike-or-licence"],
        Papers => acts![Papers: "papers-sort-together", "papers-residence-advice"],
        Digital => acts![Digital: "digital-course", "digital-eid-setup"],
    }
}

/// Every sub-item of every domain, in order.
pub fn all_sub_items() -> impl Iterator<Item = SubItem> {
    LifeDomain::ALL.into_iter().flat_map(|d| sub_items(d).iter().copied())
}

/// Every suggested action of every domain, in order.
pub fn all_suggested_actions() -> impl Iterator<Item = SuggestedAction> {
    LifeDomain::ALL.into_iter().flat_map(|d| suggested_actions(d).iter().copied())
}
