//! The ladder view of a dossier: the six rungs (rung 6 on top, also in right-to-left languages),
//! where the person stands and their goal, the offers on a rung, the placements and their history,
//! the offers chosen for the plan, and the catalogue in use.

// Public for the SSR tests: they check the loader's problem messages (`problem_text`).
pub mod catalogue_loader;
mod history;
pub(crate) use history::{move_text, position_text};
mod offers;
mod placement_form;
mod rungs;

use fluent_bundle::FluentValue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::ladder::{Ladder, LadderEdit, PlacementDraft, Position};
use crate::domain::{Dossier, DossierEdit, Rung};
use crate::state::CatalogueChoice;
use crate::ui::callbacks::{close, set_some};
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::Command;
use catalogue_loader::{catalogue_loader, CatalogueLoaderProps};
use history::{ladder_history, LadderHistoryProps};
use offers::{offers_panel, picked_offers};
use placement_form::{exemption_text, PlacementForm};
use rungs::{drawing, rung_buttons};

#[derive(Properties, PartialEq)]
pub struct LadderPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    /// The rung whose offers are open (app state, see `state::Focus`).
    #[prop_or_default]
    pub rung: Option<Rung>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn LadderPage(props: &LadderPageProps) -> Html {
    let t = use_i18n();
    let d = &props.dossier;
    let ladder = &d.ladder;
    let on_select = props.on_command.reform(Command::ShowRung);
    let editing = use_state(|| None::<u64>);
    let deleting = use_state(|| None::<u64>);
    let edit = {
        let id = d.id.clone();
        props.on_command.reform(move |edit: LadderEdit| Command::Edit(id.clone(), DossierEdit::Ladder(edit)))
    };

    html! {
        <div class="ladder-page">
            { where_and_goal(&t, d, props.catalogue.current(), (props.rung, &on_select), &edit) }
            { picked_offers(&t, ladder, &edit) }

            <section class="card" aria-labelledby="placements-title">
                <h2 id="placements-title">{ t.t("ladder-placements-title") }</h2>
                { placement_form(&t, d, &editing, &edit) }
            </section>

            <section class="card" aria-labelledby="history-title">
                <h2 id="history-title">{ t.t("ladder-history-title") }</h2>
                { ladder_history(&t, &LadderHistoryProps {
                    ladder,
                    on_edit: set_some(&editing),
                    on_delete: set_some(&deleting),
                }) }
            </section>

            { catalogue_loader(&t, &CatalogueLoaderProps {
                catalogue: &props.catalogue,
                on_load: props.on_command.reform(Command::LoadCatalogueFile),
                on_reset: props.on_command.reform(|_| Command::ResetCatalogue),
            }) }

            { delete_dialog(&t, ladder, &deleting, &edit) }
        </div>
    }
}

/// Where the person stands now, their goal, and the ladder with the offers on the chosen rung.
fn where_and_goal(
    t: &I18n,
    d: &Dossier,
    catalogue: &Catalogue,
    (selected, on_select): (Option<Rung>, &Callback<Option<Rung>>),
    edit: &Callback<LadderEdit>,
) -> Html {
    let ladder = &d.ladder;
    let name = FluentValue::from(d.client_name.as_str());
    html! {
        <section class="card" aria-labelledby="ladder-title">
            <h2 id="ladder-title">{ t.t("ladder-title") }</h2>
            <p class="lead">{ t.t_args("ladder-intro", &[("name", name.clone())]) }</p>
            <p class="ladder-now-text"><strong>{ now_text(t, ladder) }</strong>
                if ladder.current().is_some_and(|p| p.draft.language_course) {
                    { " " }{ t.t("ladder-language-course-beside") }
                }
            </p>
            if ladder.current().is_some_and(|p| p.draft.position == Position::Exempted) {
                <p class="hint" id="ladder-exemption">{ exemption_text(t, d.plan.exemption.as_ref()) }</p>
            }
            { target_field(t, ladder, &d.client_name, edit) }
            if ladder.target_reached() {
                <p class="ladder-success">{ t.t_args("ladder-target-reached", &[("name", name)]) }</p>
            }
            if ladder.target == Rung::new(4) {
                <p class="ladder-note">{ t.t("ladder-target-four") }</p>
            }
            <div class="ladder-layout">
                <div class="ladder-visual">
                    { drawing(ladder, selected) }
                    { rung_buttons(t, ladder, catalogue, selected, on_select) }
                </div>
                { offers_panel(t, d, catalogue, selected, on_select, edit) }
            </div>
        </section>
    }
}

fn now_text(t: &I18n, ladder: &Ladder) -> String {
    match ladder.current() {
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
    }
}

fn target_field(t: &I18n, ladder: &Ladder, client_name: &str, edit: &Callback<LadderEdit>) -> Html {
    let on_target = edit.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        LadderEdit::SetTarget(value.parse().ok().and_then(Rung::new))
    });
    html! {
        <div class="field">
            <label for="ladder-target" class="label">{ t.t_args("ladder-target-label", &[("name", FluentValue::from(client_name))]) }</label>
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
    }
}

/// The form for a new placement, or for the one being changed.
fn placement_form(t: &I18n, d: &Dossier, editing: &UseStateHandle<Option<u64>>, edit: &Callback<LadderEdit>) -> Html {
    let (ladder, exemption) = (&d.ladder, d.plan.exemption.clone());
    let draft = editing.and_then(|id| ladder.placements().iter().find(|p| p.id == id)).map(|p| p.draft.clone());
    match (**editing, draft) {
        (Some(id), Some(draft)) => {
            let (editing_handle, edit) = (editing.clone(), edit.clone());
            let on_submit = Callback::from(move |draft: PlacementDraft| {
                edit.emit(LadderEdit::UpdatePlacement(id, draft));
                editing_handle.set(None);
            });
            html! {
                <PlacementForm key={format!("edit-{id}")} id="placement-edit" title={t.t("ladder-edit-title")}
                    initial={Some(draft)} {on_submit} on_cancel={Some(close(editing))} {exemption} />
            }
        }
        _ => html! {
            <PlacementForm key="add" id="placement-add" title={t.t("ladder-add-title")}
                on_submit={edit.reform(LadderEdit::AddPlacement)} {exemption} />
        },
    }
}

fn delete_dialog(
    t: &I18n,
    ladder: &Ladder,
    deleting: &UseStateHandle<Option<u64>>,
    edit: &Callback<LadderEdit>,
) -> Html {
    let Some(p) = deleting.and_then(|id| ladder.placements().iter().find(|p| p.id == id)) else {
        return Html::default();
    };
    let (id, deleting_done, edit) = (p.id, deleting.clone(), edit.clone());
    let on_confirm = Callback::from(move |_| {
        edit.emit(LadderEdit::DeletePlacement(id));
        deleting_done.set(None);
    });
    html! {
        <ConfirmDialog
            title={t.t("ladder-confirm-delete-title")}
            body={t.t_args("ladder-confirm-delete-body", &[("date", FluentValue::from(t.date(p.draft.date)))])}
            confirm_label={t.t("ladder-confirm-delete-yes")}
            {on_confirm} on_cancel={close(deleting)} />
    }
}
