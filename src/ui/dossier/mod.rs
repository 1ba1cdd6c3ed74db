//! The open dossier: its name, languages and dates.

mod overview;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId, UtcOffset};
use crate::state::{CatalogueChoice, DossierView, Focus};
use crate::ui::callbacks::{emit_and_close, send, set};
use crate::ui::i18n_context::{use_client_i18n, use_i18n, I18n};
use crate::ui::ladder::LadderPage;
use crate::ui::plan::PlanPage;
use crate::ui::print::PrintPage;
use crate::ui::self_check::SelfCheckPage;
use crate::ui::sign::SignPage;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::widgets::passphrase_dialog::PassphraseDialog;
use crate::ui::Command;
use overview::{overview, OverviewProps};

#[derive(Properties, PartialEq)]
pub struct DossierPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub view: DossierView,
    /// What is open within the view.
    #[prop_or_default]
    pub focus: Focus,
    #[prop_or_default]
    pub utc_offset: UtcOffset,
    /// The offer catalogue in use (app-level).
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    pub on_command: Callback<Command>,
    /// Today on this device, for what is due; `None` until the time is known.
    #[prop_or_default]
    pub today: Option<chrono::NaiveDate>,
    /// On the print view: an earlier signing round to print.
    #[prop_or_default]
    pub print_round: Option<usize>,
    /// This device locks locked dossiers as soon as the tab is hidden.
    #[prop_or_default]
    pub lock_on_hide: bool,
    /// Where the case-file summary just went.
    #[prop_or_default]
    pub case_file_copy: Option<crate::state::CopyOutcome>,
}

#[component]
pub fn DossierPage(props: &DossierPageProps) -> Html {
    let t = use_i18n();
    let client = use_client_i18n();
    let d = &props.dossier;
    let locking = use_state(|| false);
    html! {
        <div class="page dossier-page">
            <DossierHead id={d.id.clone()} name={d.client_name.clone()} is_example={d.is_example}
                view={props.view} on_command={props.on_command.clone()} />
            { current_view(props, &t, &client, &locking) }
            if *locking {
                <PassphraseDialog id="lock-passphrase" title={t.t("lock-set")} intro={t.t("lock-intro")}
                    confirm_label={t.t("lock-set")} new_passphrase=true
                    on_submit={{
                        let id = d.id.clone();
                        emit_and_close(&props.on_command, &locking, move |p: Option<String>| Command::SetLock(id.clone(), p.unwrap_or_default()))
                    }}
                    on_cancel={set(&locking, false)} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DossierHeadProps {
    id: DossierId,
    name: String,
    is_example: bool,
    view: DossierView,
    on_command: Callback<Command>,
}

/// The dossier's name, its actions and the tabs of its views. A component of its own, with props
/// that a keystroke or tap in a view does not change, so it is not drawn again then.
#[component]
fn DossierHead(props: &DossierHeadProps) -> Html {
    let t = use_i18n();
    let renaming = use_state(|| false);
    let deleting = use_state(|| false);
    let exporting = use_state(|| false);
    let id = &props.id;
    let on_rename = {
        let (id, renaming) = (id.clone(), renaming.clone());
        emit_and_close(&props.on_command, &renaming, move |name: String| Command::Rename(id.clone(), name))
    };
    html! {
        <>
            <button type="button" class="button button-back" onclick={send(&props.on_command, Command::GoHome)}>
                <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ t.t("back-to-list") }
            </button>
            <h1><bdi>{ &props.name }</bdi></h1>
            if props.is_example {
                <p class="example-badge">{ t.t("plan-example-badge") }</p>
            }
            if *renaming {
                <NameForm id="rename-open" label={t.t("rename-label")} submit_label={t.t("save-button")}
                    initial={props.name.clone()} on_submit={on_rename}
                    on_cancel={Some(set(&renaming, false))} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button" onclick={set(&renaming, true)}>
                        { t.t("rename-button") }
                    </button>
                    <button type="button" class="button"
                        onclick={set(&exporting, true)}>
                        { t.t("export-button") }
                    </button>
                    <button type="button" class="button button-quiet-danger"
                        onclick={set(&deleting, true)}>
                        { t.t("delete-button") }
                    </button>
                </div>
            }
            { view_tabs(&t, props.view, &props.on_command) }
            { hand_over(&t, props.view, &props.on_command) }
            if *exporting {
                <PassphraseDialog id="export-passphrase" title={t.t("export-title")} intro={t.t("export-intro")}
                    confirm_label={t.t("export-make-file")} new_passphrase=true optional=true
                    on_submit={{
                        let id = id.clone();
                        emit_and_close(&props.on_command, &exporting, move |p: Option<String>| Command::Export(id.clone(), p))
                    }}
                    on_cancel={set(&exporting, false)} />
            }
            if *deleting {
                <ConfirmDialog
                    title={t.t("confirm-delete-title")}
                    body={t.t_args("confirm-delete-body", &[("name", FluentValue::from(props.name.as_str()))])}
                    confirm_label={t.t("confirm-delete-yes")}
                    on_confirm={send(&props.on_command, Command::Delete(id.clone()))}
                    on_cancel={set(&deleting, false)} />
            }
        </>
    }
}

/// On the client's screens: one tap hands the tablet to the client (`ui::client_turn`).
fn hand_over(t: &I18n, view: DossierView, on_command: &Callback<Command>) -> Html {
    if matches!(view, DossierView::Overview | DossierView::Ladder) {
        return Html::default();
    }
    let step = crate::state::TurnStep::for_view(view);
    html! {
        <button type="button" class="button button-primary turn-start" id="turn-start"
            onclick={send(on_command, Command::StartTurn(step))}>
            { t.t("turn-start") }
        </button>
    }
}

/// One tab per view of the dossier; the current one is marked.
fn view_tabs(t: &I18n, current: DossierView, on_command: &Callback<Command>) -> Html {
    html! {
        <nav class="dossier-nav" aria-label={t.t("dossier-nav-label")}>
            for view in DossierView::ALL.iter().copied() {
                <button type="button" id={format!("view-{}", view.slug())}
                    class={classes!("tab", (view == current).then_some("tab-current"))}
                    aria-current={(view == current).then_some("page")}
                    onclick={send(on_command, Command::ShowView(view))}>
                    { t.t(view.message_id()) }
                </button>
            }
        </nav>
    }
}

fn current_view(props: &DossierPageProps, t: &I18n, client: &I18n, locking: &UseStateHandle<bool>) -> Html {
    let d = &props.dossier;
    let on_command = props.on_command.clone();
    match props.view {
        DossierView::Overview => overview(
            t,
            &OverviewProps {
                dossier: d,
                utc_offset: props.utc_offset,
                on_command,
                on_set_lock: set(locking, true),
                lock_on_hide: props.lock_on_hide,
            },
        ),
        DossierView::Ladder => html! {
            <LadderPage dossier={d.clone()} catalogue={props.catalogue.clone()} rung={props.focus.rung} {on_command} />
        },
        DossierView::SelfCheck => html! {
            <SelfCheckPage dossier={d.clone()} utc_offset={props.utc_offset} open={props.focus.self_check} {on_command} />
        },
        DossierView::Plan => html! { <PlanPage dossier={d.clone()} today={props.today} {on_command} /> },
        DossierView::Sign => html! { <SignPage dossier={d.clone()} today={props.today} {on_command} /> },
        DossierView::Print => html! {
            <PrintPage dossier={d.clone()} round={props.print_round} evaluation={props.focus.evaluation}
                catalogue={props.catalogue.clone()} today={props.today} copied={props.case_file_copy.clone()} {on_command} />
        },
        DossierView::Road => crate::ui::road::road_page(d, props.today, props.utc_offset, client, &on_command),
    }
}
