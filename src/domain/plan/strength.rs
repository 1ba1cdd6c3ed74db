//! Where the strength for an action comes from, after the Zelfredzaamheid-Matrix's
//! "Krachtenwijzer": mostly the client herself, with help of her network, or with professional
//! help. A short choice, not a score; optional.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Mostly the client herself.
    Client,
    /// With help of her network (family, friends, neighbours).
    Network,
    /// With professional help (the OCMW, a partner, a service).
    Professional,
}

impl Strength {
    pub const ALL: [Strength; 3] = [Strength::Client, Strength::Network, Strength::Professional];

    pub fn slug(self) -> &'static str {
        match self {
            Strength::Client => "client",
            Strength::Network => "network",
            Strength::Professional => "professional",
        }
    }

    /// The message that names the choice: `plan-strength-<slug>` (plan.ftl).
    pub fn message_id(self) -> String {
        format!("plan-strength-{}", self.slug())
    }
}
