//! What the last import did: the dossier it added, or every problem it found and where.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::i18n::Translator;
use crate::state::ImportOutcome;
use crate::storage::transfer::ImportProblem;
use crate::ui::i18n_context::I18n;

/// One problem in the user's language, with its place in the file when known.
pub fn problem_text(t: &Translator, p: &ImportProblem) -> String {
    let text = t.t_args(
        p.message_id,
        &[
            ("field", FluentValue::from(p.field.clone().unwrap_or_default())),
            ("detail", FluentValue::from(p.detail.clone().unwrap_or_default())),
        ],
    );
    match (p.line, p.column) {
        (Some(line), Some(column)) => format!(
            "{} ({})",
            text,
            t.t_args("import-where", &[("line", FluentValue::from(line)), ("column", FluentValue::from(column))])
        ),
        _ => text,
    }
}

/// The report on the home page. A plain function, not a component: each component costs wasm on
/// the first visit.
pub fn import_report(t: &I18n, outcome: &ImportOutcome) -> Html {
    match outcome {
        ImportOutcome::Imported { name, as_copy } => html! {
            <div class="notice notice-info import-report" role="status">
                { t.t_args(if *as_copy { "import-done-copy" } else { "import-done" },
                    &[("name", FluentValue::from(name.as_str()))]) }
            </div>
        },
        ImportOutcome::Failed { file_name, problems } => html! {
            <div class="notice notice-error import-report" role="alert">
                <p>{ t.t_args("import-failed", &[("file", FluentValue::from(file_name.as_str()))]) }</p>
                <ul>
                    for p in problems.iter() {
                        <li>{ problem_text(t, p) }</li>
                    }
                </ul>
            </div>
        },
    }
}
