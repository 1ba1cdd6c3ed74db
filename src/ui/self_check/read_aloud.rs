//! The simplified view's helpers: a read-aloud button for a text, and a term in the client's
//! language with the Dutch word the OCMW uses under it.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::pictogram::Picto;
use crate::domain::Lang;
use crate::ui::i18n_context::{use_client_i18n, use_speech};

const SPEAKER_PATH: &str = "M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M18.5 6.5a7.5 7.5 0 0 1 0 11";

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What is read: the visible text, possibly with the answer choices after it.
    pub text: AttrValue,
    /// Names what the button reads, for screen readers (e.g. the question's id).
    #[prop_or_default]
    pub describes: Option<AttrValue>,
}

/// Reads `text` aloud in the client's language with the device's own voice; when the device has
/// no voice for that language, it says so plainly instead of doing nothing.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let t = use_client_i18n();
    let speech = use_speech();
    let no_voice = use_state(|| false);
    let lang = t.lang();
    let onclick = {
        let (speech, no_voice, text) = (speech.clone(), no_voice.clone(), props.text.to_string());
        Callback::from(move |_: MouseEvent| {
            if speech.langs.contains(&lang) {
                speech.speak.emit((text.clone(), lang));
                no_voice.set(false);
            } else {
                no_voice.set(true);
            }
        })
    };
    html! {
        <span class="read-aloud">
            <button type="button" class="button read-aloud-button" {onclick} aria-describedby={props.describes.clone()}>
                <Picto d={SPEAKER_PATH} />
                <span>{ t.t("easy-read-aloud") }</span>
            </button>
            <span class="read-aloud-note" role="status">
                if *no_voice {
                    { t.t_args("easy-no-voice", &[("language", FluentValue::from(lang.native_name()))]) }
                }
            </span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct DutchTermProps {
    /// The word in the client's language.
    pub home: AttrValue,
    /// The same term as the OCMW says it, in Dutch.
    pub dutch: AttrValue,
}

/// A term in the client's language with the Dutch word under it, so the client learns the words
/// the OCMW uses. Only the home word when the client's language is Dutch.
#[component]
pub fn DutchTerm(props: &DutchTermProps) -> Html {
    let t = use_client_i18n();
    if t.lang() == Lang::Nl || props.home == props.dutch {
        return html! { <span class="term">{ props.home.clone() }</span> };
    }
    html! {
        <span class="term">
            <span class="term-home">{ props.home.clone() }</span>
            <span class="term-nl" lang="nl" dir="ltr">
                <span class="visually-hidden">{ t.t("easy-dutch-label") }{ " " }</span>{ props.dutch.clone() }
            </span>
        </span>
    }
}
