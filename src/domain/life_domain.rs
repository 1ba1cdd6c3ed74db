//! The 18 life domains of the self-check, shared by the self-check, the plan's goals and the
//! standard actions. Names and questions live in the translations (`life-domain-<id>`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LifeDomain {
    Money,
    Housing,
    Health,
    Mind,
    Addiction,
    Family,
    Childcare,
    Safety,
    Network,
    Structure,
    Daily,
    Dutch,
    Learning,
    Work,
    Attitude,
    Mobility,
    Papers,
    Digital,
}

impl LifeDomain {
    pub const ALL: [LifeDomain; 18] = [
        LifeDomain::Money,
        LifeDomain::Housing,
        LifeDomain::Health,
        LifeDomain::Mind,
        LifeDomain::Addiction,
        LifeDomain::Family,
        LifeDomain::Childcare,
        LifeDomain::Safety,
        LifeDomain::Network,
        LifeDomain::Structure,
        LifeDomain::Daily,
        LifeDomain::Dutch,
        LifeDomain::Learning,
        LifeDomain::Work,
        LifeDomain::Attitude,
        LifeDomain::Mobility,
        LifeDomain::Papers,
        LifeDomain::Digital,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            LifeDomain::Money => "money",
            LifeDomain::Housing => "housing",
            LifeDomain::Health => "health",
            LifeDomain::Mind => "mind",
            LifeDomain::Addiction => "addiction",
            LifeDomain::Family => "family",
            LifeDomain::Childcare => "childcare",
            LifeDomain::Safety => "safety",
            LifeDomain::Network => "network",
            LifeDomain::Structure => "structure",
            LifeDomain::Daily => "daily",
            LifeDomain::Dutch => "dutch",
            LifeDomain::Learning => "learning",
            LifeDomain::Work => "work",
            LifeDomain::Attitude => "attitude",
            LifeDomain::Mobility => "mobility",
            LifeDomain::Papers => "papers",
            LifeDomain::Digital => "digital",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LifeDomain> {
        LifeDomain::ALL.into_iter().find(|d| d.slug() == slug)
    }

    /// Message id of the domain's name, e.g. `life-domain-money`.
    pub fn name_id(self) -> String {
        format!("life-domain-{}", self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for d in LifeDomain::ALL {
            assert_eq!(LifeDomain::from_slug(d.slug()), Some(d));
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{}\"", d.slug()));
        }
    }
}
