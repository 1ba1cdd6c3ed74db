//! The translator of the current screen language, shared through a Yew context.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{translator, Translator};

pub type I18n = Rc<Translator>;

/// The translator provided by the nearest [`ContextProvider<I18n>`]; Dutch when there is none.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| translator(crate::domain::Lang::Nl))
}
