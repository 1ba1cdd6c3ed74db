//! The catalogue and its offers.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::parse_catalogue;
use crate::domain::{Lang, Rung};

pub const FORMAT: &str = "trede-catalogue";
pub const VERSION: u64 = 1;

/// The built-in default: OCMW Oostende.
pub const DEFAULT_SOURCE: &str = include_str!("../../data/catalogue-oostende.json");

/// A text in several languages. Dutch is always there; others fall back to Dutch.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<String, String>);

impl LocalText {
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.code()).or_else(|| self.0.get("nl")).map(String::as_str).unwrap_or("")
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.0.contains_key(lang.code())
    }

    /// Only the given languages (for snapshots).
    pub fn only(&self, langs: &[Lang]) -> LocalText {
        // Inserted one by one, not collected: `collect` into a map sorts a `Vec` of its own type.
        let mut only = BTreeMap::new();
        for l in langs {
            if let Some(t) = self.0.get(l.code()) {
                only.insert(l.code().to_owned(), t.clone());
            }
        }
        LocalText(only)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub id: String,
    pub rung: Rung,
    pub name: LocalText,
    pub provider: LocalText,
    pub description: LocalText,
    pub duration: Option<LocalText>,
    pub allowance: Option<LocalText>,
    pub conditions: Option<LocalText>,
    /// Who carries the action when the offer is picked (catalogue field `carried_by`).
    pub carried_by: Carrier,
}

/// Who carries an offer once it is picked: the client takes part (most offers), the OCMW
/// delivers it (a home visit the worker makes), or a partner does. Seed 000 lists offers of the
/// OCMW and of partners; who delivers one is a fact of the offer, so it is catalogue data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Carrier {
    #[default]
    Client,
    Ocmw,
    Partner,
}

impl Carrier {
    pub const ALL: [Carrier; 3] = [Carrier::Client, Carrier::Ocmw, Carrier::Partner];
    pub fn slug(self) -> &'static str {
        match self {
            Carrier::Client => "client",
            Carrier::Ocmw => "ocmw",
            Carrier::Partner => "partner",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub id: String,
    pub name: LocalText,
    pub edition: String,
    pub offers: Vec<Offer>,
}

impl Catalogue {
    /// The built-in Oostende catalogue, parsed once.
    pub fn default_ref() -> &'static Catalogue {
        static DEFAULT: OnceLock<Catalogue> = OnceLock::new();
        // Not `expect`: that would put the `Debug` of every problem into the wasm for a case a
        // test rules out (`the_default_catalogue_is_complete_in_dutch`).
        DEFAULT.get_or_init(|| {
            parse_catalogue(DEFAULT_SOURCE).unwrap_or_else(|_| panic!("the built-in catalogue is valid"))
        })
    }

    pub fn offers_on(&self, rung: Rung) -> impl Iterator<Item = &Offer> {
        self.offers.iter().filter(move |o| o.rung == rung)
    }

    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }
}
