//! One dossier on the home screen: its name and dates, and open, rename and delete.
//! A function of the home page, not a component: every component costs wasm on the first visit.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, UtcOffset};
use crate::ui::callbacks::{close, emit_and_close, send, set};
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::Command;

/// The card of `d`, with dates at `utc_offset`; it shows the rename form when `renaming` holds
/// its id, and asks to confirm a delete by putting its id into `deleting`.
pub(super) fn dossier_card(
    t: &I18n,
    d: &Dossier,
    utc_offset: UtcOffset,
    renaming: &UseStateHandle<Option<DossierId>>,
    deleting: &UseStateHandle<Option<DossierId>>,
    on_command: &Callback<Command>,
) -> Html {
    let created = t.date(utc_offset.date(d.created));
    let updated = t.date(utc_offset.date(d.updated));
    let name_id = format!("dossier-name-{}", d.id);
    let on_rename = emit_and_close(on_command, renaming, {
        let id = d.id.clone();
        move |name: String| Command::Rename(id.clone(), name)
    });

    html! {
        <li class="card dossier-card" key={d.id.0.clone()} data-dossier={d.id.0.clone()}>
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
            if renaming.as_ref() == Some(&d.id) {
                <NameForm id={format!("rename-{}", d.id)} label={t.t("rename-label")}
                    submit_label={t.t("save-button")} initial={d.client_name.clone()}
                    on_submit={on_rename} on_cancel={Some(close(renaming))} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button button-primary" onclick={send(on_command, Command::Open(d.id.clone()))}
                        aria-describedby={name_id.clone()}>{ t.t("open-button") }</button>
                    <button type="button" class="button" onclick={set(renaming, Some(d.id.clone()))}
                        aria-describedby={name_id.clone()}>{ t.t("rename-button") }</button>
                    <button type="button" class="button button-quiet-danger" onclick={set(deleting, Some(d.id.clone()))}
                        aria-describedby={name_id}>{ t.t("delete-button") }</button>
                </div>
            }
        </li>
    }
}
