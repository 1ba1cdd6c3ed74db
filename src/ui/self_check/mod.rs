//! The self-check part of a dossier: the list of self-checks (start, open, delete), and one open
//! check in client mode, worker mode or as a summary. Which check and mode are on screen is
//! transient; everything entered is in the dossier.

mod client;
mod pictogram;
mod read_aloud;
mod summary;
mod worker;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{ActionOrigin, PlanEdit};
use crate::domain::self_check::SuggestedAction;
use crate::domain::self_check::{previous, SelfCheck, SelfCheckEdit};
use crate::domain::{Dossier, DossierEdit};
use crate::state::Command;
use crate::ui::i18n_context::{use_client_i18n, use_i18n, I18n};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use client::ClientMode;
use summary::Summary;
use worker::WorkerMode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Client,
    Worker,
    Summary,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Client, Mode::Worker, Mode::Summary];

    fn message_id(self) -> &'static str {
        match self {
            Mode::Client => "sc-mode-client",
            Mode::Worker => "sc-mode-worker",
            Mode::Summary => "sc-mode-summary",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Mode::Client => "client",
            Mode::Worker => "worker",
            Mode::Summary => "summary",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SelfCheckPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub utc_offset_minutes: i32,
    pub on_command: Callback<Command>,
    /// The check and mode to show first (for tests); otherwise the list.
    #[prop_or_default]
    pub initial: Option<(u64, Mode)>,
}

#[component]
pub fn SelfCheckPage(props: &SelfCheckPageProps) -> Html {
    let t = use_i18n();
    let client_t = use_client_i18n();
    let d = &props.dossier;
    let selected = use_state(|| props.initial);
    let deleting = use_state(|| None::<u64>);
    let offset = chrono::Duration::minutes(props.utc_offset_minutes.into());
    let date_of = |sc: &SelfCheck| t.date((sc.created + offset).date_naive());
    let on_edit = {
        let id = d.id.clone();
        props.on_command.reform(move |edit: SelfCheckEdit| Command::Edit(id.clone(), DossierEdit::SelfCheck(edit)))
    };
    // One tap puts a suggested action in the GPMI, remembering where it came from.
    let add_to_plan = {
        let (id, t) = (d.id.clone(), t.clone());
        props.on_command.reform(move |a: SuggestedAction| {
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
    };
    let in_plan: Vec<String> = d
        .plan
        .actions
        .iter()
        .filter_map(|a| match &a.origin {
            ActionOrigin::SelfCheck { suggestion, .. } => Some(suggestion.clone()),
            _ => None,
        })
        .collect();

    let open = selected.and_then(|(id, mode)| d.self_checks.iter().find(|c| c.id == id).map(|c| (c, mode)));

    if let Some((sc, mode)) = open {
        let select = |mode: Mode| {
            let selected = selected.clone();
            let id = sc.id;
            Callback::from(move |_: MouseEvent| selected.set(Some((id, mode))))
        };
        let back = {
            let selected = selected.clone();
            Callback::from(move |_: MouseEvent| selected.set(None))
        };
        let body = match mode {
            Mode::Client => {
                // The client's screens speak the client's language (Dutch while theirs loads).
                let lang = client_t.lang();
                html! {
                    <ContextProvider<I18n> context={client_t.clone()}>
                        <div class="sc-client-lang" lang={lang.code()} dir={lang.dir()}>
                            <ClientMode check={sc.clone()} on_edit={on_edit.clone()} simplified={d.simplified} />
                        </div>
                    </ContextProvider<I18n>>
                }
            }
            Mode::Worker => html! { <WorkerMode check={sc.clone()} on_edit={on_edit.clone()} /> },
            Mode::Summary => html! {
                <Summary check={sc.clone()} previous={previous(&d.self_checks, sc).cloned()}
                    utc_offset_minutes={props.utc_offset_minutes}  on_add_action={Some(add_to_plan.clone())} in_plan={in_plan.clone()} />
            },
        };
        return html! {
            <section class="self-check-page" aria-labelledby="sc-open-title">
                <button type="button" class="button button-back" onclick={back}>
                    <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ t.t("sc-back-to-list") }
                </button>
                <h2 id="sc-open-title">{ t.t_args("sc-item-title", &[("date", FluentValue::from(date_of(sc)))]) }</h2>
                { progress_line(&t, sc) }
                <nav class="sc-mode-nav" aria-label={t.t("sc-mode-nav")}>
                    for m in Mode::ALL {
                        <button type="button" id={format!("sc-mode-{}", m.slug())}
                            class={classes!("tab", (m == mode).then_some("tab-current"))}
                            aria-current={(m == mode).then_some("page")} onclick={select(m)}>
                            { t.t(m.message_id()) }
                        </button>
                    }
                </nav>
                { body }
            </section>
        };
    }

    let on_start = {
        let selected = selected.clone();
        // The new check takes the dossier's next item id (see `Dossier::new_item_id`).
        let next = d.next_item_id.max(1);
        let on_edit = on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(SelfCheckEdit::Start);
            selected.set(Some((next, Mode::Client)));
        })
    };

    html! {
        <section class="self-check-page" aria-labelledby="sc-title">
            <h2 id="sc-title">{ t.t("sc-title") }</h2>
            <p class="lead">{ t.t("sc-intro") }</p>
            <button type="button" class="button button-primary sc-start" onclick={on_start}>{ t.t("sc-start") }</button>
            <h3 class="sc-list-title">{ t.t("sc-list-title") }</h3>
            if d.self_checks.is_empty() {
                <p>{ t.t("sc-none") }</p>
            } else {
                <ul class="sc-check-list">
                    for sc in d.self_checks.iter().rev() {
                        { list_item(&t, sc, date_of(sc), &selected, &deleting) }
                    }
                </ul>
            }
            if let Some(check) = *deleting {
                if let Some(sc) = d.self_checks.iter().find(|c| c.id == check) {
                    <ConfirmDialog
                        title={t.t("sc-confirm-delete-title")}
                        body={t.t_args("sc-confirm-delete-body", &[("date", FluentValue::from(date_of(sc)))])}
                        confirm_label={t.t("sc-confirm-delete-yes")}
                        on_confirm={{
                            let deleting = deleting.clone();
                            let on_edit = on_edit.clone();
                            Callback::from(move |_| { on_edit.emit(SelfCheckEdit::Delete { check }); deleting.set(None); })
                        }}
                        on_cancel={{ let deleting = deleting.clone(); Callback::from(move |_| deleting.set(None)) }} />
                }
            }
        </section>
    }
}

fn progress_line(t: &I18n, sc: &SelfCheck) -> Html {
    let p = sc.progress();
    html! {
        <p class="sc-status">
            if p.is_complete() {
                <span class="sc-badge sc-badge-done">{ t.t("sc-status-complete") }</span>
            } else {
                <span class="sc-badge sc-badge-open">{ t.t("sc-status-unfinished") }</span>
            }
            <span>{ t.t_args("sc-progress-client", &[("answered", FluentValue::from(p.client_answered)), ("total", FluentValue::from(p.total))]) }</span>
            if p.client_skipped > 0 {
                <span>{ t.t_args("sc-progress-skipped", &[("count", FluentValue::from(p.client_skipped))]) }</span>
            }
            <span>{ t.t_args("sc-progress-worker", &[("scored", FluentValue::from(p.worker_scored)), ("total", FluentValue::from(p.total))]) }</span>
        </p>
    }
}

fn list_item(
    t: &I18n,
    sc: &SelfCheck,
    date: String,
    selected: &UseStateHandle<Option<(u64, Mode)>>,
    deleting: &UseStateHandle<Option<u64>>,
) -> Html {
    let id = sc.id;
    let title_id = format!("sc-item-{id}");
    // An unfinished client part opens where the client left off; otherwise the summary.
    let mode = if sc.progress().client_answered < sc.progress().total { Mode::Client } else { Mode::Summary };
    let on_open = {
        let selected = selected.clone();
        Callback::from(move |_: MouseEvent| selected.set(Some((id, mode))))
    };
    let on_delete = {
        let deleting = deleting.clone();
        Callback::from(move |_: MouseEvent| deleting.set(Some(id)))
    };
    html! {
        <li class="card sc-check-item" key={id.to_string()} data-check={id.to_string()}>
            <h4 id={title_id.clone()}>{ t.t_args("sc-item-title", &[("date", FluentValue::from(date))]) }</h4>
            { progress_line(t, sc) }
            <div class="card-actions">
                <button type="button" class="button button-primary" onclick={on_open}
                    aria-describedby={title_id.clone()}>{ t.t("sc-open") }</button>
                <button type="button" class="button button-quiet-danger" onclick={on_delete}
                    aria-describedby={title_id}>{ t.t("sc-delete") }</button>
            </div>
        </li>
    }
}
