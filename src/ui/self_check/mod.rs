//! The self-check part of a dossier: the list of self-checks (start, open, delete), and one open
//! check in client mode, worker mode or as a summary. Which check and mode are on screen is app
//! state (`state::Focus`); everything entered is in the dossier.

mod client;
mod pictogram;
mod read_aloud;
mod summary;
mod worker;

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{ActionOrigin, PlanEdit};
use crate::domain::self_check::SuggestedAction;
use crate::domain::self_check::{previous, SelfCheck, SelfCheckEdit};
use crate::domain::{Dossier, DossierEdit, UtcOffset};
use crate::state::{OpenSelfCheck, SelfCheckMode};
use crate::ui::callbacks::{close, emit_and_close, send};
use crate::ui::i18n_context::{use_client_i18n, use_i18n, I18n};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::Command;
use client::ClientMode;
use summary::Summary;
use worker::WorkerMode;

#[derive(Properties, PartialEq)]
pub struct SelfCheckPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: Rc<Dossier>,
    #[prop_or_default]
    pub utc_offset: UtcOffset,
    /// The open check and its mode (app state, see `state::Focus`); `None`: the list.
    #[prop_or_default]
    pub open: Option<OpenSelfCheck>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn SelfCheckPage(props: &SelfCheckPageProps) -> Html {
    let t = use_i18n();
    let client_t = use_client_i18n();
    let deleting = use_state(|| None::<u64>);
    let d = &props.dossier;
    let open = props.open.and_then(|open| d.self_checks.iter().find(|c| c.id == open.id).map(|c| (c, open.mode)));
    // Plain functions, not components: every component costs wasm on the first visit.
    match open {
        Some((check, mode)) => open_check(props, &t, &client_t, check, mode),
        None => check_list(props, &t, &deleting),
    }
}

/// The edits of this dossier's self-checks, as commands.
fn edit_callback(d: &Dossier, on_command: &Callback<Command>) -> Callback<SelfCheckEdit> {
    let id = d.id.clone();
    on_command.reform(move |edit: SelfCheckEdit| Command::Edit(id.clone(), DossierEdit::SelfCheck(edit)))
}

/// A callback that shows a check in a mode, or the list (`None`).
fn show(on_command: &Callback<Command>, open: Option<OpenSelfCheck>) -> Callback<MouseEvent> {
    send(on_command, Command::ShowSelfCheck(open))
}

/// One check, in client mode, worker mode or as its summary.
fn open_check(props: &SelfCheckPageProps, t: &I18n, client_t: &I18n, sc: &Rc<SelfCheck>, mode: SelfCheckMode) -> Html {
    let d = &props.dossier;
    let date = t.date(props.utc_offset.date(sc.created));
    let on_edit = edit_callback(d, &props.on_command);
    let body = match mode {
        SelfCheckMode::Client => client_turn(client_t, sc, on_edit, d.simplified, true),
        SelfCheckMode::Worker => html! { <WorkerMode check={sc.clone()} {on_edit} /> },
        SelfCheckMode::Summary => html! {
            <Summary check={sc.clone()} previous={previous(&d.self_checks, sc).cloned()} utc_offset={props.utc_offset}
                on_add_action={Some(add_to_plan(d, t, &props.on_command))} in_plan={in_plan(d)} />
        },
    };
    html! {
        <section class="self-check-page" aria-labelledby="self-check-open-title">
            <button type="button" class="button button-back" onclick={show(&props.on_command, None)}>
                <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ t.t("self-check-back-to-list") }
            </button>
            <h2 id="self-check-open-title">{ t.t_args("self-check-item-title", &[("date", FluentValue::from(date))]) }</h2>
            { progress_line(t, sc) }
            <nav class="self-check-mode-nav" aria-label={t.t("self-check-mode-nav")}>
                for m in SelfCheckMode::ALL {
                    <button type="button" id={format!("self-check-mode-{}", m.slug())}
                        class={classes!("tab", (m == mode).then_some("tab-current"))}
                        aria-current={(m == mode).then_some("page")}
                        onclick={show(&props.on_command, Some(OpenSelfCheck { id: sc.id, mode: m }))}>
                        { t.t(m.message_id()) }
                    </button>
                }
            </nav>
            { body }
        </section>
    }
}

/// The client's part of one check on its own, for the client turn.
pub fn client_only(d: &Dossier, check: u64, client_t: &I18n, on_command: &Callback<Command>) -> Html {
    match d.self_checks.iter().find(|c| c.id == check) {
        // The turn's header already says it is a help translation.
        Some(sc) => client_turn(client_t, sc, edit_callback(d, on_command), d.simplified, false),
        None => Html::default(),
    }
}

/// The client's part, in the client's language (Dutch while theirs loads); `note`: with the
/// short note that this is a help translation (outside the client turn, whose header has it).
fn client_turn(
    client_t: &I18n,
    check: &SelfCheck,
    on_edit: Callback<SelfCheckEdit>,
    simplified: bool,
    note: bool,
) -> Html {
    let lang = client_t.lang();
    html! {
        <ContextProvider<I18n> context={client_t.clone()}>
            <div class="self-check-client-lang" lang={lang.code()} dir={lang.dir()}>
                if note {
                    { crate::ui::client_turn::translation_note(client_t) }
                }
                <ClientMode check={check.clone()} {on_edit} {simplified} />
            </div>
        </ContextProvider<I18n>>
    }
}

/// One tap puts a suggested action in the GPMI, remembering where it came from.
fn add_to_plan(d: &Dossier, t: &I18n, on_command: &Callback<Command>) -> Callback<SuggestedAction> {
    let (id, t) = (d.id.clone(), t.clone());
    on_command.reform(move |a: SuggestedAction| {
        Command::Edit(
            id.clone(),
            DossierEdit::Plan(PlanEdit::AddAction {
                origin: ActionOrigin::SelfCheck { domain: a.domain, suggestion: a.id.to_owned() },
                what: t.t(&a.message_id()),
                owner: None,
                due: None,
                goal: None,
            }),
        )
    })
}

/// The suggestions already taken into the plan.
fn in_plan(d: &Dossier) -> Vec<String> {
    d.plan
        .actions
        .iter()
        .filter_map(|a| match &a.origin {
            ActionOrigin::SelfCheck { suggestion, .. } => Some(suggestion.clone()),
            _ => None,
        })
        .collect()
}

/// Every self-check of the dossier, newest first: start one, open one, delete one.
fn check_list(props: &SelfCheckPageProps, t: &I18n, deleting: &UseStateHandle<Option<u64>>) -> Html {
    let d = &props.dossier;
    let on_edit = edit_callback(d, &props.on_command);
    let date_of = |sc: &SelfCheck| t.date(props.utc_offset.date(sc.created));
    let on_start = {
        let (on_edit, on_command) = (on_edit.clone(), props.on_command.clone());
        // The new check takes the dossier's next item id (see `Dossier::new_item_id`).
        let open = OpenSelfCheck { id: d.next_item_id.max(1), mode: SelfCheckMode::Client };
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(SelfCheckEdit::Start);
            on_command.emit(Command::ShowSelfCheck(Some(open)));
        })
    };
    let delete_dialog = deleting.and_then(|check| d.self_checks.iter().find(|c| c.id == check)).map(|sc| {
        let check = sc.id;
        let on_confirm = emit_and_close(&on_edit, deleting, move |()| SelfCheckEdit::Delete { check });
        html! {
            <ConfirmDialog
                title={t.t("self-check-confirm-delete-title")}
                body={t.t_args("self-check-confirm-delete-body", &[("date", FluentValue::from(date_of(sc)))])}
                confirm_label={t.t("self-check-confirm-delete-yes")}
                {on_confirm} on_cancel={close(deleting)} />
        }
    });

    html! {
        <section class="self-check-page" aria-labelledby="self-check-title">
            <h2 id="self-check-title">{ t.t("self-check-title") }</h2>
            <p class="lead">{ t.t("self-check-intro") }</p>
            <button type="button" class="button button-primary self-check-start" onclick={on_start}>{ t.t("self-check-start") }</button>
            <h3 class="self-check-list-title">{ t.t("self-check-list-title") }</h3>
            if d.self_checks.is_empty() {
                <p>{ t.t("self-check-none") }</p>
            } else {
                <ul class="self-check-check-list">
                    for sc in d.self_checks.iter().rev() {
                        { list_item(t, sc, date_of(sc), &props.on_command, deleting) }
                    }
                </ul>
            }
            { delete_dialog }
        </section>
    }
}

fn progress_line(t: &I18n, sc: &SelfCheck) -> Html {
    let p = sc.progress();
    html! {
        <p class="self-check-status">
            if p.is_complete() {
                <span class="self-check-badge self-check-badge-done">{ t.t("self-check-status-complete") }</span>
            } else {
                <span class="self-check-badge self-check-badge-open">{ t.t("self-check-status-unfinished") }</span>
            }
            <span>{ t.t_args("self-check-progress-client", &[("answered", FluentValue::from(p.client_answered)), ("total", FluentValue::from(p.total))]) }</span>
            if p.client_skipped > 0 {
                <span>{ t.t_args("self-check-progress-skipped", &[("count", FluentValue::from(p.client_skipped))]) }</span>
            }
            <span>{ t.t_args("self-check-progress-worker", &[("scored", FluentValue::from(p.worker_scored)), ("total", FluentValue::from(p.total))]) }</span>
        </p>
    }
}

fn list_item(
    t: &I18n,
    sc: &SelfCheck,
    date: String,
    on_command: &Callback<Command>,
    deleting: &UseStateHandle<Option<u64>>,
) -> Html {
    let id = sc.id;
    let title_id = format!("self-check-item-{id}");
    // An unfinished client part opens where the client left off; otherwise the summary.
    let mode = if sc.progress().client_answered < sc.progress().total {
        SelfCheckMode::Client
    } else {
        SelfCheckMode::Summary
    };
    let on_open = show(on_command, Some(OpenSelfCheck { id, mode }));
    let on_delete = {
        let deleting = deleting.clone();
        Callback::from(move |_: MouseEvent| deleting.set(Some(id)))
    };
    html! {
        <li class="card self-check-check-item" key={id.to_string()} data-check={id.to_string()}>
            <h4 id={title_id.clone()}>{ t.t_args("self-check-item-title", &[("date", FluentValue::from(date))]) }</h4>
            { progress_line(t, sc) }
            <div class="card-actions">
                <button type="button" class="button button-primary" onclick={on_open}
                    aria-describedby={title_id.clone()}>{ t.t("self-check-open") }</button>
                <button type="button" class="button button-quiet-danger" onclick={on_delete}
                    aria-describedby={title_id}>{ t.t("self-check-delete") }</button>
            </div>
        </li>
    }
}
