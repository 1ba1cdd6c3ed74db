//! The print preview: the plan (or an earlier signed version) as it will come out on A4, and the
//! buttons that open the browser's print dialog, bilingual or as the client's own copy.

// Public for the SSR tests: they render the printed document on its own, in each `PrintMode`.
mod actions;
pub mod document;
mod signatures;
mod texts;

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, Lang};
use crate::state::CatalogueChoice;
use crate::ui::i18n_context::use_i18n;
use crate::ui::Command;
use document::{PlanPrint, PrintMode};
use texts::has_print_translation;

#[derive(Properties, PartialEq)]
pub struct PrintPageProps {
    pub dossier: Rc<Dossier>,
    /// An earlier signing round to print, or `None` for the plan as it is now.
    #[prop_or_default]
    pub round: Option<usize>,
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    pub on_command: Callback<Command>,
}

#[component]
pub fn PrintPage(props: &PrintPageProps) -> Html {
    let t = use_i18n();
    let d = &*props.dossier;
    let mode = use_state(PrintMode::default);
    // Set by a print button: the dialog opens once the page shows the chosen form.
    let pending = use_state(|| false);
    {
        let (pending, on_command) = (pending.clone(), props.on_command.clone());
        use_effect_with(*pending, move |wanted| {
            if *wanted {
                on_command.emit(Command::Print);
                pending.set(false);
            }
        });
    }
    let print = |m: PrintMode| {
        let (mode, pending) = (mode.clone(), pending.clone());
        Callback::from(move |_: MouseEvent| {
            mode.set(m);
            pending.set(true);
        })
    };

    let current_fp = d.plan_fingerprint();
    let round = props.round.and_then(|i| d.signing.rounds.get(i));
    let (client_name, plan, fingerprint, signatures, complete, earlier) = match round {
        Some(r) => (
            r.client_name.clone(),
            r.plan.clone(),
            r.fingerprint.clone(),
            r.signatures.clone(),
            r.is_complete(),
            r.fingerprint != current_fp,
        ),
        None => (
            d.client_name.clone(),
            d.plan.clone(),
            current_fp.clone(),
            d.signing.current(&current_fp).map(|r| r.signatures.clone()).unwrap_or_default(),
            d.fully_signed(),
            false,
        ),
    };
    let lang = d.client_lang;
    let translated = lang != Lang::Nl && has_print_translation(lang);
    let shown = if translated { *mode } else { PrintMode::Bilingual };
    let lang_name = FluentValue::from(lang.native_name());
    let earlier_rounds = d.signing.earlier(&current_fp);

    html! {
        <section class="print-page" aria-labelledby="print-title">
            <div class="print-controls">
                <h2 id="print-title">{ t.t("print-title") }</h2>
                <p class="lead">{ t.t("print-intro") }</p>
                if !earlier_rounds.is_empty() {
                    <div class="field">
                        <label for="print-version">{ t.t("print-version-label") }</label>
                        <select id="print-version" onchange={props.on_command.reform(|e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            Command::ShowPrint(v.parse().ok())
                        })}>
                            <option value="" selected={props.round.is_none()}>{ t.t("print-version-current") }</option>
                            for (i, r) in earlier_rounds.iter() {
                                <option value={i.to_string()} selected={props.round == Some(*i)}>
                                    { t.t_args("print-version-round", &[("fingerprint", FluentValue::from(r.fingerprint[..8].to_owned()))]) }
                                </option>
                            }
                        </select>
                    </div>
                }
                if translated {
                    <fieldset class="print-mode">
                        <legend>{ t.t("print-mode-label") }</legend>
                        for (m, id, label) in [(PrintMode::Bilingual, "print-mode-both", t.t("print-mode-both")), (PrintMode::ClientOnly, "print-mode-client", t.t("print-mode-client"))] {
                            <label class="print-mode-choice" for={id}>
                                <input type="radio" name="print-mode" id={id} checked={*mode == m}
                                    onchange={{ let mode = mode.clone(); move |_: Event| mode.set(m) }} />
                                { label }
                            </label>
                        }
                    </fieldset>
                } else if lang != Lang::Nl {
                    <p class="hint">{ t.t_args("print-no-translation", &[("lang", lang_name.clone())]) }</p>
                }
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
            </div>
            <section class="print-preview" aria-label={t.t("print-preview-label")}>
                <PlanPrint client_name={client_name} plan={Rc::new(plan)} client_lang={lang} mode={shown}
                    fingerprint={fingerprint} signatures={Rc::new(signatures)} {complete} {earlier}
                    catalogue={Rc::new(props.catalogue.current().clone())} />
            </section>
        </section>
    }
}
