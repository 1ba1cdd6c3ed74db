//! Where the strength for an action comes from, after the Zelfredzaamheid-Matrix's
//! "Krachtenwijzer": mostly the client herself, with help of her network, or with professional
//! help. A short choice, not a score; optional.

use serde::{Deserialize, Deserializer, Serialize};

/// Stored as its slug (`"network"`); read through `Option<String>`, whose reader the wasm already
/// has (`read_optional`), rather than a visitor of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

    pub fn from_slug(s: &str) -> Option<Strength> {
        Strength::ALL.into_iter().find(|x| x.slug() == s)
    }

    /// The message that names the choice: `plan-strength-<slug>` (plan.ftl).
    pub fn message_id(self) -> String {
        format!("plan-strength-{}", self.slug())
    }
}

/// Reads an optional strength: absent or `null` is none; an unknown slug is an error.
pub(super) fn read_optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Strength>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => Strength::from_slug(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::unknown_variant(&s, &["client", "network", "professional"])),
    }
}
