//! Home: the dossiers on this device, newest first; create, rename, delete.

mod dialogs;
mod dossier_card;
mod find;
mod import_report;
mod locked_card;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, UtcOffset};
use crate::state::{ImportOutcome, PendingImport};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::file_choice::on_file_chosen;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::Command;
use dialogs::{delete_dialog, import_passphrase_dialog, unlock_dialog, wipe_dialog};
use dossier_card::dossier_card;
use find::{find_bar, shown, Sort, FIND_FROM};
use import_report::import_report;
use locked_card::locked_card;

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
    let query = use_state(String::new);
    let sort = use_state(Sort::default);
    let finding = count >= FIND_FROM;
    let list = if finding { shown(&props.dossiers, &query, *sort) } else { props.dossiers.clone() };
    let on_unlock = {
        let (unlocking, on_command) = (unlocking.clone(), props.on_command.clone());
        Callback::from(move |id: DossierId| {
            on_command.emit(Command::DismissUnlockError);
            unlocking.set(Some(id))
        })
    };

    // Until storage is read only the title, on a page as tall as the screen: the list, the form
    // and the footer then appear at once, and nothing that was on screen moves (no layout shift).
    if !props.loaded {
        return html! { <div class="page home-page home-loading"><h1>{ t.t("home-title") }</h1></div> };
    }
    html! {
        <div class="page home-page">
            <h1>{ t.t("home-title") }</h1>
            <p class="lead" role="status">
                { t.t_args("home-count", &[("count", FluentValue::from(count))]) }
            </p>
            { new_dossier(&t, props.loaded && count == 0, &props.on_command) }
            if !props.locked.is_empty() {
                <ul class="dossier-list locked-list">
                    for (n, id) in props.locked.iter().enumerate() {
                        { locked_card(&t, id, n + 1, &on_unlock) }
                    }
                </ul>
            }
            if let Some(id) = (*unlocking).clone().filter(|id| props.locked.contains(id)) {
                { unlock_dialog(&t, &id, props.unlock_error.as_ref(), &props.on_command, &unlocking) }
            }
            if let Some(outcome) = &props.import_outcome {
                { import_report(&t, outcome) }
            }
            { example_card(&t, &props.on_command) }
            if finding {
                { find_bar(&t, &query, &sort) }
                if list.is_empty() {
                    <p class="hint" role="status" id="home-search-none">{ t.t("home-search-none") }</p>
                }
            }
            if count > 0 {
                <ul class="dossier-list">
                    for d in list.iter() {
                        { dossier_card(&t, d, props.utc_offset, &renaming, &deleting, &props.on_command) }
                    }
                </ul>
            }
            { device_tools(&t, count > 0 || !props.locked.is_empty(), &props.on_command, &wiping) }
            if let Some(d) = deleting.as_ref().and_then(|id| props.dossiers.iter().find(|d| &d.id == id)) {
                { delete_dialog(&t, d, &props.on_command, &deleting) }
            }
            if *wiping {
                { wipe_dialog(&t, &props.dossiers, count + props.locked.len(), &props.on_command, &wiping) }
            }
            if let Some(pending) = &props.pending_import {
                { import_passphrase_dialog(&t, pending, &props.on_command) }
            }
        </div>
    }
}

/// A new dossier: only a name is needed.
fn new_dossier(t: &I18n, first: bool, on_command: &Callback<Command>) -> Html {
    html! {
        <section class="card new-dossier" aria-labelledby="new-dossier-title">
            <h2 id="new-dossier-title">{ t.t("new-dossier-title") }</h2>
            if first {
                <p>{ t.t("home-empty-hint") }</p>
            }
            <NameForm id="new-dossier" label={t.t("new-dossier-name-label")}
                hint={Some(AttrValue::from(t.t("new-dossier-name-hint")))}
                submit_label={t.t("new-dossier-button")} on_submit={on_command.reform(Command::Create)}
                clear_on_submit=true />
        </section>
    }
}

/// The fictional example dossier, to look around in.
fn example_card(t: &I18n, on_command: &Callback<Command>) -> Html {
    html! {
        <section class="card example-card" aria-labelledby="example-title">
            <h2 id="example-title">{ t.t("plan-example-title") }</h2>
            <p>{ t.t("plan-example-text") }</p>
            <button type="button" class="button" id="open-example"
                onclick={send(on_command, Command::OpenExample)}>
                { t.t("plan-example-button") }
            </button>
        </section>
    }
}

/// What concerns the whole device: importing a file, and wiping every dossier (when there is one).
fn device_tools(t: &I18n, any: bool, on_command: &Callback<Command>, wiping: &UseStateHandle<bool>) -> Html {
    let on_import = on_file_chosen(on_command.reform(Command::ImportFile));
    let on_wipe = {
        let wiping = wiping.clone();
        Callback::from(move |_: MouseEvent| wiping.set(true))
    };
    html! {
        <section class="card device-tools" aria-labelledby="device-tools-title">
            <h2 id="device-tools-title">{ t.t("device-tools-title") }</h2>
            <div class="card-actions">
                <label class="button file-button">
                    { t.t("import-button") }
                    <input type="file" class="visually-hidden" accept=".json,application/json"
                        onchange={on_import} aria-describedby="import-hint" />
                </label>
                if any {
                    <button type="button" class="button button-quiet-danger" onclick={on_wipe}>
                        { t.t("wipe-button") }
                    </button>
                }
            </div>
            <p class="hint" id="import-hint">{ t.t("import-hint") }</p>
        </section>
    }
}
