//! Home: the dossiers on this device, newest first; create, rename, delete.

mod import_report;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, UtcOffset};
use crate::state::{ImportOutcome, PendingImport};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::file_choice::on_file_chosen;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::widgets::passphrase_dialog::PassphraseDialog;
use crate::ui::Command;
use import_report::ImportReport;

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub dossiers: Vec<std::rc::Rc<Dossier>>,
    /// False until storage has been read: the list is not shown as empty before that.
    pub loaded: bool,
    /// Minutes east of UTC, to show local dates.
    #[prop_or_default]
    pub utc_offset: UtcOffset,
    #[prop_or_default]
    pub import_outcome: Option<ImportOutcome>,
    #[prop_or_default]
    pub pending_import: Option<PendingImport>,
    #[prop_or_default]
    pub locked: Vec<DossierId>,
    #[prop_or_default]
    pub unlock_error: Option<(DossierId, &'static str)>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let t = use_i18n();
    let renaming = use_state(|| None::<DossierId>);
    let deleting = use_state(|| None::<DossierId>);
    let wiping = use_state(|| false);
    let unlocking = use_state(|| None::<DossierId>);
    let count = props.dossiers.len();

    let on_create = props.on_command.reform(Command::Create);

    let dialog = deleting.as_ref().and_then(|id| props.dossiers.iter().find(|d| &d.id == id)).map(|d| {
        let on_confirm = {
            let deleting = deleting.clone();
            let on_command = props.on_command.clone();
            let id = d.id.clone();
            Callback::from(move |_| {
                on_command.emit(Command::Delete(id.clone()));
                deleting.set(None);
            })
        };
        let on_cancel = {
            let deleting = deleting.clone();
            Callback::from(move |_| deleting.set(None))
        };
        html! {
            <ConfirmDialog
                title={t.t("confirm-delete-title")}
                body={t.t_args("confirm-delete-body", &[("name", FluentValue::from(d.client_name.as_str()))])}
                confirm_label={t.t("confirm-delete-yes")}
                {on_confirm} {on_cancel} />
        }
    });

    let on_import = on_file_chosen(props.on_command.reform(Command::ImportFile));
    let wipe_dialog = (*wiping).then(|| {
        let close = { let wiping = wiping.clone(); Callback::from(move |_| wiping.set(false)) };
        let on_confirm = { let wiping = wiping.clone(); let on_command = props.on_command.clone();
            Callback::from(move |_| { on_command.emit(Command::WipeAll); wiping.set(false); }) };
        html! {
            <ConfirmDialog title={t.t("wipe-title")}
                body={t.t_args("wipe-body", &[("count", FluentValue::from(count + props.locked.len()))])}
                confirm_label={t.t("wipe-confirm")} {on_confirm} on_cancel={close}>
                <ul class="wipe-list">
                    for d in props.dossiers.iter() {
                        <li>
                            <bdi>{ &d.client_name }</bdi>
                            <button type="button" class="button"
                                onclick={props.on_command.reform({ let id = d.id.clone(); move |_: MouseEvent| Command::Export(id.clone(), None) })}>
                                { t.t("export-button") }
                            </button>
                        </li>
                    }
                </ul>
            </ConfirmDialog>
        }
    });

    html! {
        <div class="page home-page">
            <h1>{ t.t("home-title") }</h1>
            if props.loaded {
                <p class="lead" role="status">
                    { t.t_args("home-count", &[("count", FluentValue::from(count))]) }
                </p>
            }
            <section class="card new-dossier" aria-labelledby="new-dossier-title">
                <h2 id="new-dossier-title">{ t.t("new-dossier-title") }</h2>
                if props.loaded && count == 0 {
                    <p>{ t.t("home-empty-hint") }</p>
                }
                <NameForm id="new-dossier" label={t.t("new-dossier-name-label")}
                    hint={Some(AttrValue::from(t.t("new-dossier-name-hint")))}
                    submit_label={t.t("new-dossier-button")} on_submit={on_create} clear_on_submit=true />
            </section>
            if !props.locked.is_empty() {
                <ul class="dossier-list locked-list">
                    for (n, id) in props.locked.iter().enumerate() {
                        <li class="card dossier-card locked-card" key={id.0.clone()}>
                            <h2 class="dossier-name" id={format!("locked-{}", id)}>
                                <svg class="lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />
                                </svg>
                                { t.t_args("locked-dossier-name", &[("number", FluentValue::from(n + 1))]) }
                            </h2>
                            <p class="dates">{ t.t("locked-dossier-hint") }</p>
                            <div class="card-actions">
                                <button type="button" class="button button-primary" aria-describedby={format!("locked-{}", id)}
                                    onclick={{ let (unlocking, id, on_command) = (unlocking.clone(), id.clone(), props.on_command.clone());
                                        Callback::from(move |_: MouseEvent| { on_command.emit(Command::DismissUnlockError); unlocking.set(Some(id.clone())) }) }}>
                                    { t.t("unlock-button") }
                                </button>
                            </div>
                        </li>
                    }
                </ul>
            }
            if let Some(id) = (*unlocking).clone().filter(|id| props.locked.contains(id)) {
                <PassphraseDialog id="unlock-passphrase" title={t.t("unlock-title")} intro={t.t("unlock-intro")}
                    confirm_label={t.t("unlock-button")}
                    error={props.unlock_error.as_ref().filter(|(e, _)| e == &id).map(|(_, m)| AttrValue::from(t.t(m)))}
                    on_submit={props.on_command.reform({ let id = id.clone(); move |p: Option<String>| Command::Unlock(id.clone(), p.unwrap_or_default()) })}
                    on_cancel={{ let unlocking = unlocking.clone(); Callback::from(move |_| unlocking.set(None)) }} />
            }
            if let Some(outcome) = &props.import_outcome {
                <ImportReport outcome={outcome.clone()} />
            }
            <section class="card example-card" aria-labelledby="example-title">
                <h2 id="example-title">{ t.t("plan-example-title") }</h2>
                <p>{ t.t("plan-example-text") }</p>
                <button type="button" class="button" id="open-example"
                    onclick={props.on_command.reform(|_: MouseEvent| Command::OpenExample)}>
                    { t.t("plan-example-button") }
                </button>
            </section>
            if count > 0 {
                <ul class="dossier-list">
                    for d in props.dossiers.iter() {
                        { dossier_card(d, &t, props, &renaming, &deleting) }
                    }
                </ul>
            }
            <section class="card device-tools" aria-labelledby="device-tools-title">
                <h2 id="device-tools-title">{ t.t("device-tools-title") }</h2>
                <div class="card-actions">
                    <label class="button file-button">
                        { t.t("import-button") }
                        <input type="file" class="visually-hidden" accept=".json,application/json"
                            onchange={on_import} aria-describedby="import-hint" />
                    </label>
                    if count > 0 || !props.locked.is_empty() {
                        <button type="button" class="button button-quiet-danger"
                            onclick={{ let wiping = wiping.clone(); Callback::from(move |_: MouseEvent| wiping.set(true)) }}>
                            { t.t("wipe-button") }
                        </button>
                    }
                </div>
                <p class="hint" id="import-hint">{ t.t("import-hint") }</p>
            </section>
            { dialog.unwrap_or_default() }
            { wipe_dialog.unwrap_or_default() }
            if let Some(pending) = &props.pending_import {
                <PassphraseDialog id="import-passphrase" title={t.t("import-passphrase-title")}
                    intro={t.t_args("import-passphrase-intro", &[("file", FluentValue::from(pending.file_name.as_str()))])}
                    confirm_label={t.t("import-passphrase-open")}
                    error={pending.error.map(|id| AttrValue::from(t.t(id)))}
                    on_submit={props.on_command.reform(|p: Option<String>| Command::ImportWithPassphrase(p.unwrap_or_default()))}
                    on_cancel={props.on_command.reform(|_| Command::CancelImport)} />
            }
        </div>
    }
}

fn dossier_card(
    d: &Dossier,
    t: &crate::ui::i18n_context::I18n,
    props: &HomePageProps,
    renaming: &UseStateHandle<Option<DossierId>>,
    deleting: &UseStateHandle<Option<DossierId>>,
) -> Html {
    let offset = props.utc_offset;
    let created = t.date(offset.date(d.created));
    let updated = t.date(offset.date(d.updated));
    let name_id = format!("dossier-name-{}", d.id);
    let is_renaming = renaming.as_ref() == Some(&d.id);

    let on_open = {
        let id = d.id.clone();
        props.on_command.reform(move |_: MouseEvent| Command::Open(id.clone()))
    };
    let start_rename = {
        let renaming = renaming.clone();
        let id = d.id.clone();
        Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
    };
    let ask_delete = {
        let deleting = deleting.clone();
        let id = d.id.clone();
        Callback::from(move |_: MouseEvent| deleting.set(Some(id.clone())))
    };
    let on_rename = {
        let renaming = renaming.clone();
        let on_command = props.on_command.clone();
        let id = d.id.clone();
        Callback::from(move |name: String| {
            on_command.emit(Command::Rename(id.clone(), name));
            renaming.set(None);
        })
    };
    let on_cancel_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(None))
    };

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
            if is_renaming {
                <NameForm id={format!("rename-{}", d.id)} label={t.t("rename-label")}
                    submit_label={t.t("save-button")} initial={d.client_name.clone()}
                    on_submit={on_rename} on_cancel={Some(on_cancel_rename)} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button button-primary" onclick={on_open}
                        aria-describedby={name_id.clone()}>{ t.t("open-button") }</button>
                    <button type="button" class="button" onclick={start_rename}
                        aria-describedby={name_id.clone()}>{ t.t("rename-button") }</button>
                    <button type="button" class="button button-quiet-danger" onclick={ask_delete}
                        aria-describedby={name_id}>{ t.t("delete-button") }</button>
                </div>
            }
        </li>
    }
}
