//! The return button: the worker holds it for two seconds to take the tablet back. A CSS
//! animation times the hold (no timer in the page): pressing starts it, letting go or sliding off
//! stops it, and only an animation that ran to its end ends the turn. Keyboard: hold Enter or
//! Space. Its label is in the worker's language: it is for the worker.

use web_sys::Element;
use yew::prelude::*;

use crate::ui::i18n_context::I18n;
use crate::ui::Command;

fn set_holding(target: Option<web_sys::EventTarget>, on: bool) {
    let Some(el) = target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<Element>(t).ok()) else { return };
    let Some(button) = el.closest(".turn-return").ok().flatten() else { return };
    let _ = if on { button.set_attribute("data-holding", "") } else { button.remove_attribute("data-holding") };
}

pub fn return_button(worker: &I18n, on_command: &Callback<Command>) -> Html {
    let lang = worker.lang();
    let start = Callback::from(|e: PointerEvent| set_holding(e.target(), true));
    let stop = Callback::from(|e: PointerEvent| set_holding(e.target(), false));
    let key_down = Callback::from(|e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && !e.repeat() {
            e.prevent_default();
            set_holding(e.target(), true);
        }
    });
    let key_up = Callback::from(|e: KeyboardEvent| set_holding(e.target(), false));
    let done = on_command.reform(|_: AnimationEvent| Command::EndTurn);
    html! {
        <button type="button" class="button turn-return" id="turn-return" lang={lang.code()} dir={lang.dir()}
            onpointerdown={start} onpointerup={stop.clone()} onpointerleave={stop.clone()} onpointercancel={stop}
            onkeydown={key_down} onkeyup={key_up} onanimationend={done}
            oncontextmenu={Callback::from(|e: MouseEvent| e.prevent_default())}>
            <span class="turn-return-fill" aria-hidden="true"></span>
            <span class="turn-return-label">{ worker.t("turn-hold-return") }</span>
        </button>
    }
}
