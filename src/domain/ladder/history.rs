//! Reading the ladder: the current placement and how it moved over time.
//!
//! Rises and falls are counted per viewpoint: the client's view against the client's view before,
//! the worker's against the worker's. An agreed placement is both their views: it is the "before"
//! of a later client's or worker's placement, and it compares with the latest placement of any
//! view. A client who sees rung 3 where the worker saw rung 4 has not fallen.

use chrono::NaiveDate;

use super::{Ladder, Placement, Position, Viewpoint};
use crate::domain::Rung;

/// How a placement compares with the rung before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// The first rung placement.
    Start,
    Rise,
    Fall,
    Level,
    /// A side status (no rung to compare).
    Aside,
}

impl Movement {
    pub fn message_id(self) -> &'static str {
        match self {
            Movement::Start => "ladder-move-start",
            Movement::Rise => "ladder-move-rise",
            Movement::Fall => "ladder-move-fall",
            Movement::Level => "ladder-move-level",
            Movement::Aside => "ladder-move-aside",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Movement::Start => "start",
            Movement::Rise => "rise",
            Movement::Fall => "fall",
            Movement::Level => "level",
            Movement::Aside => "aside",
        }
    }
}

/// One point of the history: a placement and how it moved from the previous rung.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryPoint {
    pub placement_id: u64,
    pub date: NaiveDate,
    pub position: Position,
    pub movement: Movement,
    /// For a fall or rise: the rung before (in the same view).
    pub from: Option<Rung>,
    pub viewpoint: Viewpoint,
    /// The index in the history of the point it is compared with (the same view before).
    pub previous: Option<usize>,
}

/// Whether a placement seen from `earlier` is the "before" of one seen from `later`.
fn compares_with(later: Viewpoint, earlier: Viewpoint) -> bool {
    later == earlier || earlier == Viewpoint::Agreed || later == Viewpoint::Agreed
}

impl Ladder {
    /// Oldest first; placements on the same day keep the order they were made in.
    pub(super) fn sort(&mut self) {
        crate::domain::order::order_by_key(&mut self.placements, |p| (p.draft.date, p.id));
    }

    /// Placements oldest first.
    pub fn placements(&self) -> &[Placement] {
        &self.placements
    }

    /// The latest placement, whatever it is.
    pub fn current(&self) -> Option<&Placement> {
        self.placements.last()
    }

    /// The rung of the latest placement (none when the latest is a side status).
    pub fn current_rung(&self) -> Option<Rung> {
        self.current().and_then(|p| p.draft.position.rung())
    }

    /// Whether the target rung is reached (current rung at or above it).
    pub fn target_reached(&self) -> bool {
        matches!((self.current_rung(), self.target), (Some(c), Some(t)) if c >= t)
    }

    pub fn is_picked(&self, catalogue_id: &str, offer_id: &str) -> bool {
        self.picked_offers.iter().any(|p| p.catalogue_id == catalogue_id && p.offer_id == offer_id)
    }

    /// The history, oldest first, each placement with its movement from the previous rung of the
    /// same view (see the module text).
    pub fn history(&self) -> Vec<HistoryPoint> {
        let mut out: Vec<HistoryPoint> = Vec::with_capacity(self.placements.len());
        for p in &self.placements {
            let viewpoint = p.draft.viewpoint;
            let previous =
                out.iter().rposition(|h| h.position.rung().is_some() && compares_with(viewpoint, h.viewpoint));
            let last = previous.and_then(|i| out[i].position.rung());
            let (movement, from) = match (p.draft.position.rung(), last) {
                (None, _) => (Movement::Aside, None),
                (Some(_), None) => (Movement::Start, None),
                (Some(r), Some(l)) if r > l => (Movement::Rise, Some(l)),
                (Some(r), Some(l)) if r < l => (Movement::Fall, Some(l)),
                (Some(_), Some(l)) => (Movement::Level, Some(l)),
            };
            let previous = previous.filter(|_| p.draft.position.rung().is_some());
            out.push(HistoryPoint {
                placement_id: p.id,
                date: p.draft.date,
                position: p.draft.position,
                movement,
                from,
                viewpoint,
                previous,
            });
        }
        out
    }

    /// The falls of the history (a lower rung than the one before).
    pub fn falls(&self) -> Vec<HistoryPoint> {
        self.history().into_iter().filter(|h| h.movement == Movement::Fall).collect()
    }
}
