//! One dossier on the home screen: its name and dates, and open, rename and delete.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, UtcOffset};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::Command;

#[derive(Properties, PartialEq)]
pub(super) struct DossierCardProps {
    pub dossier: Rc<Dossier>,
    pub utc_offset: UtcOffset,
    /// This card shows the rename form.
    pub renaming: bool,
    /// Opens the rename form on a card (`Some`), or closes it (`None`).
    pub on_renaming: Callback<Option<DossierId>>,
    /// Asks to confirm deleting a dossier.
    pub on_delete: Callback<DossierId>,
    pub on_command: Callback<Command>,
}

#[component]
pub(super) fn DossierCard(props: &DossierCardProps) -> Html {
    let t = use_i18n();
    let d = &props.dossier;
    let created = t.date(props.utc_offset.date(d.created));
    let updated = t.date(props.utc_offset.date(d.updated));
    let name_id = format!("dossier-name-{}", d.id);
    let on_rename = {
        let (on_command, on_renaming, id) = (props.on_command.clone(), props.on_renaming.clone(), d.id.clone());
        Callback::from(move |name: String| {
            on_command.emit(Command::Rename(id.clone(), name));
            on_renaming.emit(None);
        })
    };

    html! {
        <li class="card dossier-card" data-dossier={d.id.0.clone()}>
            <h2 class="dossier-name" id={name_id.clone()}><bdi>{ &d.client_name }</bdi></h2>
            if d.is_example {
                <p class="example-badge">{ t.t("plan-example-badge") }</p>
            }
            <p class="dates">
                <span>{ t.t_args("dossier-created-on", &[("date", FluentValue::from(created))]) }</span>
                if d.updated != d.created {
                    <span>{ t.t_args("dossier-updated-on", &[("date", FluentValue::from(updated))]) }</span>
                }
            </p>
            if props.renaming {
                <NameForm id={format!("rename-{}", d.id)} label={t.t("rename-label")}
                    submit_label={t.t("save-button")} initial={d.client_name.clone()}
                    on_submit={on_rename} on_cancel={Some(props.on_renaming.reform(|_| None))} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button button-primary" onclick={props.on_command.reform(click(Command::Open(d.id.clone())))}
                        aria-describedby={name_id.clone()}>{ t.t("open-button") }</button>
                    <button type="button" class="button" onclick={props.on_renaming.reform(click(Some(d.id.clone())))}
                        aria-describedby={name_id.clone()}>{ t.t("rename-button") }</button>
                    <button type="button" class="button button-quiet-danger" onclick={props.on_delete.reform(click(d.id.clone()))}
                        aria-describedby={name_id}>{ t.t("delete-button") }</button>
                </div>
            }
        </li>
    }
}

/// A click handler that hands on `value`.
fn click<T: Clone + 'static>(value: T) -> impl Fn(MouseEvent) -> T {
    move |_| value.clone()
}
