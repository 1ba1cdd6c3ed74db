//! The controls above the print preview: which version, which form, and the print buttons.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::document::PrintMode;
use crate::domain::signing::SigningRound;
use crate::ui::i18n_context::I18n;
use crate::ui::Command;

/// The plan as it is now, or one of the versions signed before it changed.
pub(super) fn version_choice(
    t: &I18n,
    earlier_rounds: &[(usize, &SigningRound)],
    round: Option<usize>,
    on_command: &Callback<Command>,
) -> Html {
    html! {
        <div class="field">
            <label for="print-version">{ t.t("print-version-label") }</label>
            <select id="print-version" onchange={on_command.reform(|e: Event| {
                let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                Command::ShowPrint(v.parse().ok())
            })}>
                <option value="" selected={round.is_none()}>{ t.t("print-version-current") }</option>
                for (i, r) in earlier_rounds.iter() {
                    <option value={i.to_string()} selected={round == Some(*i)}>
                        { t.t_args("print-version-round", &[("fingerprint", FluentValue::from(r.fingerprint.get(..8).unwrap_or_default().to_owned()))]) }
                    </option>
                }
            </select>
        </div>
    }
}

/// Bilingual, or the client's own copy in their language only.
pub(super) fn mode_choice(t: &I18n, mode: &UseStateHandle<PrintMode>) -> Html {
    html! {
        <fieldset class="print-mode">
            <legend>{ t.t("print-mode-label") }</legend>
            for (m, id, label) in [(PrintMode::Bilingual, "print-mode-both", t.t("print-mode-both")), (PrintMode::ClientOnly, "print-mode-client", t.t("print-mode-client"))] {
                <label class="print-mode-choice" for={id}>
                    <input type="radio" name="print-mode" id={id} checked={**mode == m}
                        onchange={{ let mode = mode.clone(); move |_: Event| mode.set(m) }} />
                    { label }
                </label>
            }
        </fieldset>
    }
}

/// One button per form that can be printed; `print` makes the click that prints a form.
pub(super) fn print_buttons(
    t: &I18n,
    translated: bool,
    lang_name: &FluentValue<'static>,
    print: impl Fn(PrintMode) -> Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="card-actions print-buttons">
            if translated {
                <button type="button" class="button button-primary" id="print-both" onclick={print(PrintMode::Bilingual)}>
                    { t.t_args("print-both", &[("lang", lang_name.clone())]) }
                </button>
                <button type="button" class="button" id="print-client" onclick={print(PrintMode::ClientOnly)}>
                    { t.t_args("print-client", &[("lang", lang_name.clone())]) }
                </button>
            } else {
                <button type="button" class="button button-primary" id="print-both" onclick={print(PrintMode::Bilingual)}>
                    { t.t("print-dutch") }
                </button>
            }
        </div>
    }
}
