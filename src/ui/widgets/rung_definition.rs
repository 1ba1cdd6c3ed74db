//! What a rung means, after the definitions of seed 000 (appendix 6): shown wherever a rung is
//! chosen (the ladder's placement form; an evaluation that records a rung). Plain functions, not
//! components, so they cost no wasm of their own.

use yew::prelude::*;

use crate::domain::Rung;
use crate::ui::i18n_context::I18n;

/// The definition of one rung, as a short hint under the choice.
pub fn rung_definition(t: &I18n, rung: Rung, id: &str) -> Html {
    html! { <p class="hint rung-definition" id={id.to_owned()}>{ t.t(&rung.definition_id()) }</p> }
}

/// Every rung with its definition, folded in a details element, highest rung first.
pub fn rung_definitions(t: &I18n) -> Html {
    html! {
        <details class="rung-definitions">
            <summary>{ t.t("ladder-definitions-title") }</summary>
            <dl>
                for rung in Rung::all().collect::<Vec<_>>().into_iter().rev() {
                    <dt>{ format!("{} · {}", rung.number(), t.t(&rung.name_id())) }</dt>
                    <dd>{ t.t(&rung.definition_id()) }</dd>
                }
            </dl>
        </details>
    }
}
