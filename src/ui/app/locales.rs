//! Languages: translations that arrive when a screen needs them, the device's voices for
//! read-aloud, and the document's `lang`/`dir` and printed running line.

use std::cell::RefCell;

use yew::prelude::*;

use super::root::Root;
use crate::domain::Lang;
use crate::state::{AppState, Msg};

/// Translations other than Dutch arrive when a screen needs them: the worker's language and the
/// open dossier's client language.
#[hook]
pub fn use_locales(root: &Root) {
    let state = &root.reducer.0;
    let wanted = (state.ui_lang, state.open_dossier().map(|d| d.client_lang));
    let root = root.clone();
    use_effect_with(wanted, move |(ui, client)| {
        for lang in [Some(*ui), *client].into_iter().flatten() {
            if crate::i18n::is_available(lang) {
                continue;
            }
            let root = root.clone();
            crate::platform::locales::load(lang, move |text| match text {
                Some(text) => {
                    crate::i18n::register(lang, text);
                    root.dispatch(Msg::LocaleLoaded(lang));
                }
                None => root.dispatch(Msg::LocaleFailed(lang)),
            });
        }
    });
}

/// Which languages the device can read aloud (the list of voices may arrive late). Asked once
/// storage is read: the first screen does not read aloud, and each answer is a redraw that
/// would otherwise come before the home screen can be used.
#[hook]
pub fn use_speech_voices(root: &Root) {
    let loaded = root.reducer.0.loaded;
    let root = root.clone();
    use_effect_with(loaded, move |loaded| {
        let listener = loaded.then(|| {
            root.dispatch(Msg::SpeechVoices(crate::platform::speech::voice_langs()));
            crate::platform::speech::on_voices_changed(move || {
                root.dispatch(Msg::SpeechVoices(crate::platform::speech::voice_langs()))
            })
        });
        move || drop(listener)
    });
}

/// The document's language follows the screen language, and the printed pages carry the plan's
/// fingerprint in their top margin.
#[hook]
pub fn use_document_language(root: &Root) {
    let state = (*root.reducer).clone();
    use_effect_with(state, |state| apply_document_language(&state.0));
}

thread_local! {
    /// What the document was last given, so an unchanged language or running line is not set
    /// again: touching `<html lang dir>` restyles the whole page, on every keystroke.
    static DOCUMENT_SET: RefCell<Option<(Lang, Option<String>)>> = const { RefCell::new(None) };
}

fn apply_document_language(state: &AppState) {
    let wanted = (state.ui_lang, state.print_running_line());
    if DOCUMENT_SET.with(|set| set.borrow().as_ref() == Some(&wanted)) {
        return;
    }
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", state.ui_lang.code());
        let _ = root.set_attribute("dir", state.ui_lang.dir());
    }
    crate::platform::print::set_running_line(wanted.1.as_deref());
    DOCUMENT_SET.with(|set| *set.borrow_mut() = Some(wanted));
}
