//! The signing step in a client turn: only the client's own card, in her language, with the
//! statement she signs in her language and the binding Dutch text under it (as the print's
//! bilingual blocks), and the interpreter's or support person's presence in both languages.
//! Names keep their own direction (`<bdi>`) inside right-to-left text.

use yew::prelude::*;

use crate::domain::plan::SupportKind;
use crate::domain::{Dossier, Lang};
use crate::i18n::{translator, Translator};
use crate::ui::i18n_context::I18n;

/// One text in the client's language, and the Dutch under it when her language is another.
fn both(t: &I18n, id: &str, class: &str) -> Html {
    let nl = translator(Lang::Nl);
    html! {
        <>
            <span class={class.to_owned()}>{ t.t(id) }</span>
            if t.lang() != Lang::Nl {
                { " / " }{ dutch(&nl, &nl.t(id), class) }
            }
        </>
    }
}

fn dutch(nl: &Translator, text: &str, class: &str) -> Html {
    html! { <span class={classes!(class.to_owned(), "sign-dutch")} lang={nl.lang().code()} dir="ltr">{ text.to_owned() }</span> }
}

/// The statement the client signs: her language, and the binding Dutch under it, marked.
pub(super) fn statement(t: &I18n) -> Html {
    let nl = translator(Lang::Nl);
    html! {
        <div class="card sign-statement" id="sign-statement">
            <p class="sign-statement-help">{ t.t("doc-signatures-intro") }</p>
            if t.lang() != Lang::Nl {
                <p class="sign-statement-binding" id="sign-statement-binding">
                    <strong class="sign-binding-mark">{ t.t("sign-binding-dutch") }</strong>
                    { dutch(&nl, &nl.t("doc-signatures-intro"), "sign-binding-text") }
                </p>
            }
        </div>
    }
}

/// Who is present beside the client (interpreter, support person), in her language and Dutch.
pub(super) fn presence(t: &I18n, d: &Dossier) -> Html {
    let people: Vec<(SupportKind, &str)> =
        SupportKind::ALL.into_iter().filter_map(|k| d.plan.present_name(k).map(|n| (k, n))).collect();
    if people.is_empty() {
        return Html::default();
    }
    html! {
        <div class="card sign-presence" id="sign-presence">
            <h3>{ both(t, "doc-support", "sign-presence-title") }</h3>
            <ul>
                for (kind, name) in people {
                    <li data-kind={match kind { SupportKind::Interpreter => "interpreter", SupportKind::SupportPerson => "support" }}>
                        { both(t, match kind {
                            SupportKind::Interpreter => "sign-role-interpreter",
                            SupportKind::SupportPerson => "sign-role-support",
                        }, "sign-presence-role") }
                        if !name.trim().is_empty() {
                            { ": " }<bdi>{ name.trim().to_owned() }</bdi>
                        }
                    </li>
                }
            </ul>
        </div>
    }
}
