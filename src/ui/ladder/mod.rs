//! The ladder view of a dossier: the six rungs (rung 6 on top, also in right-to-left languages),
//! where the person stands and their goal, the offers on a rung, the placements and their history,
//! the offers chosen for the plan, and the catalogue in use.

// Public for the SSR tests: they check the loader's problem messages (`problem_text`).
pub mod catalogue_loader;
mod history;
mod placement_form;

use fluent_bundle::FluentValue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::catalogue::{Catalogue, LocalText, Offer};
use crate::domain::ladder::{LadderEdit, PlacementDraft};
use crate::domain::{Dossier, DossierEdit, Rung};
use crate::i18n::catalogue_text;
use crate::state::{CatalogueChoice, Command};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use catalogue_loader::CatalogueLoader;
use history::LadderHistory;
use placement_form::PlacementForm;

/// Height of one rung row, in SVG units (the buttons beside it have the same height in CSS).
const ROW: f64 = 64.0;

#[derive(Properties, PartialEq)]
pub struct LadderPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    /// The rung whose offers are open at first (for tests and deep links).
    #[prop_or_default]
    pub open_rung: Option<Rung>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn LadderPage(props: &LadderPageProps) -> Html {
    let t = use_i18n();
    let d = &props.dossier;
    let ladder = &d.ladder;
    let selected = use_state(|| props.open_rung);
    let editing = use_state(|| None::<u64>);
    let deleting = use_state(|| None::<u64>);
    let catalogue: &Catalogue = props.catalogue.current();
    let name = FluentValue::from(d.client_name.as_str());

    let edit = {
        let id = d.id.clone();
        let on_command = props.on_command.clone();
        move |edit: LadderEdit| on_command.emit(Command::Edit(id.clone(), DossierEdit::Ladder(edit)))
    };
    let edit_cb = |f: fn(PlacementDraft) -> LadderEdit| {
        let edit = edit.clone();
        Callback::from(move |draft: PlacementDraft| edit(f(draft)))
    };

    let current = ladder.current();
    let current_rung = ladder.current_rung();
    let now_text = match current {
        None => t.t("ladder-now-none"),
        Some(p) => match p.draft.position.rung() {
            Some(r) => t.t_args(
                "ladder-now-rung",
                &[("number", FluentValue::from(r.number())), ("rung", FluentValue::from(t.t(&r.name_id())))],
            ),
            None => {
                t.t_args("ladder-now-status", &[("status", FluentValue::from(t.t(&p.draft.position.message_id())))])
            }
        },
    };

    let on_target = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            edit(LadderEdit::SetTarget(value.parse().ok().and_then(Rung::new)));
        })
    };

    // The ladder drawing: rails, six rungs, the climbed part, "now" and the goal.
    let y_of = |r: Rung| (6.0 - f64::from(r.number())) * ROW + ROW / 2.0;
    let height = 6.0 * ROW;
    let drawing = html! {
        <svg class="ladder-svg" viewBox={format!("0 0 96 {height}")} aria-hidden="true" focusable="false">
            <line class="ladder-rail" x1="20" y1="4" x2="20" y2={format!("{}", height - 4.0)} />
            <line class="ladder-rail" x1="76" y1="4" x2="76" y2={format!("{}", height - 4.0)} />
            for r in Rung::all() {
                <line class={classes!("ladder-step",
                        current_rung.is_some_and(|c| r <= c).then_some("ladder-step-climbed"),
                        (Some(r) == *selected).then_some("ladder-step-selected"))}
                    x1="20" x2="76" y1={format!("{}", y_of(r))} y2={format!("{}", y_of(r))} />
            }
            if let Some(target) = ladder.target {
                <path class="ladder-flag" d={format!("M 80 {y} v -26 l 14 6 l -14 6", y = y_of(target) - 4.0)} />
            }
            if let Some(c) = current_rung {
                <circle class="ladder-now" cx="48" cy={format!("{}", y_of(c) - 12.0)} r="9" />
            }
        </svg>
    };

    let rung_buttons = html! {
        <ul class="ladder-rungs" aria-label={t.t("ladder-rungs-label")}>
            for r in Rung::all().collect::<Vec<_>>().into_iter().rev() {
                <li key={r.number()}>
                    <button type="button" id={format!("rung-button-{}", r.number())}
                        class={classes!("rung-button",
                            (Some(r) == current_rung).then_some("rung-now"),
                            (Some(r) == ladder.target).then_some("rung-target"),
                            (Some(r) == *selected).then_some("rung-selected"))}
                        aria-expanded={if Some(r) == *selected { "true" } else { "false" }}
                        aria-controls="ladder-offers"
                        onclick={{ let selected = selected.clone(); move |_: MouseEvent| {
                            selected.set(if *selected == Some(r) { None } else { Some(r) })
                        } }}>
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
        </ul>
    };

    let offer_card = |offer: &Offer| {
        let picked = ladder.picked_offers.iter().find(|p| p.catalogue_id == catalogue.id && p.offer_id == offer.id);
        let on_pick = {
            let edit = edit.clone();
            let pick = LadderEdit::PickOffer {
                catalogue_id: catalogue.id.clone(),
                edition: catalogue.edition.clone(),
                offer: offer.clone(),
            };
            Callback::from(move |_: MouseEvent| edit(pick.clone()))
        };
        let text = |field: &str, text: &LocalText| catalogue_text(&t, &catalogue.id, &offer.id, field, text);
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
                    <button type="button" class="button" onclick={{ let edit = edit.clone(); let id = p.id;
                        move |_: MouseEvent| edit(LadderEdit::UnpickOffer(id)) }}>
                        { t.t("ladder-offer-unpick") }
                    </button>
                } else {
                    <button type="button" class="button button-primary" onclick={on_pick}>
                        { t.t("ladder-offer-pick") }
                    </button>
                }
            </li>
        }
    };

    let offers_panel = match *selected {
        Some(r) => {
            let offers: Vec<&Offer> = catalogue.offers_on(r).collect();
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
                            for o in offers { { offer_card(o) } }
                        </ul>
                    }
                    <button type="button" class="button" onclick={{ let selected = selected.clone();
                        move |_: MouseEvent| selected.set(None) }}>
                        { t.t("ladder-offers-close") }
                    </button>
                </section>
            }
        }
        None => html! { <div id="ladder-offers" hidden=true></div> },
    };

    let editing_draft = editing.and_then(|id| ladder.placements().iter().find(|p| p.id == id)).map(|p| p.draft.clone());
    let form = match (*editing, editing_draft) {
        (Some(id), Some(draft)) => {
            let editing_handle = editing.clone();
            let edit = edit.clone();
            html! {
                <PlacementForm key={format!("edit-{id}")} id="placement-edit" title={t.t("ladder-edit-title")}
                    initial={Some(draft)}
                    on_submit={Callback::from(move |draft: PlacementDraft| {
                        edit(LadderEdit::UpdatePlacement(id, draft));
                        editing_handle.set(None);
                    })}
                    on_cancel={Some({ let editing = editing.clone(); Callback::from(move |_| editing.set(None)) })} />
            }
        }
        _ => html! {
            <PlacementForm key="add" id="placement-add" title={t.t("ladder-add-title")}
                on_submit={edit_cb(LadderEdit::AddPlacement)} />
        },
    };

    let delete_dialog = deleting.and_then(|id| ladder.placements().iter().find(|p| p.id == id)).map(|p| {
        let id = p.id;
        let deleting_close = deleting.clone();
        let deleting_done = deleting.clone();
        let edit = edit.clone();
        html! {
            <ConfirmDialog
                title={t.t("ladder-confirm-delete-title")}
                body={t.t_args("ladder-confirm-delete-body", &[("date", FluentValue::from(t.date(p.draft.date)))])}
                confirm_label={t.t("ladder-confirm-delete-yes")}
                on_confirm={Callback::from(move |_| { edit(LadderEdit::DeletePlacement(id)); deleting_done.set(None); })}
                on_cancel={Callback::from(move |_| deleting_close.set(None))} />
        }
    });

    html! {
        <div class="ladder-page">
            <section class="card" aria-labelledby="ladder-title">
                <h2 id="ladder-title">{ t.t("ladder-title") }</h2>
                <p class="lead">{ t.t_args("ladder-intro", &[("name", name.clone())]) }</p>
                <p class="ladder-now-text"><strong>{ now_text }</strong>
                    if current.is_some_and(|p| p.draft.language_course) {
                        { " " }{ t.t("ladder-language-course-beside") }
                    }
                </p>
                <div class="field">
                    <label for="ladder-target" class="label">{ t.t_args("ladder-target-label", &[("name", name.clone())]) }</label>
                    <p class="hint" id="ladder-target-hint">{ t.t("ladder-target-hint") }</p>
                    <select id="ladder-target" aria-describedby="ladder-target-hint" onchange={on_target}>
                        <option value="" selected={ladder.target.is_none()}>{ t.t("ladder-target-none") }</option>
                        for r in Rung::all() {
                            <option value={r.number().to_string()} selected={ladder.target == Some(r)}>
                                { format!("{} · {}", r.number(), t.t(&r.name_id())) }
                            </option>
                        }
                    </select>
                </div>
                if ladder.target_reached() {
                    <p class="ladder-success">{ t.t_args("ladder-target-reached", &[("name", name.clone())]) }</p>
                }
                if ladder.target == Rung::new(4) {
                    <p class="ladder-note">{ t.t("ladder-target-four") }</p>
                }
                <div class="ladder-layout">
                    <div class="ladder-visual">
                        { drawing }
                        { rung_buttons }
                    </div>
                    { offers_panel }
                </div>
            </section>

            <section class="card" aria-labelledby="picked-title">
                <h2 id="picked-title">{ t.t("ladder-picked-title") }</h2>
                if ladder.picked_offers.is_empty() {
                    <p class="lead">{ t.t("ladder-picked-none") }</p>
                } else {
                    <ul class="picked-list">
                        for p in ladder.picked_offers.iter() {
                            <li key={p.id}>
                                <span class="picked-name">{ catalogue_text(&t, &p.catalogue_id, &p.offer_id, "name", &p.name) }</span>
                                <span class="picked-meta">
                                    { format!("{} · ", catalogue_text(&t, &p.catalogue_id, &p.offer_id, "provider", &p.provider)) }
                                    { t.t_args("ladder-picked-from", &[
                                        ("number", FluentValue::from(p.rung.number())),
                                        ("catalogue", FluentValue::from(p.catalogue_id.as_str())),
                                        ("edition", FluentValue::from(p.edition.as_str())),
                                    ]) }
                                </span>
                                <button type="button" class="button"
                                    onclick={{ let edit = edit.clone(); let id = p.id;
                                        move |_: MouseEvent| edit(LadderEdit::UnpickOffer(id)) }}>
                                    { t.t("ladder-offer-unpick") }
                                </button>
                            </li>
                        }
                    </ul>
                }
            </section>

            <section class="card" aria-labelledby="placements-title">
                <h2 id="placements-title">{ t.t("ladder-placements-title") }</h2>
                { form }
            </section>

            <section class="card" aria-labelledby="history-title">
                <h2 id="history-title">{ t.t("ladder-history-title") }</h2>
                <LadderHistory ladder={ladder.clone()}
                    on_edit={{ let editing = editing.clone(); Callback::from(move |id| editing.set(Some(id))) }}
                    on_delete={{ let deleting = deleting.clone(); Callback::from(move |id| deleting.set(Some(id))) }} />
            </section>

            <CatalogueLoader catalogue={props.catalogue.clone()}
                on_load={props.on_command.reform(Command::LoadCatalogue)}
                on_reset={props.on_command.reform(|_| Command::ResetCatalogue)} />

            { delete_dialog.unwrap_or_default() }
        </div>
    }
}
