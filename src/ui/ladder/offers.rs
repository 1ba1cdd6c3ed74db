//! The offers on the chosen rung, one card each, to pick for the plan; and the offers picked.

use fluent_bundle::FluentValue;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::catalogue::{Catalogue, LocalText, Offer};
use crate::domain::ladder::{Ladder, LadderEdit, PickCarrier};
use crate::domain::{Dossier, Rung};
use crate::i18n::catalogue_text;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

pub(super) fn offers_panel(
    t: &I18n,
    d: &Dossier,
    catalogue: &Catalogue,
    selected: Option<Rung>,
    on_select: &Callback<Option<Rung>>,
    edit: &Callback<LadderEdit>,
) -> Html {
    let Some(r) = selected else { return html! { <div id="ladder-offers" hidden=true></div> } };
    let offers: Vec<&Offer> = catalogue.offers_on(r).collect();
    let on_close = send(on_select, None);
    html! {
        <section id="ladder-offers" class="ladder-offers" aria-labelledby="ladder-offers-title">
            <h3 id="ladder-offers-title">
                { t.t_args("ladder-offers-title", &[
                    ("number", FluentValue::from(r.number())),
                    ("rung", FluentValue::from(t.t(&r.name_id()))),
                ]) }
            </h3>
            if offers.is_empty() {
                <p>{ t.t("ladder-offers-none") }</p>
            } else {
                <ul class="offer-list">
                    for o in offers { { offer_card(t, d, catalogue, o, edit) } }
                </ul>
            }
            <button type="button" class="button" onclick={on_close}>
                { t.t("ladder-offers-close") }
            </button>
        </section>
    }
}

fn offer_card(t: &I18n, d: &Dossier, catalogue: &Catalogue, offer: &Offer, edit: &Callback<LadderEdit>) -> Html {
    let picked = d.ladder.picked_offers.iter().find(|p| p.catalogue_id == catalogue.id && p.offer_id == offer.id);
    let pick = LadderEdit::PickOffer {
        catalogue_id: catalogue.id.clone(),
        catalogue_name: catalogue.name.get(crate::domain::Lang::Nl).to_owned(),
        edition: catalogue.edition.clone(),
        offer: Box::new(offer.clone()),
        carrier: PickCarrier::default_for(offer.carried_by),
    };
    // The carrier is read from the card's select when the button is pressed (no state per card).
    let on_pick = edit.reform(move |e: MouseEvent| match pick.clone() {
        LadderEdit::PickOffer { carrier, catalogue_id, catalogue_name, edition, offer } => LadderEdit::PickOffer {
            carrier: chosen_carrier(&e).unwrap_or(carrier),
            catalogue_id,
            catalogue_name,
            edition,
            offer,
        },
        other => other,
    });
    let text = |field: &str, text: &LocalText| catalogue_text(t, &catalogue.id, &offer.id, field, text);
    let detail = |label: &str, field: &str, value: &Option<LocalText>| match value {
        Some(value) => html! { <><dt>{ t.t(label) }</dt><dd>{ text(field, value) }</dd></> },
        None => html! {},
    };
    let title_id = format!("offer-{}", offer.id);
    html! {
        <li class="offer-card" key={offer.id.clone()} aria-labelledby={title_id.clone()}>
            <h4 id={title_id}>{ text("name", &offer.name) }</h4>
            <p class="offer-provider">{ t.t("ladder-offer-provider") }{ " " }{ text("provider", &offer.provider) }</p>
            <p>{ text("description", &offer.description) }</p>
            <dl class="offer-facts">
                { detail("ladder-offer-duration", "duration", &offer.duration) }
                { detail("ladder-offer-allowance", "allowance", &offer.allowance) }
                { detail("ladder-offer-conditions", "conditions", &offer.conditions) }
            </dl>
            if let Some(p) = picked {
                <p class="offer-picked"><span aria-hidden="true">{ "✓ " }</span>{ t.t("ladder-offer-picked") }</p>
                <button type="button" class="button" onclick={unpick(edit, p.id)}>
                    { t.t("ladder-offer-unpick") }
                </button>
            } else {
                { carrier_field(t, d, &catalogue.id, offer) }
                <button type="button" class="button button-primary" onclick={on_pick}>
                    { t.t("ladder-offer-pick") }
                </button>
            }
        </li>
    }
}

/// Who carries the action once picked: the client, the OCMW, a partner already in the plan, or
/// the offer's provider; what the offer's data says is preselected.
fn carrier_field(t: &I18n, d: &Dossier, catalogue_id: &str, offer: &Offer) -> Html {
    let id = format!("offer-carrier-{}", offer.id);
    let preselected = PickCarrier::default_for(offer.carried_by);
    let provider = catalogue_text(t, catalogue_id, &offer.id, "provider", &offer.provider);
    let mut choices = vec![
        (PickCarrier::Client, t.t("plan-owner-client")),
        (PickCarrier::Ocmw, t.t("plan-owner-ocmw")),
        (PickCarrier::Provider, format!("{provider} · {}", t.t("plan-owner-third"))),
    ];
    let named = d.plan.third_parties.iter().filter(|p| !p.name.trim().is_empty());
    choices.extend(named.map(|p| (PickCarrier::ThirdParty(p.id), format!("{} · {}", p.name, t.t("plan-owner-third")))));
    html! {
        <div class="field offer-carrier">
            <label for={id.clone()}>{ t.t("plan-action-owner") }</label>
            <select id={id} class="offer-carrier-select">
                for (c, label) in choices {
                    <option value={c.slug()} selected={c == preselected}>{ label }</option>
                }
            </select>
        </div>
    }
}

/// The carrier chosen in the card of the button that was pressed.
fn chosen_carrier(e: &MouseEvent) -> Option<PickCarrier> {
    let button: web_sys::Element = e.target_unchecked_into();
    let select = button.parent_element()?.query_selector(".offer-carrier-select").ok()??;
    PickCarrier::from_slug(&select.unchecked_into::<web_sys::HtmlSelectElement>().value())
}

fn unpick(edit: &Callback<LadderEdit>, id: u64) -> Callback<MouseEvent> {
    send(edit, LadderEdit::UnpickOffer(id))
}

pub(super) fn picked_offers(t: &I18n, ladder: &Ladder, edit: &Callback<LadderEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="picked-title">
            <h2 id="picked-title">{ t.t("ladder-picked-title") }</h2>
            if ladder.picked_offers.is_empty() {
                <p class="lead">{ t.t("ladder-picked-none") }</p>
            } else {
                <ul class="picked-list">
                    for p in ladder.picked_offers.iter() {
                        <li key={p.id}>
                            <span class="picked-name">{ catalogue_text(t, &p.catalogue_id, &p.offer_id, "name", &p.name) }</span>
                            <span class="picked-meta">
                                { format!("{} · ", catalogue_text(t, &p.catalogue_id, &p.offer_id, "provider", &p.provider)) }
                                { t.t_args("ladder-picked-from", &[
                                    ("number", FluentValue::from(p.rung.number())),
                                    ("catalogue", FluentValue::from(if p.catalogue_name.is_empty() { p.catalogue_id.as_str() } else { p.catalogue_name.as_str() })),
                                    ("edition", FluentValue::from(p.edition.as_str())),
                                ]) }
                            </span>
                            <button type="button" class="button" onclick={unpick(edit, p.id)}>
                                { t.t("ladder-offer-unpick") }
                            </button>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
