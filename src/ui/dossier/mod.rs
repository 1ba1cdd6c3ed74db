//! The open dossier: its name, languages and dates.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, Lang, LockSettings};
use crate::state::{CatalogueChoice, Command, DossierView};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::language_picker::LanguagePicker;
use crate::ui::widgets::name_form::NameForm;
use crate::ui::widgets::passphrase_dialog::PassphraseDialog;

#[derive(Properties, PartialEq)]
pub struct DossierPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub view: DossierView,
    #[prop_or_default]
    pub utc_offset_minutes: i32,
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
}

#[component]
pub fn DossierPage(props: &DossierPageProps) -> Html {
    let t = use_i18n();
    let d = &props.dossier;
    let renaming = use_state(|| false);
    let deleting = use_state(|| false);
    let exporting = use_state(|| false);
    let locking = use_state(|| false);
    let offset = chrono::Duration::minutes(props.utc_offset_minutes.into());
    let created = t.date((d.created + offset).date_naive());
    let updated = t.date((d.updated + offset).date_naive());

    let on_back = props.on_command.reform(|_: MouseEvent| Command::GoHome);
    let on_client_lang = {
        let id = d.id.clone();
        props.on_command.reform(move |lang: Lang| Command::SetClientLang(id.clone(), lang))
    };
    let on_rename = {
        let id = d.id.clone();
        let renaming = renaming.clone();
        let on_command = props.on_command.clone();
        Callback::from(move |name: String| {
            on_command.emit(Command::Rename(id.clone(), name));
            renaming.set(false);
        })
    };
    let toggle = |handle: &UseStateHandle<bool>, value: bool| {
        let handle = handle.clone();
        Callback::from(move |_| handle.set(value))
    };

    let overview = html! {
      <>
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">{ t.t("dossier-dates-title") }</h2>
            <ul class="facts">
                <li>{ t.t_args("dossier-created-on", &[("date", FluentValue::from(created))]) }</li>
                <li>{ t.t_args("dossier-updated-on", &[("date", FluentValue::from(updated))]) }</li>
            </ul>
            <div class="field">
                <span id="client-lang-label" class="label">{ t.t("client-lang-label") }</span>
                <p class="hint" id="client-lang-hint">{ t.t("client-lang-hint") }</p>
                <LanguagePicker id="client-lang" label_id={Some(AttrValue::from("client-lang-label"))}
                    current={d.client_lang} choices={Lang::ALL.to_vec()} on_change={on_client_lang} />
            </div>
            <div class="field field-check">
                <input type="checkbox" id="simplified-view" checked={d.simplified} aria-describedby="simplified-view-hint"
                    onchange={{
                        let (id, on_command) = (d.id.clone(), props.on_command.clone());
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            on_command.emit(Command::SetSimplified(id.clone(), on))
                        })
                    }} />
                <label for="simplified-view">{ t.t("easy-toggle") }</label>
                <p class="hint" id="simplified-view-hint">{ t.t("easy-toggle-hint") }</p>
            </div>
        </section>
        <section class="card lock-section" aria-labelledby="lock-title">
            <h2 id="lock-title">{ t.t("lock-title") }</h2>
            if let Some(lock) = d.lock {
                <p>{ t.t("lock-on") }</p>
                <div class="field">
                    <label for="lock-idle">{ t.t("lock-idle-label") }</label>
                    <select id="lock-idle" onchange={{
                        let (id, on_command) = (d.id.clone(), props.on_command.clone());
                        Callback::from(move |e: Event| {
                            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            if let Ok(minutes) = value.parse() { on_command.emit(Command::SetLockIdle(id.clone(), minutes)) }
                        })
                    }}>
                        for minutes in LockSettings::IDLE_CHOICES {
                            <option value={minutes.to_string()} selected={minutes == lock.idle_minutes}>
                                { t.t_args("lock-idle-minutes", &[("minutes", FluentValue::from(minutes))]) }
                            </option>
                        }
                    </select>
                </div>
                <div class="card-actions">
                    <button type="button" class="button button-primary"
                        onclick={props.on_command.reform({ let id = d.id.clone(); move |_: MouseEvent| Command::LockNow(id.clone()) })}>
                        { t.t("lock-now") }
                    </button>
                    <button type="button" class="button"
                        onclick={props.on_command.reform({ let id = d.id.clone(); move |_: MouseEvent| Command::RemoveLock(id.clone()) })}>
                        { t.t("lock-remove") }
                    </button>
                </div>
            } else {
                <p>{ t.t("lock-off") }</p>
                <button type="button" class="button" onclick={toggle(&locking, true).reform(|_: MouseEvent| ())}>
                    { t.t("lock-set") }
                </button>
            }
        </section>
      </>
    };

    html! {
        <div class="page dossier-page">
            <button type="button" class="button button-back" onclick={on_back}>
                <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ t.t("back-to-list") }
            </button>
            <h1><bdi>{ &d.client_name }</bdi></h1>
            if d.is_example {
                <p class="example-badge">{ t.t("plan-example-badge") }</p>
            }
            if *renaming {
                <NameForm id="rename-open" label={t.t("rename-label")} submit_label={t.t("save-button")}
                    initial={d.client_name.clone()} on_submit={on_rename}
                    on_cancel={Some(toggle(&renaming, false))} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button" onclick={toggle(&renaming, true).reform(|_: MouseEvent| ())}>
                        { t.t("rename-button") }
                    </button>
                    <button type="button" class="button"
                        onclick={toggle(&exporting, true).reform(|_: MouseEvent| ())}>
                        { t.t("export-button") }
                    </button>
                    <button type="button" class="button button-quiet-danger"
                        onclick={toggle(&deleting, true).reform(|_: MouseEvent| ())}>
                        { t.t("delete-button") }
                    </button>
                </div>
            }
            if DossierView::ALL.len() > 1 {
                <nav class="dossier-nav" aria-label={t.t("dossier-nav-label")}>
                    for view in DossierView::ALL.iter().copied() {
                        <button type="button" id={format!("view-{}", view.slug())}
                            class={classes!("tab", (view == props.view).then_some("tab-current"))}
                            aria-current={(view == props.view).then_some("page")}
                            onclick={props.on_command.reform(move |_: MouseEvent| Command::ShowView(view))}>
                            { t.t(view.message_id()) }
                        </button>
                    }
                </nav>
            }
            { match props.view {
                DossierView::Overview => overview,
                DossierView::Ladder => html! {
                    <crate::ui::ladder::LadderPage dossier={d.clone()} catalogue={props.catalogue.clone()}
                        on_command={props.on_command.clone()} />
                },
                DossierView::SelfCheck => html! {
                    <crate::ui::self_check::SelfCheckPage dossier={d.clone()}
                        utc_offset_minutes={props.utc_offset_minutes} on_command={props.on_command.clone()} />
                },
                DossierView::Plan => html! {
                    <crate::ui::plan::PlanPage dossier={d.clone()} today={props.today}
                        on_command={props.on_command.clone()} />
                },
                DossierView::Sign => html! {
                    <crate::ui::sign::SignPage dossier={d.clone()} today={props.today}
                        on_command={props.on_command.clone()} />
                },
                DossierView::Print => html! {
                    <crate::ui::print::PrintPage dossier={d.clone()} round={props.print_round}
                        catalogue={props.catalogue.clone()} on_command={props.on_command.clone()} />
                },
            } }
            if *locking {
                <PassphraseDialog id="lock-passphrase" title={t.t("lock-set")} intro={t.t("lock-intro")}
                    confirm_label={t.t("lock-set")} new_passphrase=true
                    on_submit={{
                        let (id, locking, on_command) = (d.id.clone(), locking.clone(), props.on_command.clone());
                        Callback::from(move |passphrase: Option<String>| {
                            on_command.emit(Command::SetLock(id.clone(), passphrase.unwrap_or_default()));
                            locking.set(false);
                        })
                    }}
                    on_cancel={toggle(&locking, false)} />
            }
            if *exporting {
                <PassphraseDialog id="export-passphrase" title={t.t("export-title")} intro={t.t("export-intro")}
                    confirm_label={t.t("export-make-file")} new_passphrase=true optional=true
                    on_submit={{
                        let (id, exporting, on_command) = (d.id.clone(), exporting.clone(), props.on_command.clone());
                        Callback::from(move |passphrase: Option<String>| {
                            on_command.emit(Command::Export(id.clone(), passphrase));
                            exporting.set(false);
                        })
                    }}
                    on_cancel={toggle(&exporting, false)} />
            }
            if *deleting {
                <ConfirmDialog
                    title={t.t("confirm-delete-title")}
                    body={t.t_args("confirm-delete-body", &[("name", FluentValue::from(d.client_name.as_str()))])}
                    confirm_label={t.t("confirm-delete-yes")}
                    on_confirm={props.on_command.reform({ let id = d.id.clone(); move |_| Command::Delete(id.clone()) })}
                    on_cancel={toggle(&deleting, false)} />
            }
        </div>
    }
}
