//! The offers on the chosen rung, one card each, to pick for the plan; and the offers picked.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::catalogue::{Catalogue, LocalText, Offer};
use crate::domain::ladder::{Ladder, LadderEdit};
use crate::domain::Rung;
use crate::i18n::catalogue_text;
use crate::ui::i18n_context::I18n;

pub(super) fn offers_panel(
    t: &I18n,
    ladder: &Ladder,
    catalogue: &Catalogue,
    selected: Option<Rung>,
    on_select: &Callback<Option<Rung>>,
    edit: &Callback<LadderEdit>,
) -> Html {
    let Some(r) = selected else { return html! { <div id="ladder-offers" hidden=true></div> } };
    let offers: Vec<&Offer> = catalogue.offers_on(r).collect();
    let on_close = on_select.reform(|_: MouseEvent| None);
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
                    for o in offers { { offer_card(t, ladder, catalogue, o, edit) } }
                </ul>
            }
            <button type="button" class="button" onclick={on_close}>
                { t.t("ladder-offers-close") }
            </button>
        </section>
    }
}

fn offer_card(t: &I18n, ladder: &Ladder, catalogue: &Catalogue, offer: &Offer, edit: &Callback<LadderEdit>) -> Html {
    let picked = ladder.picked_offers.iter().find(|p| p.catalogue_id == catalogue.id && p.offer_id == offer.id);
    let pick = LadderEdit::PickOffer {
        catalogue_id: catalogue.id.clone(),
        catalogue_name: catalogue.name.get(crate::domain::Lang::Nl).to_owned(),
        edition: catalogue.edition.clone(),
        offer: Box::new(offer.clone()),
    };
    let on_pick = edit.reform(move |_: MouseEvent| pick.clone());
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
                <button type="button" class="button button-primary" onclick={on_pick}>
                    { t.t("ladder-offer-pick") }
                </button>
            }
        </li>
    }
}

fn unpick(edit: &Callback<LadderEdit>, id: u64) -> Callback<MouseEvent> {
    edit.reform(move |_: MouseEvent| LadderEdit::UnpickOffer(id))
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
