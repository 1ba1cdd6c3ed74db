//! Read-aloud with the device's own speech voices. Nothing leaves the tablet: the browser's speech
//! synthesis runs on the device (we never pick a voice marked as remote).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::Lang;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    gloo::utils::window().speech_synthesis().ok()
}

fn local_voice(lang: Lang) -> Option<SpeechSynthesisVoice> {
    synthesis()?
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|v| v.local_service())
        .find(|v| v.lang().split(['-', '_']).next().is_some_and(|code| code.eq_ignore_ascii_case(lang.code())))
}

/// The languages this device can read aloud.
pub fn voice_langs() -> Vec<Lang> {
    Lang::ALL.into_iter().filter(|l| local_voice(*l).is_some()).collect()
}

/// Reads `text` aloud in `lang`; false when the device has no voice for it.
pub fn speak(text: &str, lang: Lang) -> bool {
    let (Some(synthesis), Some(voice)) = (synthesis(), local_voice(lang)) else { return false };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    utterance.set_rate(0.9);
    // A new text replaces the one being read.
    synthesis.cancel();
    synthesis.speak(&utterance);
    true
}

/// Voices arrive asynchronously in most browsers; `changed` runs when the list changes.
pub fn on_voices_changed(changed: impl Fn() + 'static) -> Option<EventListener> {
    let synthesis = synthesis()?;
    Some(EventListener::new(&synthesis, "voiceschanged", move |_| changed()))
}
