//! Where a person stands on the ladder, and whose view that is.

use serde::{Deserialize, Serialize};

use crate::domain::Rung;

/// Where a person stands: on a rung, or in a status that is not a rung.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Rung(Rung),
    /// The file is younger than four months: getting to know each other first.
    Orientation,
    /// Exempted for health or equity reasons.
    Exempted,
    /// Studying, with a GPMI for studies.
    Studying,
    /// Care comes first.
    CareFirst,
}

impl Position {
    pub const SIDE: [Position; 4] =
        [Position::Orientation, Position::Exempted, Position::Studying, Position::CareFirst];

    pub fn rung(self) -> Option<Rung> {
        match self {
            Position::Rung(r) => Some(r),
            _ => None,
        }
    }

    /// Message id of the position's name.
    pub fn message_id(self) -> String {
        match self {
            Position::Rung(r) => r.name_id(),
            Position::Orientation => "ladder-status-orientation".into(),
            Position::Exempted => "ladder-status-exempted".into(),
            Position::Studying => "ladder-status-studying".into(),
            Position::CareFirst => "ladder-status-care-first".into(),
        }
    }

    /// A stable text form, for form values and ids: `rung-4`, `orientation`, ...
    pub fn slug(self) -> String {
        match self {
            Position::Rung(r) => format!("rung-{}", r.number()),
            Position::Orientation => "orientation".into(),
            Position::Exempted => "exempted".into(),
            Position::Studying => "studying".into(),
            Position::CareFirst => "care-first".into(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Position> {
        if let Some(n) = s.strip_prefix("rung-") {
            return n.parse().ok().and_then(Rung::new).map(Position::Rung);
        }
        Position::SIDE.into_iter().find(|p| p.slug() == s)
    }

    /// Every position, rungs first (lowest first), then the side statuses.
    pub fn all() -> Vec<Position> {
        Rung::all().map(Position::Rung).chain(Position::SIDE).collect()
    }
}

/// Whose view a placement records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Viewpoint {
    Client,
    Worker,
    #[default]
    Agreed,
}

impl Viewpoint {
    pub const ALL: [Viewpoint; 3] = [Viewpoint::Agreed, Viewpoint::Client, Viewpoint::Worker];

    pub fn slug(self) -> &'static str {
        match self {
            Viewpoint::Client => "client",
            Viewpoint::Worker => "worker",
            Viewpoint::Agreed => "agreed",
        }
    }

    pub fn from_slug(s: &str) -> Option<Viewpoint> {
        Viewpoint::ALL.into_iter().find(|v| v.slug() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Viewpoint::Client => "ladder-view-client",
            Viewpoint::Worker => "ladder-view-worker",
            Viewpoint::Agreed => "ladder-view-agreed",
        }
    }
}
