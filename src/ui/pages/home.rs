//! Home: the dossiers on this device, newest first; create, rename, delete.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, DossierId};
use crate::state::Command;
use crate::ui::components::confirm_dialog::ConfirmDialog;
use crate::ui::components::name_form::NameForm;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub dossiers: Vec<Dossier>,
    /// False until storage has been read: the list is not shown as empty before that.
    pub loaded: bool,
    /// Minutes east of UTC, to show local dates.
    #[prop_or_default]
    pub utc_offset_minutes: i32,
    pub on_command: Callback<Command>,
}

#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let t = use_i18n();
    let renaming = use_state(|| None::<DossierId>);
    let deleting = use_state(|| None::<DossierId>);
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
            { dialog.unwrap_or_default() }
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
    let offset = chrono::Duration::minutes(props.utc_offset_minutes.into());
    let created = t.date((d.created + offset).date_naive());
    let updated = t.date((d.updated + offset).date_naive());
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
