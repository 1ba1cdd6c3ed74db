//! The home screen's dialogs: delete one dossier, wipe the device, and the passphrases of a locked
//! dossier and of an encrypted file.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId};
use crate::state::PendingImport;
use crate::ui::callbacks::{close, emit_and_close, send};
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::passphrase_dialog::PassphraseDialog;
use crate::ui::Command;

pub(super) fn delete_dialog(
    t: &I18n,
    d: &Dossier,
    on_command: &Callback<Command>,
    deleting: &UseStateHandle<Option<DossierId>>,
) -> Html {
    let id = d.id.clone();
    html! {
        <ConfirmDialog
            title={t.t("confirm-delete-title")}
            body={t.t_args("confirm-delete-body", &[("name", FluentValue::from(d.client_name.as_str()))])}
            confirm_label={t.t("confirm-delete-yes")}
            on_confirm={emit_and_close(on_command, deleting, move |_| Command::Delete(id.clone()))}
            on_cancel={close(deleting)} />
    }
}

/// Every dossier leaves the device (end of a meeting on a shared tablet); each can be exported first.
pub(super) fn wipe_dialog(
    t: &I18n,
    dossiers: &[Rc<Dossier>],
    count: usize,
    on_command: &Callback<Command>,
    wiping: &UseStateHandle<bool>,
) -> Html {
    html! {
        <ConfirmDialog title={t.t("wipe-title")}
            body={t.t_args("wipe-body", &[("count", FluentValue::from(count))])}
            confirm_label={t.t("wipe-confirm")} on_confirm={emit_and_close(on_command, wiping, |_| Command::WipeAll)}
            on_cancel={close(wiping)}>
            <p class="warning">{ t.t("wipe-cannot-erase") }</p>
            <ul class="wipe-list">
                for d in dossiers.iter() {
                    <li>
                        <bdi>{ &d.client_name }</bdi>
                        <button type="button" class="button"
                            onclick={send(on_command, Command::AskExport(Some(d.id.clone())))}>
                            { t.t("export-button") }
                        </button>
                    </li>
                }
            </ul>
        </ConfirmDialog>
    }
}

pub(super) fn unlock_dialog(
    t: &I18n,
    id: &DossierId,
    unlock_error: Option<&(DossierId, &'static str)>,
    on_command: &Callback<Command>,
    unlocking: &UseStateHandle<Option<DossierId>>,
) -> Html {
    html! {
        <PassphraseDialog id="unlock-passphrase" title={t.t("unlock-title")} intro={t.t("unlock-intro")}
            confirm_label={t.t("unlock-button")}
            error={unlock_error.filter(|(e, _)| e == id).map(|(_, m)| AttrValue::from(t.t(m)))}
            on_submit={on_command.reform({ let id = id.clone(); move |p: Option<String>| Command::Unlock(id.clone(), p.unwrap_or_default()) })}
            on_cancel={close(unlocking)} />
    }
}

/// The passphrase of an encrypted file being imported.
pub(super) fn import_passphrase_dialog(t: &I18n, pending: &PendingImport, on_command: &Callback<Command>) -> Html {
    html! {
        <PassphraseDialog id="import-passphrase" title={t.t("import-passphrase-title")}
            intro={t.t_args("import-passphrase-intro", &[("file", FluentValue::from(pending.file_name.as_str()))])}
            confirm_label={t.t("import-passphrase-open")}
            error={pending.error.map(|id| AttrValue::from(t.t(id)))}
            on_submit={on_command.reform(|p: Option<String>| Command::ImportWithPassphrase(p.unwrap_or_default()))}
            on_cancel={send(on_command, Command::CancelImport)} />
    }
}
