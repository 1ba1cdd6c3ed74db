//! The print preview: the plan (or an earlier signed version) as it will come out on A4, and the
//! buttons that open the browser's print dialog, bilingual or as the client's own copy.

// Public for the SSR tests: they render the printed document on its own, in each `PrintMode`.
mod actions;
pub mod annex;
mod contract;
mod controls;
pub mod document;
mod evaluation;
mod signatures;
mod texts;

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, Lang};
use crate::state::CatalogueChoice;
use crate::ui::i18n_context::use_i18n;
use crate::ui::Command;
use controls::{mode_choice, print_buttons, version_choice};
use document::{plan_document, PlanPrintProps, PrintMode};
pub(crate) use texts::has_print_translation;

#[derive(Properties, PartialEq)]
pub struct PrintPageProps {
    pub dossier: Rc<Dossier>,
    /// An earlier signing round to print, or `None` for the plan as it is now.
    #[prop_or_default]
    pub round: Option<usize>,
    /// A held evaluation whose report is printed instead of the plan.
    #[prop_or_default]
    pub evaluation: Option<u64>,
    #[prop_or_default]
    pub catalogue: CatalogueChoice,
    pub on_command: Callback<Command>,
    /// Today on this device, for the case-file summary; `None` until the time is known.
    #[prop_or_default]
    pub today: Option<chrono::NaiveDate>,
    /// Where the case-file summary just went.
    #[prop_or_default]
    pub copied: Option<crate::state::CopyOutcome>,
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
                if !earlier_rounds.is_empty() && props.evaluation.is_none() {
                    { version_choice(&t, &earlier_rounds, props.round, &props.on_command) }
                }
                if translated {
                    { mode_choice(&t, &mode) }
                } else if lang != Lang::Nl {
                    <p class="hint">{ t.t_args("print-no-translation", &[("lang", lang_name.clone())]) }</p>
                }
                { print_buttons(&t, translated, &lang_name, print) }
                { case_file(props) }
            </div>
            <section class="print-preview" aria-label={t.t("print-preview-label")}>
                if let Some(id) = props.evaluation {
                    { evaluation::evaluation_print(d, id, shown) }
                } else {
                    { plan_print(d, props.round, &current_fp, shown, &props.catalogue) }
                }
            </section>
        </section>
    }
}

/// The case-file summary of what is shown: one evaluation's, or the plan's as it is now.
fn case_file(props: &PrintPageProps) -> Html {
    use crate::domain::case_file::{evaluation_text, plan_text};
    use crate::ui::case_file::CaseFilePanel;
    let d = &*props.dossier;
    // Dutch, whatever the screen's language: the registration is in Dutch.
    let nl = crate::i18n::translator(crate::domain::Lang::Nl);
    let today = props.today.unwrap_or_else(|| d.updated.date_naive());
    let text = match props.evaluation {
        Some(id) => evaluation_text(d, id, today, &*nl),
        None if props.round.is_none() => Some(plan_text(d, today, &*nl)),
        // An earlier signed version: it is not what goes into the case file now.
        None => None,
    };
    match text {
        Some(text) => html! {
            <CaseFilePanel text={text} evaluation={props.evaluation.is_some()} copied={props.copied.clone()}
                on_command={props.on_command.clone()} />
        },
        None => Html::default(),
    }
}

/// The printed document: an earlier signed round as it was signed, or the plan as it is now.
/// Also the client turn's plan, read in the client's language.
pub(crate) fn plan_print(
    d: &Dossier,
    round: Option<usize>,
    current_fp: &str,
    mode: PrintMode,
    catalogue: &CatalogueChoice,
) -> Html {
    let changes = match round {
        Some(i) => d.round_changes(i),
        None => d.changes_since_signed(),
    }
    .map(|c| annex::Annex::new(&c));
    let props = match round.and_then(|i| d.signing.rounds.get(i)) {
        Some(r) => PlanPrintProps {
            client_name: &r.client_name,
            plan: &r.plan,
            fingerprint: &r.fingerprint,
            signatures: &r.signatures,
            complete: r.is_complete(),
            earlier: r.fingerprint != current_fp,
            ..document_of(d, mode, catalogue, changes.as_ref())
        },
        None => PlanPrintProps {
            fingerprint: current_fp,
            signatures: d.signing.current(current_fp).map_or(&[], |r| &r.signatures),
            complete: d.fully_signed(),
            ..document_of(d, mode, catalogue, changes.as_ref())
        },
    };
    plan_document(&props)
}

/// The plan as it is now, unsigned: what an earlier signed round replaces.
fn document_of<'a>(
    d: &'a Dossier,
    mode: PrintMode,
    catalogue: &'a CatalogueChoice,
    changes: Option<&'a annex::Annex>,
) -> PlanPrintProps<'a> {
    PlanPrintProps {
        client_name: &d.client_name,
        plan: &d.plan,
        client_lang: d.client_lang,
        mode,
        fingerprint: "",
        signatures: &[],
        complete: false,
        earlier: false,
        catalogue: catalogue.current(),
        changes,
    }
}
