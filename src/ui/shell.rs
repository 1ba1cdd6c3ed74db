//! The frame around every screen: header with the language picker, notices, and the current page.
//! Pure: state in, commands out. Rendered natively in the SSR tests.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::dossier::DossierPage;
use super::home::HomePage;
use super::i18n_context::{ClientI18n, I18n, Speech};
use super::widgets::language_picker::LanguagePicker;
use super::widgets::passphrase_dialog::PassphraseDialog;
use crate::domain::{DossierId, Lang};
use crate::i18n::translator;
use crate::state::AppState;
use crate::storage::dossier_store::UnreadableRecord;
use crate::ui::callbacks::send;
use crate::ui::Command;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub state: Rc<AppState>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let state = &props.state;
    let i18n: I18n = translator(state.ui_lang);
    // The client's language for the open dossier (the screen's language on the home screen).
    let client = ClientI18n(translator(state.open_dossier().map_or(state.ui_lang, |d| d.client_lang)));
    // The same callbacks while the root's is the same: a new one each render would make the
    // context new and redraw every read-aloud button (and the language picker) on every change.
    let callbacks = use_memo(props.on_command.clone(), |on_command| {
        (on_command.reform(|(text, lang)| Command::Speak(text, lang)), on_command.reform(Command::SetUiLang))
    });
    let (speak, set_ui_lang) = &*callbacks;
    let speech = Speech { langs: Rc::new(state.speech_langs.clone()), speak: speak.clone() };

    // The tablet in the client's hands: only their screens, all in their language.
    if let (Some(step), Some(d)) = (state.turn, state.open_dossier()) {
        let client_t = client.0.clone();
        return html! {
            <ContextProvider<I18n> context={client_t.clone()}>
            <ContextProvider<ClientI18n> context={client}>
            <ContextProvider<Speech> context={speech}>
              { crate::ui::client_turn::client_turn(state, d, step, &client_t, &i18n, &props.on_command) }
            </ContextProvider<Speech>>
            </ContextProvider<ClientI18n>>
            </ContextProvider<I18n>>
        };
    }

    html! {
        <ContextProvider<I18n> context={i18n.clone()}>
        <ContextProvider<ClientI18n> context={client}>
        <ContextProvider<Speech> context={speech}>
          <div class="app" lang={state.ui_lang.code()} dir={state.ui_lang.dir()}>
            <a class="skip-link" href="#main">{ i18n.t("skip-to-content") }</a>
            { header(&i18n, state.ui_lang, &props.on_command, set_ui_lang) }
            { notices(&i18n, state, &props.on_command) }
            <main id="main" tabindex="-1">{ page(state, &props.on_command) }</main>
            // After the page, so it lies above a dialog the page has open (the end-of-meeting list).
            if let Some(id) = &state.export_asked {
                { export_dialog(&i18n, id, &props.on_command) }
            }
            { footer(&i18n, state) }
          </div>
        </ContextProvider<Speech>>
        </ContextProvider<ClientI18n>>
        </ContextProvider<I18n>>
    }
}

/// The brand (back to the list) and the language of the screens.
fn header(t: &I18n, ui_lang: Lang, on_command: &Callback<Command>, set_ui_lang: &Callback<Lang>) -> Html {
    html! {
        <header class="app-header">
            <button type="button" class="brand" onclick={send(on_command, Command::GoHome)} title={t.t("back-to-list")}>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 3v18M18 3v18M6 7h12M6 12h12M6 17h12" />
                </svg>
                <span class="brand-name">{ t.t("app-name") }</span>
            </button>
            <LanguagePicker current={ui_lang} on_change={set_ui_lang.clone()} />
        </header>
    }
}

/// The open dossier, or home.
fn page(state: &AppState, on_command: &Callback<Command>) -> Html {
    match state.open_dossier() {
        Some(dossier) => html! {
            <DossierPage dossier={dossier.clone()} view={state.view} focus={state.focus} utc_offset={state.utc_offset}
                catalogue={state.catalogue.clone()}
                on_command={on_command.clone()} today={state.today()} print_round={state.print_round}
                lock_on_hide={state.lock_on_hide} case_file_copy={state.case_file_copy.clone()} />
        },
        None => html! {
            <HomePage dossiers={state.dossiers.clone()} loaded={state.loaded}
                import_outcome={state.import_outcome.clone()} pending_import={state.pending_import.clone()}
                locked={state.locked.clone()} unlock_error={state.unlock_error.clone()}
                utc_offset={state.utc_offset} on_command={on_command.clone()} />
        },
    }
}

/// What the app has to tell above every screen, each for as long as it holds.
fn notices(t: &I18n, state: &AppState, on_command: &Callback<Command>) -> Html {
    html! {
        <>
            if state.turn_returned {
                <div class="notice notice-info" role="status" id="turn-returned">{ t.t("turn-returned") }</div>
            }
            if !state.unreadable.is_empty() {
                { unreadable_notice(t, &state.unreadable) }
            }
            if state.update_ready {
                <div class="notice notice-info" role="status">
                    <span>{ t.t("update-ready") }</span>
                    <button type="button" class="button button-primary" onclick={send(on_command, Command::ApplyUpdate)}>
                        { t.t("update-apply") }
                    </button>
                </div>
            }
            if let Some(lang) = state.locale_failed {
                <div class="notice notice-warning" role="status">
                    { t.t_args("locale-failed", &[("language", FluentValue::from(lang.native_name()))]) }
                </div>
            }
            if let Some(name) = &state.tab_conflict {
                <div class="notice notice-warning" role="alert">
                    <span>{ t.t_args("tab-conflict", &[("name", FluentValue::from(name.as_str()))]) }</span>
                    <button type="button" class="button" onclick={send(on_command, Command::DismissTabConflict)}>
                        { t.t("notice-understood") }
                    </button>
                </div>
            }
            if let Some(error) = state.save_error {
                { save_error_notice(t, error, state, on_command) }
            }
            if let Some(left) = &state.wipe_report {
                { wipe_report(t, left) }
            }
        </>
    }
}

fn unreadable_notice(t: &I18n, unreadable: &[UnreadableRecord]) -> Html {
    html! {
        <div class="notice notice-warning" role="status">
            { t.t_args("unreadable-notice", &[("count", FluentValue::from(unreadable.len()))]) }
            <ul class="notice-details">
                for record in unreadable.iter() {
                    <li><code>{ &record.key }</code>{ ": " }{ t.t(record.message_id) }</li>
                }
            </ul>
        </div>
    }
}

fn save_error_notice(t: &I18n, error: &'static str, state: &AppState, on_command: &Callback<Command>) -> Html {
    html! {
        <div class="notice notice-error" role="alert">
            <span>{ t.t(error) }</span>
            // The data is only in memory now: a file is the way to keep it.
            if let Some(d) = state.open_dossier() {
                <button type="button" class="button" onclick={send(on_command, Command::AskExport(Some(d.id.clone())))}>
                    { t.t("save-error-export") }
                </button>
            } else if !state.dossiers.is_empty() {
                <span>{ " " }{ t.t("save-error-export-hint") }</span>
            }
        </div>
    }
}

/// After "Einde gesprek": the check found nothing left, or names what it found.
fn wipe_report(t: &I18n, left: &[String]) -> Html {
    if left.is_empty() {
        return html! { <div class="notice notice-info" role="status">{ t.t("wipe-done") }</div> };
    }
    html! {
        <div class="notice notice-error" role="alert">
            { t.t("wipe-incomplete") }
            <ul class="notice-details">
                for what in left.iter() {
                    <li><code>{ what }</code></li>
                }
            </ul>
        </div>
    }
}

/// Exporting from anywhere (the end-of-meeting list, an error): encrypted unless the person
/// unticks it, never in one tap.
pub fn export_dialog(t: &I18n, id: &DossierId, on_command: &Callback<Command>) -> Html {
    let on_submit = on_command.reform({
        let (id, on_command) = (id.clone(), on_command.clone());
        move |passphrase: Option<String>| {
            on_command.emit(Command::AskExport(None));
            Command::Export(id.clone(), passphrase)
        }
    });
    html! {
        <PassphraseDialog id="export-passphrase" title={t.t("export-title")} intro={t.t("export-intro")}
            confirm_label={t.t("export-make-file")} new_passphrase=true optional=true
            {on_submit} on_cancel={on_command.reform(|_| Command::AskExport(None))} />
    }
}

fn footer(t: &I18n, state: &AppState) -> Html {
    html! {
        <footer class="app-footer">
            <p>{ t.t("privacy-line") }</p>
            // "Saved" only once the commit completed; a failure is the error notice instead.
            if state.loaded && state.save_error.is_none() {
                <p class="save-status" role="status" data-state={if state.unsaved { "saving" } else { "saved" }}>
                    { t.t(if state.unsaved { "save-status-saving" } else { "save-status-saved" }) }
                </p>
            }
            if let Some(persistent) = state.storage_persistent {
                <p class="storage-status">
                    { t.t(if persistent { "storage-persistent" } else { "storage-best-effort" }) }
                </p>
            }
            if let Some((used, quota)) = state.storage_room {
                <p class="storage-room">
                    { t.t_args("storage-room", &[
                        ("used", FluentValue::from(bytes(used))),
                        ("free", FluentValue::from(bytes((quota - used).max(0.0)))),
                    ]) }
                </p>
            }
        </footer>
    }
}

/// "3.2 MB", "1.4 GB": one decimal, the unit the size is read in.
pub fn bytes(n: f64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if n >= 1024.0 * MB {
        format!("{:.1} GB", n / (1024.0 * MB))
    } else {
        format!("{:.1} MB", n / MB)
    }
}
