//! Asks for a passphrase: to encrypt an export (with a repeat field and the warning that a
//! forgotten passphrase cannot be recovered) or to open encrypted data.
//!
//! No password manager may keep it (a shared tablet would offer it to the next person):
//! Chromium offers to save whatever a form with an `<input type=password>` submits and ignores
//! `autocomplete="off"` there, so the fields are text fields whose characters are masked by CSS
//! (`.secret`: `-webkit-text-security`, honoured by Chromium, Safari and Firefox), with
//! `autocomplete="off"`.

use yew::prelude::*;

use crate::ui::callbacks::send;
use crate::ui::i18n_context::use_i18n;

/// Shorter passphrases are refused: the file may travel and be attacked offline. Twelve
/// characters fit three short words, which the message suggests.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// What is wrong with what was typed, as a message id; `None`: it may be used. A new passphrase
/// needs [`MIN_PASSPHRASE_CHARS`] characters and the same text twice; one to open data, only to
/// be there (its length was checked when it was made).
pub fn passphrase_problem(first: &str, second: &str, new_passphrase: bool) -> Option<&'static str> {
    if new_passphrase && first.chars().count() < MIN_PASSPHRASE_CHARS {
        Some("passphrase-too-short")
    } else if first.is_empty() {
        Some("passphrase-empty")
    } else if new_passphrase && first != second {
        Some("passphrase-mismatch")
    } else {
        None
    }
}

#[derive(Properties, PartialEq)]
pub struct PassphraseDialogProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub intro: AttrValue,
    pub confirm_label: AttrValue,
    /// A new passphrase: asks it twice and warns it cannot be recovered.
    #[prop_or_default]
    pub new_passphrase: bool,
    /// Encryption is a choice (export): a checkbox, on by default. Submits `None` when off.
    #[prop_or_default]
    pub optional: bool,
    /// A message from outside, e.g. after a wrong passphrase.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// True while the browser derives the key (a second or so).
    #[prop_or_default]
    pub busy: bool,
    pub on_submit: Callback<Option<String>>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn PassphraseDialog(props: &PassphraseDialogProps) -> Html {
    let t = use_i18n();
    let encrypt = use_state(|| true);
    let first = use_state(String::new);
    let second = use_state(String::new);
    let local_error = use_state(|| None::<&'static str>);

    let text_input = |handle: &UseStateHandle<String>| {
        let handle = handle.clone();
        let local_error = local_error.clone();
        Callback::from(move |e: InputEvent| {
            handle.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
            local_error.set(None);
        })
    };
    let onsubmit = {
        let (encrypt, first, second, local_error) =
            (encrypt.clone(), first.clone(), second.clone(), local_error.clone());
        let (on_submit, new_passphrase, optional) = (props.on_submit.clone(), props.new_passphrase, props.optional);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if optional && !*encrypt {
                on_submit.emit(None);
            } else if let Some(problem) = passphrase_problem(&first, &second, new_passphrase) {
                local_error.set(Some(problem));
            } else {
                on_submit.emit(Some((*first).clone()));
            }
        })
    };
    let show_fields = !props.optional || *encrypt;
    let error = local_error.map(|id| AttrValue::from(t.t(id))).or_else(|| props.error.clone());
    let error_id = format!("{}-error", props.id);
    let title_id = format!("{}-title", props.id);

    html! {
        <div class="dialog-backdrop">
            <form class="dialog" role="dialog" aria-modal="true" aria-labelledby={title_id.clone()} {onsubmit} novalidate=true>
                <h2 id={title_id}>{ &props.title }</h2>
                <p>{ &props.intro }</p>
                if props.optional {
                    <label class="check">
                        <input type="checkbox" checked={*encrypt}
                            onchange={{ let encrypt = encrypt.clone(); Callback::from(move |_| encrypt.set(!*encrypt)) }} />
                        { t.t("passphrase-encrypt-choice") }
                    </label>
                }
                if show_fields {
                    <label for={format!("{}-first", props.id)}>{ t.t("passphrase-label") }</label>
                    <input id={format!("{}-first", props.id)} type="text" class="secret" autocomplete="off"
                        autocapitalize="off" spellcheck="false"
                        value={(*first).clone()} oninput={text_input(&first)}
                        aria-invalid={error.is_some().to_string()} aria-describedby={error_id.clone()} />
                    if props.new_passphrase {
                        <label for={format!("{}-second", props.id)}>{ t.t("passphrase-repeat-label") }</label>
                        <input id={format!("{}-second", props.id)} type="text" class="secret" autocomplete="off"
                            autocapitalize="off" spellcheck="false"
                            value={(*second).clone()} oninput={text_input(&second)} />
                        <p class="warning">{ t.t("passphrase-cannot-recover") }</p>
                    }
                }
                <p class="field-error" id={error_id} role="alert">{ error.unwrap_or_default() }</p>
                <div class="dialog-actions">
                    <button type="button" class="button" onclick={send(&props.on_cancel, ())}>{ t.t("cancel-button") }</button>
                    <button type="submit" class="button button-primary" disabled={props.busy}>
                        { if props.busy { t.t("passphrase-working") } else { props.confirm_label.to_string() } }
                    </button>
                </div>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_passphrase_needs_twelve_characters_and_the_same_text_twice() {
        let eleven = "appel boom1";
        let twelve = "appel boom12";
        assert_eq!(passphrase_problem(eleven, eleven, true), Some("passphrase-too-short"));
        assert_eq!(passphrase_problem(twelve, twelve, true), None);
        // Characters, not bytes: twelve letters with accents are enough.
        assert_eq!(passphrase_problem("éééééééééééé", "éééééééééééé", true), None);
        assert_eq!(passphrase_problem(twelve, "appel boom13", true), Some("passphrase-mismatch"));
        // Opening data made earlier: any length, but not nothing.
        assert_eq!(passphrase_problem("kort", "", false), None);
        assert_eq!(passphrase_problem("", "", false), Some("passphrase-empty"));
    }
}
