//! The offer catalogue in use, and loading an OCMW's own catalogue file from the device. A file
//! that is refused lists every problem with its place; the current catalogue stays in use.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::catalogue::{ArgValue, Place, Problem};
use crate::i18n::Translator;
use crate::state::CatalogueChoice;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::file_choice::on_file_chosen;

/// One problem as a sentence in the translator's language, e.g.
/// `Offer 3 ("wijk-werken"), field "rung": 9 is not a rung (1 to 6)`.
pub fn problem_text(t: &Translator, problem: &Problem) -> String {
    let place = match &problem.place {
        Place::File => t.t("catalogue-place-file"),
        Place::Field(field) => t.t_args("catalogue-place-field", &[("field", FluentValue::from(field.as_str()))]),
        Place::Offer { number, id, field } => {
            let mut args = vec![("number", FluentValue::from(*number))];
            if let Some(id) = id {
                args.push(("id", FluentValue::from(id.as_str())));
            }
            if let Some(field) = field {
                args.push(("field", FluentValue::from(field.as_str())));
            }
            let id = match (id.is_some(), field.is_some()) {
                (false, false) => "catalogue-place-offer",
                (true, false) => "catalogue-place-offer-id",
                (false, true) => "catalogue-place-offer-field",
                (true, true) => "catalogue-place-offer-id-field",
            };
            t.t_args(id, &args)
        }
    };
    let args: Vec<(&str, FluentValue<'_>)> = problem
        .kind
        .args()
        .into_iter()
        .map(|(name, value)| match value {
            ArgValue::Num(n) => (name, FluentValue::from(n)),
            ArgValue::Text(s) => (name, FluentValue::from(s)),
        })
        .collect();
    let what = t.t_args(problem.kind.message_id(), &args);
    t.t_args("catalogue-problem-line", &[("place", FluentValue::from(place)), ("problem", FluentValue::from(what))])
}

/// The catalogue card's data and its two actions. A plain function, not a component: its
/// callbacks are new on every render of the ladder page, so a component would redraw every
/// time anyway, and each component costs wasm on the first visit.
pub struct CatalogueLoaderProps<'a> {
    pub catalogue: &'a CatalogueChoice,
    /// A chosen catalogue file (the root reads and checks it).
    pub on_load: Callback<web_sys::File>,
    pub on_reset: Callback<()>,
}

pub fn catalogue_loader(t: &I18n, props: &CatalogueLoaderProps) -> Html {
    let current = props.catalogue.current();
    let lang = t.lang();

    let onchange = on_file_chosen(props.on_load.clone());
    let problems = &props.catalogue.problems;

    html! {
        <section class="card catalogue" aria-labelledby="catalogue-title">
            <h2 id="catalogue-title">{ t.t("catalogue-title") }</h2>
            <p>
                { t.t_args("catalogue-current", &[
                    ("name", FluentValue::from(current.name.get(lang))),
                    ("edition", FluentValue::from(current.edition.as_str())),
                    ("count", FluentValue::from(current.offers.len())),
                ]) }
                if props.catalogue.custom.is_none() {
                    { " " }{ t.t("catalogue-builtin") }
                }
            </p>
            <div class="field">
                <p class="hint" id="catalogue-file-hint">{ t.t("catalogue-load-hint") }</p>
                // The label is the button: the browser's own file field speaks its own language.
                <label class="button file-button">
                    { t.t("catalogue-load-label") }
                    <input id="catalogue-file" class="visually-hidden" type="file" accept=".json,application/json"
                        aria-describedby="catalogue-file-hint" {onchange} />
                </label>
            </div>
            <div role="status" class="catalogue-status">
                if props.catalogue.just_loaded {
                    <p class="catalogue-ok">{ t.t("catalogue-loaded") }</p>
                }
            </div>
            <div role="alert" class="catalogue-problems">
                if !problems.is_empty() {
                    <p class="field-error">
                        { t.t_args("catalogue-problems-title", &[("count", FluentValue::from(problems.len()))]) }
                    </p>
                    <ul class="problem-list">
                        for problem in problems.iter() {
                            <li>{ problem_text(t, problem) }</li>
                        }
                    </ul>
                }
            </div>
            if props.catalogue.custom.is_some() {
                <button type="button" class="button" onclick={send(&props.on_reset, ())}>
                    { t.t("catalogue-reset") }
                </button>
            }
        </section>
    }
}
