//! The ladder history as a picture: one point per placement, a line from each rung to the one
//! before it in the same view (`domain::ladder::history`), a step back dashed and in its own
//! colour. Time runs in the reading direction: left to right, or right to left in Arabic,
//! Persian and Pashto, with the first and last date at the ends and an arrow under the line. The
//! list beside it (`mod.rs`) says the same in words.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::ladder::{HistoryPoint, Movement};
use crate::domain::Rung;
use crate::ui::i18n_context::I18n;

const W: f64 = 640.0;
const H: f64 = 280.0;
/// Room for the rung numbers on the side where reading starts, and a margin on the other.
const START: f64 = 40.0;
const END: f64 = 24.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 56.0;
/// Six rungs and one lane beside the ladder (a side status).
const LANES: f64 = 7.0;

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

fn lane() -> f64 {
    (H - TOP - BOTTOM) / LANES
}

fn y_of_rung(rung: Option<Rung>) -> f64 {
    let index = rung.map_or(6.0, |r| 6.0 - f64::from(r.number()));
    TOP + index * lane() + lane() / 2.0
}

/// Where along the time line, from the side where reading starts.
struct Axis {
    first: NaiveDate,
    span: f64,
    rtl: bool,
}

impl Axis {
    /// The x of a distance `along` (0 at the start of reading) in the drawing.
    fn x(&self, along: f64) -> f64 {
        if self.rtl {
            W - along
        } else {
            along
        }
    }
    fn x_of(&self, date: NaiveDate) -> f64 {
        let plot = W - START - END;
        let along =
            if self.span == 0.0 { plot / 2.0 } else { (date - self.first).num_days() as f64 / self.span * plot };
        self.x(START + along)
    }
    /// The text anchor, in the drawing's left-to-right terms, of a number at the start (`true`)
    /// or the end of reading.
    fn anchor(&self, at_start: bool) -> &'static str {
        if at_start != self.rtl {
            "start"
        } else {
            "end"
        }
    }
}

pub(super) fn chart(t: &I18n, history: &[HistoryPoint], target: Option<Rung>) -> Html {
    let (Some(first), Some(last)) = (history.first(), history.last()) else { return Html::default() };
    let rtl = t.lang().dir() == "rtl";
    let axis = Axis { first: first.date, span: (last.date - first.date).num_days().max(0) as f64, rtl };
    let label = t.t_args(
        "road-ladder-chart-label",
        &[("first", FluentValue::from(t.date(first.date))), ("last", FluentValue::from(t.date(last.date)))],
    );
    let arrow = if rtl { "←" } else { "→" };
    let dir = t.lang().dir();
    let base = H - BOTTOM + 18.0;
    html! {
        <svg class="road-chart" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={label}
            preserveAspectRatio="xMidYMid meet">
            { grid(&axis) }
            if let Some(target) = target {
                <line class="road-target-line" x1={fmt(axis.x(START))} x2={fmt(axis.x(W - END))}
                    y1={fmt(y_of_rung(Some(target)))} y2={fmt(y_of_rung(Some(target)))} />
            }
            { for segments(history, &axis) }
            for h in history.iter() {
                if h.position.rung().is_some() {
                    <circle class={classes!("road-point", (h.movement == Movement::Fall).then_some("road-point-fall"))}
                        cx={fmt(axis.x_of(h.date))} cy={fmt(y_of_rung(h.position.rung()))} r="8" />
                } else {
                    <rect class="road-aside" x={fmt(axis.x_of(h.date) - 7.0)} y={fmt(y_of_rung(None) - 7.0)}
                        width="14" height="14" />
                }
            }
            // Words in the language's own direction (a date in Arabic reads right to left), so
            // "start" is where reading starts.
            <text class="road-axis" x={fmt(axis.x(START))} y={fmt(base)} text-anchor="start" direction={dir}>
                { t.date(first.date) }
            </text>
            if axis.span > 0.0 {
                <text class="road-axis" x={fmt(axis.x(W - END))} y={fmt(base)} text-anchor="end" direction={dir}>
                    { t.date(last.date) }
                </text>
            }
            <text class="road-axis road-time" x={fmt(W / 2.0)} y={fmt(base + 24.0)} text-anchor="middle" direction={dir}>
                { format!("{} {arrow}", t.t("road-time")) }
            </text>
        </svg>
    }
}

/// A line per rung with its number on the side where reading starts, and the lane beside the
/// ladder.
fn grid(axis: &Axis) -> Html {
    html! {
        <>
            for n in 1..=6u8 {
                <g>
                    <line class="road-grid" x1={fmt(axis.x(START))} x2={fmt(axis.x(W - END))}
                        y1={fmt(y_of_rung(Rung::new(n)))} y2={fmt(y_of_rung(Rung::new(n)))} />
                    <text class="road-axis" x={fmt(axis.x(START - 12.0))} y={fmt(y_of_rung(Rung::new(n)) + 5.0)}
                        text-anchor={axis.anchor(false)}>{ n.to_string() }</text>
                </g>
            }
            <line class="road-grid road-grid-aside" x1={fmt(axis.x(START))} x2={fmt(axis.x(W - END))}
                y1={fmt(y_of_rung(None))} y2={fmt(y_of_rung(None))} />
        </>
    }
}

/// From each rung to the rung before it in the same view: up in the brand colour, a step back
/// dashed in red.
fn segments(history: &[HistoryPoint], axis: &Axis) -> Vec<Html> {
    history
        .iter()
        .filter_map(|h| {
            let prev = history.get(h.previous?)?;
            let class = if h.movement == Movement::Fall { "road-fall" } else { "road-line" };
            Some(html! {
                <line class={class} x1={fmt(axis.x_of(prev.date))} y1={fmt(y_of_rung(prev.position.rung()))}
                    x2={fmt(axis.x_of(h.date))} y2={fmt(y_of_rung(h.position.rung()))} />
            })
        })
        .collect()
}
