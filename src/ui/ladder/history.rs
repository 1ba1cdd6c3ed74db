//! The history of placements: a step chart (SVG) where a step back is drawn as clearly as a step
//! up (its own colour, dashed, and a label), and the same data as a table with the actions.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::ladder::{HistoryPoint, Ladder, Movement, Placement, Position};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// Six rungs and one lane beside the ladder.
const LANES: f64 = 7.0;

fn lane() -> f64 {
    (H - TOP - BOTTOM) / LANES
}

fn y_of(position: Position) -> f64 {
    let index = match position.rung() {
        Some(r) => 6.0 - f64::from(r.number()),
        None => 6.0,
    };
    TOP + index * lane() + lane() / 2.0
}

/// What the history shows and where its buttons go. A plain function, not a component: its
/// callbacks are new on every render of the ladder page, so a component would redraw every
/// time anyway, and each component costs wasm on the first visit.
pub struct LadderHistoryProps<'a> {
    pub ladder: &'a Ladder,
    pub on_edit: Callback<u64>,
    pub on_delete: Callback<u64>,
}

pub fn ladder_history(t: &I18n, props: &LadderHistoryProps) -> Html {
    let history = props.ladder.history();
    if history.is_empty() {
        return html! { <p class="lead">{ t.t("ladder-history-none") }</p> };
    }
    let falls = history.iter().filter(|h| h.movement == Movement::Fall).count();
    html! {
        <>
            <p class={classes!("history-summary", (falls > 0).then_some("has-falls"))}>
                { t.t_args("ladder-falls-summary", &[("count", FluentValue::from(falls))]) }
            </p>
            <p class="hint">{ t.t("ladder-history-per-view") }</p>
            { chart(t, &history) }
            { table(t, &history, props) }
        </>
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// The time line: the first placement on the left, the last on the right; a single day in the
/// middle.
struct TimeAxis {
    first: NaiveDate,
    last: NaiveDate,
    span: f64,
}

impl TimeAxis {
    fn of(history: &[HistoryPoint]) -> TimeAxis {
        let first = history.first().map(|h| h.date).unwrap_or_default();
        let last = history.last().map(|h| h.date).unwrap_or_default();
        TimeAxis { first, last, span: (last - first).num_days().max(0) as f64 }
    }

    fn x_of(&self, h: &HistoryPoint) -> f64 {
        let plot = W - LEFT - RIGHT;
        if self.span == 0.0 {
            LEFT + plot / 2.0
        } else {
            LEFT + (h.date - self.first).num_days() as f64 / self.span * plot
        }
    }
}

/// The step chart: the rungs as lines, the lane beside the ladder, the steps, one mark per
/// placement, and the first and last date.
fn chart(t: &I18n, history: &[HistoryPoint]) -> Html {
    let axis = TimeAxis::of(history);
    html! {
        <figure class="history-figure">
            <svg class="history-chart" viewBox={format!("0 0 {W} {H}")} role="img"
                aria-label={t.t("ladder-history-chart-label")} preserveAspectRatio="xMidYMid meet">
                { grid(t) }
                { for steps(t, history, &axis) }
                for h in history.iter() {
                    if h.position.rung().is_some() {
                        <circle class={classes!("history-point", (h.movement == Movement::Fall).then_some("history-point-fall"))}
                            cx={fmt(axis.x_of(h))} cy={fmt(y_of(h.position))} r="7" />
                    } else {
                        <rect class="history-aside" x={fmt(axis.x_of(h) - 6.0)} y={fmt(y_of(h.position) - 6.0)} width="12" height="12" />
                    }
                }
                <text class="history-axis" x={fmt(LEFT)} y={fmt(H - 10.0)} text-anchor="start">{ t.date(axis.first) }</text>
                if axis.span > 0.0 {
                    <text class="history-axis" x={fmt(W - RIGHT)} y={fmt(H - 10.0)} text-anchor="end">{ t.date(axis.last) }</text>
                }
            </svg>
        </figure>
    }
}

/// One line and number per rung, and the lane beside the ladder.
fn grid(t: &I18n) -> Html {
    html! {
        <>
            for n in 1..=6u8 {
                <g>
                    <line class="history-grid" x1={fmt(LEFT)} x2={fmt(W - RIGHT)}
                        y1={fmt(TOP + (6.0 - f64::from(n)) * lane() + lane() / 2.0)}
                        y2={fmt(TOP + (6.0 - f64::from(n)) * lane() + lane() / 2.0)} />
                    <text class="history-axis" x={fmt(LEFT - 12.0)} text-anchor="end"
                        y={fmt(TOP + (6.0 - f64::from(n)) * lane() + lane() / 2.0 + 5.0)}>{ n.to_string() }</text>
                </g>
            }
            <line class="history-grid history-grid-aside" x1={fmt(LEFT)} x2={fmt(W - RIGHT)}
                y1={fmt(y_of(Position::Orientation))} y2={fmt(y_of(Position::Orientation))} />
            <text class="history-axis history-axis-aside" x={fmt(LEFT)} y={fmt(y_of(Position::Orientation) - 6.0)}>
                { t.t("ladder-history-aside-lane") }
            </text>
        </>
    }
}

/// Step segments from each rung point to the one it is compared with (the same view before: see
/// `domain::ladder::history`); a step back has its own line and a label.
fn steps(t: &I18n, history: &[HistoryPoint], axis: &TimeAxis) -> Vec<Html> {
    let mut segments = Vec::new();
    for h in history.iter().filter(|h| h.position.rung().is_some()) {
        let (x, y) = (axis.x_of(h), y_of(h.position));
        let prev = h.previous.and_then(|i| history.get(i)).map(|p| (axis.x_of(p), y_of(p.position)));
        if let Some((px, py)) = prev {
            segments.push(html! {
                <line class="history-flat" x1={fmt(px)} y1={fmt(py)} x2={fmt(x)} y2={fmt(py)} />
            });
            let class = match h.movement {
                Movement::Fall => "history-fall",
                _ => "history-rise",
            };
            if (y - py).abs() > 0.1 {
                segments.push(html! { <line class={class} x1={fmt(x)} y1={fmt(py)} x2={fmt(x)} y2={fmt(y)} /> });
            }
            if h.movement == Movement::Fall {
                // Near the end of the time line the label goes before the line, so it is never cut off.
                let (lx, anchor) = if x > W * 0.7 { (x - 8.0, "end") } else { (x + 8.0, "start") };
                segments.push(html! {
                    <text class="history-fall-label" x={fmt(lx)} text-anchor={anchor} y={fmt((py + y) / 2.0 + 5.0)}>
                        { format!("↓ {}", t.t("ladder-fall-label")) }
                    </text>
                });
            }
        }
    }
    segments
}

/// The same history as a table, newest first, with the actions.
fn table(t: &I18n, history: &[HistoryPoint], props: &LadderHistoryProps) -> Html {
    let by_id = |id: u64| -> Option<&Placement> { props.ladder.placements().iter().find(|p| p.id == id) };
    // A narrow screen (or 200% text) scrolls the table, not the page; focusable so the keyboard
    // can scroll it too.
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.t("ladder-history-table-caption")}>
            <table class="history-table">
                <caption>{ t.t("ladder-history-table-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.t("ladder-col-date") }</th>
                        <th scope="col">{ t.t("ladder-col-position") }</th>
                        <th scope="col">{ t.t("ladder-col-move") }</th>
                        <th scope="col">{ t.t("ladder-col-view") }</th>
                        <th scope="col">{ t.t("ladder-col-note") }</th>
                        <th scope="col"><span class="visually-hidden">{ t.t("ladder-edit-button") }</span></th>
                    </tr>
                </thead>
                <tbody>
                    for h in history.iter().rev() {
                        if let Some(p) = by_id(h.placement_id) {
                            { history_row(t, h, p, &props.on_edit, &props.on_delete) }
                        }
                    }
                </tbody>
            </table>
        </div>
    }
}

/// One placement in the table: when, where, how it moved, whose view, the note, and its actions.
/// A function of the table, not a component: every component costs wasm on the first visit.
fn history_row(t: &I18n, h: &HistoryPoint, p: &Placement, on_edit: &Callback<u64>, on_delete: &Callback<u64>) -> Html {
    html! {
        <tr class={classes!(format!("move-{}", h.movement.slug()))} key={h.placement_id}>
            <th scope="row">{ t.date(h.date) }</th>
            <td>
                { position_text(t, h.position) }
                if p.draft.language_course {
                    <span class="cell-extra">{ t.t("ladder-language-course-beside") }</span>
                }
                if p.evaluation.is_some() {
                    <span class="cell-extra">{ t.t("ladder-from-evaluation") }</span>
                }
            </td>
            <td class="move-cell">{ move_text(t, h) }</td>
            <td>{ t.t(p.draft.viewpoint.message_id()) }</td>
            <td class="note-cell"><bdi>{ &p.draft.note }</bdi></td>
            <td>
                <div class="row-actions">
                <button type="button" class="button"
                    aria-label={format!("{}: {}", t.t("ladder-edit-button"), t.date(h.date))}
                    onclick={send(on_edit, p.id)}>
                    { t.t("ladder-edit-button") }
                </button>
                <button type="button" class="button button-quiet-danger"
                    aria-label={format!("{}: {}", t.t("ladder-delete-button"), t.date(h.date))}
                    onclick={send(on_delete, p.id)}>
                    { t.t("ladder-delete-button") }
                </button>
                </div>
            </td>
        </tr>
    }
}

pub fn position_text(t: &crate::i18n::Translator, position: Position) -> String {
    match position.rung() {
        Some(r) => t.t_args(
            "ladder-rung-button",
            &[("number", FluentValue::from(r.number())), ("rung", FluentValue::from(t.t(&r.name_id())))],
        ),
        None => t.t(&position.message_id()),
    }
}

pub fn move_text(t: &crate::i18n::Translator, h: &HistoryPoint) -> String {
    match h.from {
        Some(from) => t.t_args(h.movement.message_id(), &[("from", FluentValue::from(from.number()))]),
        None => t.t(h.movement.message_id()),
    }
}
