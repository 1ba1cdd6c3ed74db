//! The ladder itself: the drawing (rails, six rungs, the climbed part, "now" and the goal) and one
//! button per rung, rung 6 on top, that opens the offers on that rung.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::ladder::Ladder;
use crate::domain::Rung;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

/// Height of one rung row, in SVG units (the buttons beside it have the same height in CSS).
const ROW: f64 = 64.0;

pub(super) fn drawing(ladder: &Ladder, selected: Option<Rung>) -> Html {
    let current_rung = ladder.current_rung();
    let y_of = |r: Rung| (6.0 - f64::from(r.number())) * ROW + ROW / 2.0;
    let height = 6.0 * ROW;
    html! {
        <svg class="ladder-svg" viewBox={format!("0 0 96 {height}")} aria-hidden="true" focusable="false">
            <line class="ladder-rail" x1="20" y1="4" x2="20" y2={format!("{}", height - 4.0)} />
            <line class="ladder-rail" x1="76" y1="4" x2="76" y2={format!("{}", height - 4.0)} />
            for r in Rung::all() {
                <line class={classes!("ladder-step",
                        current_rung.is_some_and(|c| r <= c).then_some("ladder-step-climbed"),
                        (Some(r) == selected).then_some("ladder-step-selected"))}
                    x1="20" x2="76" y1={format!("{}", y_of(r))} y2={format!("{}", y_of(r))} />
            }
            if let Some(target) = ladder.target {
                <path class="ladder-flag" d={format!("M 80 {y} v -26 l 14 6 l -14 6", y = y_of(target) - 4.0)} />
            }
            if let Some(c) = current_rung {
                <circle class="ladder-now" cx="48" cy={format!("{}", y_of(c) - 12.0)} r="9" />
            }
        </svg>
    }
}

pub(super) fn rung_buttons(
    t: &I18n,
    ladder: &Ladder,
    catalogue: &Catalogue,
    selected: Option<Rung>,
    on_select: &Callback<Option<Rung>>,
) -> Html {
    html! {
        <ul class="ladder-rungs" aria-label={t.t("ladder-rungs-label")}>
            for r in Rung::all().collect::<Vec<_>>().into_iter().rev() {
                { rung_button(t, ladder, catalogue, selected, on_select, r) }
            }
        </ul>
    }
}

fn rung_button(
    t: &I18n,
    ladder: &Ladder,
    catalogue: &Catalogue,
    selected: Option<Rung>,
    on_select: &Callback<Option<Rung>>,
    r: Rung,
) -> Html {
    let current_rung = ladder.current_rung();
    let is_selected = Some(r) == selected;
    // A second tap on the open rung closes its offers.
    let on_toggle = send(on_select, (!is_selected).then_some(r));
    html! {
        <li key={r.number()}>
            <button type="button" id={format!("rung-button-{}", r.number())}
                class={classes!("rung-button",
                    (Some(r) == current_rung).then_some("rung-now"),
                    (Some(r) == ladder.target).then_some("rung-target"),
                    is_selected.then_some("rung-selected"))}
                aria-expanded={if is_selected { "true" } else { "false" }}
                aria-controls="ladder-offers"
                onclick={on_toggle}>
                <span class="rung-number" aria-hidden="true">{ r.number() }</span>
                <span class="rung-label">
                    <span class="rung-name">
                        { t.t_args("ladder-rung-button", &[
                            ("number", FluentValue::from(r.number())),
                            ("rung", FluentValue::from(t.t(&r.name_id()))),
                        ]) }
                    </span>
                    <span class="rung-count">
                        { t.t_args("ladder-offer-count", &[("count", FluentValue::from(catalogue.offers_on(r).count()))]) }
                    </span>
                </span>
                if Some(r) == current_rung {
                    <span class="badge badge-now">{ t.t("ladder-badge-now") }</span>
                }
                if Some(r) == ladder.target {
                    <span class="badge badge-target">{ t.t("ladder-badge-target") }</span>
                }
            </button>
        </li>
    }
}
