//! A modal confirmation for actions that cannot be undone. The safe choice has the focus;
//! Escape cancels.

use yew::prelude::*;

use crate::ui::callbacks::send;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub title: AttrValue,
    pub body: AttrValue,
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
    /// Extra content between the text and the buttons (e.g. an export offer).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let t = use_i18n();
    let cancel_ref = use_node_ref();

    #[cfg(target_arch = "wasm32")]
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = cancel_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }

    let onkeydown = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_cancel.emit(());
            }
        })
    };

    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="confirm-title" aria-describedby="confirm-body" {onkeydown}>
                <h2 id="confirm-title">{ &props.title }</h2>
                <p id="confirm-body">{ &props.body }</p>
                { props.children.clone() }
                <div class="dialog-actions">
                    <button type="button" class="button" ref={cancel_ref}
                        onclick={send(&props.on_cancel, ())}>
                        { t.t("cancel-button") }
                    </button>
                    <button type="button" class="button button-danger"
                        onclick={send(&props.on_confirm, ())}>
                        { &props.confirm_label }
                    </button>
                </div>
            </div>
        </div>
    }
}
