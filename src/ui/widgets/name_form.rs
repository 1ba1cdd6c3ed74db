//! A name field with its button, used to create and to rename a dossier. A bad name gets a clear
//! message next to the field (announced to screen readers) and the typed text stays.

use fluent_bundle::FluentValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::validation::{validate_client_name, NameError};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct NameFormProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub submit_label: AttrValue,
    #[prop_or_default]
    pub initial: AttrValue,
    /// Called with the trimmed, valid name.
    pub on_submit: Callback<String>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Empty the field after a successful submit (for "new dossier").
    #[prop_or_default]
    pub clear_on_submit: bool,
}

#[component]
pub fn NameForm(props: &NameFormProps) -> Html {
    let t = use_i18n();
    let value = use_state(|| props.initial.to_string());
    let error = use_state(|| None::<NameError>);

    let oninput = {
        let value = value.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value());
            if error.is_some() {
                error.set(None);
            }
        })
    };
    let onsubmit = {
        let value = value.clone();
        let error = error.clone();
        let on_submit = props.on_submit.clone();
        let clear = props.clear_on_submit;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate_client_name(&value) {
                Ok(name) => {
                    on_submit.emit(name);
                    if clear {
                        value.set(String::new());
                    }
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };

    let input_id = format!("{}-input", props.id);
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let message = error.as_ref().map(|err| match err {
        NameError::Empty => t.t(err.message_id()),
        NameError::TooLong { max, actual } => {
            t.t_args(err.message_id(), &[("max", FluentValue::from(*max)), ("actual", FluentValue::from(*actual))])
        }
    });
    let described_by = match (&props.hint, &message) {
        (Some(_), Some(_)) => Some(format!("{hint_id} {error_id}")),
        (Some(_), None) => Some(hint_id.clone()),
        (None, Some(_)) => Some(error_id.clone()),
        (None, None) => None,
    };

    html! {
        <form class="name-form" {onsubmit} novalidate=true>
            <label for={input_id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <div class="name-form-row">
                <input
                    id={input_id}
                    type="text"
                    dir="auto"
                    autocomplete="off"
                    value={(*value).clone()}
                    {oninput}
                    aria-invalid={if message.is_some() { "true" } else { "false" }}
                    aria-describedby={described_by}
                />
                <button type="submit" class="button button-primary">{ &props.submit_label }</button>
                if let Some(on_cancel) = &props.on_cancel {
                    <button type="button" class="button" onclick={send(on_cancel, ())}>
                        { t.t("cancel-button") }
                    </button>
                }
            </div>
            <p class="field-error" id={error_id} role="alert">
                { message.unwrap_or_default() }
            </p>
        </form>
    }
}
