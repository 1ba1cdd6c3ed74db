//! The case-file summary on the print view (issue #18): the worker previews the plain Dutch text
//! of the plan, or of the evaluation whose report is shown, and copies it with one tap for the
//! OCMW's registration software. The text is `domain::case_file`; the clipboard, and the `.txt`
//! download when it is refused, are the root's (`ui/app/files.rs`).

use yew::prelude::*;

use crate::state::CopyOutcome;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::use_i18n;
use crate::ui::Command;

#[derive(Properties, PartialEq)]
pub struct CaseFilePanelProps {
    /// The Dutch text, as it will be copied.
    pub text: AttrValue,
    /// The text is one evaluation's (otherwise the plan's).
    #[prop_or_default]
    pub evaluation: bool,
    /// Where the text just went.
    #[prop_or_default]
    pub copied: Option<CopyOutcome>,
    pub on_command: Callback<Command>,
}

/// A component: whether the preview is open is this panel's own.
#[component]
pub fn CaseFilePanel(props: &CaseFilePanelProps) -> Html {
    let t = use_i18n();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let copy = {
        let text = props.text.to_string();
        send(&props.on_command, Command::CopyCaseFile(text.clone()))
    };
    let status = match &props.copied {
        Some(CopyOutcome::Copied) => t.t("case-file-copied"),
        Some(CopyOutcome::Downloaded(file)) => {
            t.t_args("case-file-downloaded", &[("file", fluent_bundle::FluentValue::from(file.as_str()))])
        }
        None => String::new(),
    };
    html! {
        <section class="case-file" aria-labelledby="case-file-title">
            <h3 id="case-file-title">{ t.t("case-file-title") }</h3>
            <p class="hint">{ t.t(if props.evaluation { "case-file-intro-evaluation" } else { "case-file-intro" }) }</p>
            <div class="card-actions">
                <button type="button" class="button" id="case-file-show" aria-expanded={(*open).to_string()}
                    aria-controls="case-file-preview" onclick={toggle}>
                    { t.t(if *open { "case-file-hide" } else { "case-file-show" }) }
                </button>
                if *open {
                    <button type="button" class="button button-primary" id="case-file-copy" onclick={copy}>
                        { t.t("case-file-copy") }
                    </button>
                }
            </div>
            if *open {
                <pre class="case-file-preview" id="case-file-preview" lang="nl" dir="ltr" tabindex="0" role="region"
                    aria-label={t.t("case-file-preview-label")}>{ props.text.clone() }</pre>
            }
            <p class="case-file-status" id="case-file-status" role="status">{ status }</p>
        </section>
    }
}
