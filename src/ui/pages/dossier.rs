//! The open dossier: its name, languages and dates.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, Lang};
use crate::state::{CatalogueChoice, Command, DossierView};
use crate::ui::components::confirm_dialog::ConfirmDialog;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::components::name_form::NameForm;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct DossierPageProps {
    pub dossier: Dossier,
    #[prop_or_default]
    pub view: DossierView,
    #[prop_or_default]
    pub utc_offset_minutes: i32,
    /// The offer catalogue in use (app-level).
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    pub on_command: Callback<Command>,
}

#[component]
pub fn DossierPage(props: &DossierPageProps) -> Html {
    let t = use_i18n();
    let d = &props.dossier;
    let renaming = use_state(|| false);
    let deleting = use_state(|| false);
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
        </section>
    };

    html! {
        <div class="page dossier-page">
            <button type="button" class="button button-back" onclick={on_back}>
                <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ t.t("back-to-list") }
            </button>
            <h1><bdi>{ &d.client_name }</bdi></h1>
            if *renaming {
                <NameForm id="rename-open" label={t.t("rename-label")} submit_label={t.t("save-button")}
                    initial={d.client_name.clone()} on_submit={on_rename}
                    on_cancel={Some(toggle(&renaming, false))} />
            } else {
                <div class="card-actions">
                    <button type="button" class="button" onclick={toggle(&renaming, true).reform(|_: MouseEvent| ())}>
                        { t.t("rename-button") }
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
                    <crate::ui::pages::ladder::LadderPage dossier={d.clone()} catalogue={props.catalogue.clone()}
                        on_command={props.on_command.clone()} />
                },
            } }
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
