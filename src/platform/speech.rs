//! Read-aloud with the device's own speech voices. Nothing leaves the tablet: only voices that
//! run on the device (`localService`) are used, never a voice that would send the text away.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::Lang;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    gloo::utils::window().speech_synthesis().ok()
}

/// A property of a voice, read generically so any voice-like object will do.
fn property(voice: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(voice, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The first on-device voice for `lang`.
fn local_voice(lang: Lang) -> Option<JsValue> {
    synthesis()?.get_voices().iter().find(|voice| {
        let code = property(voice, "lang").as_string().unwrap_or_default();
        property(voice, "localService").as_bool() == Some(true)
            && code.split(['-', '_']).next().is_some_and(|c| c.eq_ignore_ascii_case(lang.code()))
    })
}

/// The languages this device can read aloud.
pub fn voice_langs() -> Vec<Lang> {
    Lang::ALL.into_iter().filter(|l| local_voice(*l).is_some()).collect()
}

/// Reads `text` aloud in `lang`; false when the device has no voice for it.
pub fn speak(text: &str, lang: Lang) -> bool {
    let (Some(synthesis), Some(voice)) = (synthesis(), local_voice(lang)) else { return false };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
    utterance.set_lang(&property(&voice, "lang").as_string().unwrap_or_else(|| lang.code().to_owned()));
    if let Some(voice) = voice.dyn_ref::<SpeechSynthesisVoice>() {
        utterance.set_voice(Some(voice));
    }
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
