//! Contexts for language: the translator of the worker's screens, the translator of the client's
//! language for the open dossier, and read-aloud. A context (not a prop) so that a language that
//! arrives after the first render redraws exactly the screens that use it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::Lang;
use crate::i18n::{translator, Translator};

pub type I18n = Rc<Translator>;

/// The translator provided by the nearest [`ContextProvider<I18n>`]; Dutch when there is none.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| translator(Lang::Nl))
}

/// The open dossier's client language, for the screens the client reads and answers.
#[derive(Clone, PartialEq)]
pub struct ClientI18n(pub I18n);

/// The client's translator; falls back to the screen's translator outside a dossier.
#[hook]
pub fn use_client_i18n() -> I18n {
    let own = use_i18n();
    use_context::<ClientI18n>().map(|c| c.0).unwrap_or(own)
}

/// What the device can read aloud, and how to ask it to.
#[derive(Clone, PartialEq, Default)]
pub struct Speech {
    /// Languages with a local speech voice on this device.
    pub langs: Rc<Vec<Lang>>,
    pub speak: Callback<(String, Lang)>,
}

#[hook]
pub fn use_speech() -> Speech {
    use_context::<Speech>().unwrap_or_default()
}
